// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Checks a saved compliance export (ComplianceExport) without the project: that it is one JSON object of
// the known format and version with every member of the right type, that the SHA-256 and length match the
// payload bytes, that the parsed payload equals what the bytes parse to (and the bytes are exactly what
// JSON.stringify makes of it), that every payload key is documented, and that the versions and database
// family agree with the payload. It proves the file is intact and self-consistent, not who made it: anyone
// can produce a consistent file, so archive it where it cannot be changed (or sign it) if that matters.
class ComplianceExportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceExportVerifier)

public:
    struct Check
    {
        QString
            id; // stable: json, format, structure, sha256, length, parsed, canonical, documented, consistent
        bool passed = false;
        QString detail; // what was compared, or what is wrong
    };

    struct Result
    {
        bool ok = false; // every check passed
        QList<Check> checks; // in the order run; later checks are skipped when the JSON cannot be read
    };

    static Result verify(const QByteArray &document);
};
