// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector report`: computes the report of a project and prints the exact wire bytes (default),
// pretty JSON, or a table grouped by category. Warnings and notes go to stderr so stdout stays the payload.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const QStringList &arguments);
};
