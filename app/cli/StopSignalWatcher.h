// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl-C (SIGINT) and SIGTERM into stopRequested() on the event loop of the thread that made it, so a
// command that runs until stopped (schedule, gate) can finish what is under way and say so. The signal
// handler only writes a byte to a pipe (all that is async-signal-safe); the pipe's notifier reads it and
// emits, once per signal. start() installs the handlers; stop() or destruction restores the default ones. Not
// supported: two watchers at once (the handler has one pipe to write to).
class StopSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StopSignalWatcher(QObject *parent = nullptr);
    ~StopSignalWatcher() override;

    // False (nothing installed) when the pipe could not be made; say so and give up.
    bool isValid() const { return m_notifier != nullptr; }
    void start(); // from now on SIGINT and SIGTERM emit stopRequested() instead of ending the process
    void stop(); // back to the default handlers: another Ctrl-C ends the process (also done on destruction)

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_started = false;
};
