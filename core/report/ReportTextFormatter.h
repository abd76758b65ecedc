// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

// Renders a Report as a readable plain-text table grouped by the documented categories, with a mark and a
// note for every value that is not exact. For terminals and text exports; the wire bytes never come from
// here.
class ReportTextFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ReportTextFormatter)

public:
    static QString format(const Report &report);
};
