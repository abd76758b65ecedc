// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"

FakeClock::FakeClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{
}

bool FakeClock::fireNext(const QDateTime &limit)
{
    if (!m_alarm.isValid() || m_alarm > limit)
        return false;
    if (m_alarm > m_now)
        m_now = m_alarm;
    m_alarm = QDateTime();
    Q_EMIT alarm();
    return true;
}

void FakeClock::advanceTo(const QDateTime &target)
{
    while (fireNext(target)) { }
    if (target > m_now)
        m_now = target.toUTC();
}
