// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector verify FILE`: checks a saved compliance export (ComplianceExportVerifier) and prints
// one line per check. Exit 0 when all pass, 13 when one fails, 14 when the file cannot be read.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    static int run(const QStringList &arguments);
};
