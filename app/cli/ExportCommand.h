// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector export PROJECT --output FILE`: computes the report, its redaction verdicts and the
// opt-out state, and writes the compliance export (ComplianceExport) atomically. Exit codes as for `report`
// (2 project, 3 database, 4 Directus would send nothing — the export is still written and says so, 5 output).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments);
};
