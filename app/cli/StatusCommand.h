// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `telemetry-inspector status`: whether Directus reports for this project — requested (TELEMETRY),
// effective (what Directus does, given the licence) and why — where reports go, when the next one is due on
// Directus's schedule, and the last report the history shows as delivered.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    static int run(const QStringList &arguments);
};
