// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportScheduler.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSchedule, "dti.core.schedule", QtWarningMsg)

ReportScheduler::ReportScheduler(Clock *clock, RandomSource random, const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(std::move(random))
    , m_zone(zone)
{
    connect(m_clock, &Clock::alarm, this, &ReportScheduler::onAlarm);
}

ReportScheduler::RandomSource ReportScheduler::systemRandom()
{
    return [](qint64 maxInclusive) {
        return qint64(QRandomGenerator::global()->bounded(quint64(maxInclusive) + 1));
    };
}

QDateTime ReportScheduler::nextCronTick(const QDateTime &after, const QTimeZone &zone)
{
    const QDateTime local = after.toTimeZone(zone);
    QDate day = local.date();
    // Looking two days ahead always finds one: at most one of the four daily times can be skipped by DST.
    for (int days = 0; days < 3; ++days, day = day.addDays(1)) {
        for (int hour = 0; hour < 24; hour += 6) {
            const QDateTime candidate(day, QTime(hour, 0), zone);
            if (candidate.isValid() && candidate > after)
                return candidate.toUTC();
        }
    }
    return QDateTime();
}

bool ReportScheduler::start(const TelemetryGate::State &gate)
{
    stop();
    m_gate = gate;
    if (!gate.effective) {
        qCInfo(lcSchedule) << "not scheduling: telemetry is off (" << TelemetryGate::reasonName(gate.reason)
                           << ")";
        Q_EMIT scheduleChanged();
        return false;
    }
    m_running = true;
    const QDateTime now = m_clock->now();
    m_nextTick = nextCronTick(now, m_zone);
    m_pendingTrigger = Trigger::Startup;
    m_pendingScheduledFor = now;
    m_pendingSend
        = m_startupPolicy == StartupPolicy::Immediate ? now : now.addMSecs(m_random(MaximumDelayMs));
    arm();
    Q_EMIT scheduleChanged();
    return true;
}

void ReportScheduler::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_pendingSend = QDateTime();
    m_nextTick = QDateTime();
    m_clock->clearAlarm();
    if (wasRunning)
        Q_EMIT scheduleChanged();
}

QDateTime ReportScheduler::nextSendTime() const
{
    if (!m_running)
        return QDateTime();
    return m_pendingSend.isValid() ? m_pendingSend : m_nextTick;
}

void ReportScheduler::arm()
{
    if (!m_running)
        return;
    const QDateTime next = m_pendingSend.isValid() && m_pendingSend < m_nextTick ? m_pendingSend : m_nextTick;
    m_clock->setAlarm(next);
}

void ReportScheduler::onAlarm()
{
    if (!m_running)
        return;
    const QDateTime now = m_clock->now();
    bool due = false;
    Trigger trigger = m_pendingTrigger;
    QDateTime scheduledFor = m_pendingScheduledFor;
    if (m_pendingSend.isValid() && m_pendingSend <= now) {
        due = true;
        m_pendingSend = QDateTime();
    }
    if (m_nextTick.isValid() && m_nextTick <= now) {
        // The cron job fires; its action waits a random delay before building and sending the report.
        m_pendingTrigger = Trigger::Tick;
        m_pendingScheduledFor = m_nextTick;
        m_pendingSend = m_nextTick.addMSecs(m_random(MaximumDelayMs));
        // From now, not from the missed tick: after a suspend, missed ticks are skipped.
        m_nextTick = nextCronTick(now, m_zone);
        qCDebug(lcSchedule) << "tick" << m_pendingScheduledFor << "send at" << m_pendingSend;
    }
    arm();
    if (due)
        Q_EMIT sendDue(trigger, scheduledFor);
    if (m_running) // a receiver of sendDue may have stopped the schedule
        Q_EMIT scheduleChanged();
}
