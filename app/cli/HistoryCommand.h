// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector history`: lists every computed, sent and exported report of the history (time,
// kind, outcome, HTTP status, size, SHA-256, destination), prints one entry's exact bytes (--show ID), or
// the field diff between two entries (--diff A B).
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(const QStringList &arguments);
};
