// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The outcome of one redaction check: a verdict, a one-line summary of what was checked ("checked 37
// collection names, 112 field names; 0 found", with the matching rule), and findings that say which report
// key carried which kind of value. Findings never hold a secret in full: values are masked by RedactionMask.
struct RedactionVerdict
{
    enum class Status { Pass, Fail, CouldNotCheck };

    QString id; // stable identifier: "schema", "identifiers", "people", "secrets", "urls", "environment"
    QString title; // translated, for display
    Status status = Status::Pass;
    QString summary;
    QStringList findings;

    static QString statusName(Status status); // "pass", "fail", "could not check"
};

using RedactionVerdicts = QList<RedactionVerdict>;
