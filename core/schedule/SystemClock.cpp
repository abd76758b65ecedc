// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemClock.h"

namespace {

constexpr qint64 MaximumStepMs = 60 * 1000;

} // namespace

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_alarm.isValid())
            return;
        if (now() < m_alarm) {
            arm();
            return;
        }
        m_alarm = QDateTime();
        Q_EMIT alarm();
    });
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::setAlarm(const QDateTime &when)
{
    m_alarm = when;
    arm();
}

void SystemClock::clearAlarm()
{
    m_alarm = QDateTime();
    m_timer.stop();
}

void SystemClock::arm()
{
    const qint64 wait = qBound<qint64>(0, now().msecsTo(m_alarm), MaximumStepMs);
    m_timer.start(int(wait));
}
