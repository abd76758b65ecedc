// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector check`: runs the redaction checks on the report the project would send, or with
// --payload on a captured payload, against the names, people, secrets and settings of the instance. Exit 0
// when every check passes, 6 when one fails, 7 when the checks could not run (or one could not be made).
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QStringList &arguments);
};
