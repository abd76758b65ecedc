// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The parser of dotenv 17.2.3 as Directus uses it (spec §3.2): no expansion, no continuation lines, quoted
// multi-line values, `export`, `KEY: value`, comments. Never fails: lines that do not fit are skipped, as
// dotenv does.
class DotenvParser
{
public:
    struct Entry
    {
        QString key;
        QString value;
        int line = 0; // 1-based line of the key's first occurrence
    };

    // Keys in order of first occurrence; a repeated key takes the last value. Invalid UTF-8 becomes U+FFFD.
    static QList<Entry> parse(const QByteArray &content);
};
