// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector schedule`: runs the reporter in the foreground on Directus's schedule (a report at
// start, then at 00/06/12/18 h local time after a random wait of up to 30 minutes), computing a fresh report
// and re-checking the gate before each send, recording every attempt in the history and printing one line
// per event. Does nothing (exit 10) when telemetry is effectively off. Ctrl-C (or SIGTERM) stops it cleanly:
// a send in flight is cancelled and recorded as such.
class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    static int run(const QStringList &arguments);
};
