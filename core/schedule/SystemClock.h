// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/Clock.h"

#include <QTimer>

// The wall clock, with its alarm on a QTimer. Long waits are cut into steps of at most a minute and the time
// re-read after each, so a suspended machine or a clock change moves the alarm with the wall clock instead
// of firing hours late (a single QTimer counts elapsed time, not wall time).
class SystemClock : public Clock
{
    Q_OBJECT

public:
    explicit SystemClock(QObject *parent = nullptr);

    QDateTime now() const override;
    void setAlarm(const QDateTime &when) override;
    void clearAlarm() override;

private:
    void arm();

    QTimer m_timer;
    QDateTime m_alarm;
};
