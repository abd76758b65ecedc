// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// Dispatches `telemetry-inspector <subcommand> …` to the subcommand's class; prints the overview for --help
// and the version for --version.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static bool isCliInvocation(const QStringList &arguments);
    static int run(const QStringList &arguments);
    static QString usage();
};
