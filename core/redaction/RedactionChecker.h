// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redaction/InstanceFacts.h"
#include "redaction/RedactionVerdict.h"

#include <QByteArray>
#include <QCoreApplication>

// Checks a payload (the exact bytes to be sent, or a captured one) against what the instance knows must never
// leave it, and returns one verdict per named check: schema, identifiers, people, secrets, urls, environment.
// Matching is case-insensitive and runs on the decoded JSON strings (so escaped text is caught) and, when the
// payload is not valid JSON, on the raw text. Values the report documents as sent (url = PUBLIC_URL, version,
// database, project_id) are exempt when they hold exactly the legitimate value. Needles shorter than
// MinimumNeedleLength characters, made only of digits, or JSON literals are ignored, and the evidence says
// so.
class RedactionChecker
{
    Q_DECLARE_TR_FUNCTIONS(RedactionChecker)

public:
    static constexpr int MinimumNeedleLength = 4;

    static RedactionVerdicts check(const QByteArray &payload, const InstanceFacts &facts);
    // The schema check alone: it needs nothing from the instance.
    static RedactionVerdict checkSchema(const QByteArray &payload);
    static bool allPassed(const RedactionVerdicts &verdicts);
    static bool anyFailed(const RedactionVerdicts &verdicts);
};
