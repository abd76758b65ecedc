// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector opt-out|opt-in PROJECT`: shows the change TelemetrySwitch plans for the project's
// configuration file, asks before writing (unless --yes), writes it with a backup, then prints the requested
// and effective state from the reloaded configuration and the licence, and that Directus must be restarted.
// Exit 0 when the file says what was asked (changed or already so), 12 when nothing could be changed, 9 when
// the user declined.
class OptOutCommand
{
    Q_DECLARE_TR_FUNCTIONS(OptOutCommand)

public:
    static int run(const QStringList &arguments, bool enable);
};
