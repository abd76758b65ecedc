// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector gate`: runs the review gate in the foreground (`gate --listen 127.0.0.1:PORT [--hold]
// [--forward-to URL] PROJECT`, Ctrl-C stops it), lists what it received (`gate list`), and approves or
// discards a held report (`gate approve ID [PROJECT]`, `gate discard ID`), from any process: the queue is in
// the history database.
class GateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GateCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int serve(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int decide(const QStringList &arguments, bool approve);
};
