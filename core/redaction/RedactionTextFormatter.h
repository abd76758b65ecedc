// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redaction/RedactionVerdict.h"

#include <QCoreApplication>
#include <QString>

// Renders redaction verdicts for a terminal or a text export: one line per check with its verdict and
// summary, then its findings (already masked) indented beneath.
class RedactionTextFormatter
{
    Q_DECLARE_TR_FUNCTIONS(RedactionTextFormatter)

public:
    static QString format(const RedactionVerdicts &verdicts);
};
