// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector send`: computes the report, shows what would go where (destination, masked headers,
// gating state, the exact bytes, the diff against the last report sent from this project) and, once
// confirmed, posts it and records the attempt in the history. --dry-run sends nothing; without --yes it
// asks on a terminal and refuses otherwise. Refuses when telemetry is effectively off for the project.
class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    static int run(const QStringList &arguments);
};
