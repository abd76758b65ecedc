// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

// The time source and single alarm the scheduler runs on, injected so tests can replace wall-clock time with
// a simulated one (48 hours in milliseconds) while production uses SystemClock. An implementation emits
// alarm() once the time set with setAlarm() is reached (at once when it is already past); setting a new alarm
// replaces the previous one. now() is UTC.
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QDateTime now() const = 0;
    virtual void setAlarm(const QDateTime &when) = 0;
    virtual void clearAlarm() = 0;

Q_SIGNALS:
    void alarm();
};
