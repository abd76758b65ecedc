// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/Clock.h"

// A simulated clock for scheduler tests: time stands still until the test moves it, and moving it fires the
// alarm at every moment it was set for on the way, so 48 hours pass in milliseconds.
class FakeClock : public Clock
{
    Q_OBJECT

public:
    explicit FakeClock(const QDateTime &start, QObject *parent = nullptr);

    QDateTime now() const override { return m_now; }
    void setAlarm(const QDateTime &when) override { m_alarm = when; }
    void clearAlarm() override { m_alarm = QDateTime(); }
    QDateTime alarmTime() const { return m_alarm; }

    // Moves to the pending alarm if it is due by `limit` and fires it; false when no alarm is due by then.
    bool fireNext(const QDateTime &limit);
    // Moves to `target`, firing every alarm due by then.
    void advanceTo(const QDateTime &target);

private:
    QDateTime m_now;
    QDateTime m_alarm;
};
