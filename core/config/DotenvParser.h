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

    // Where one binding is written in the file, as byte offsets into the original content (CR/LF kept), so
    // an editor can change one value and leave every other byte alone.
    struct Binding
    {
        QString key;
        qsizetype keyStart = 0; // the key's first byte (after any `export`)
        // The value as written, quotes included, surrounding whitespace excluded. For an empty value both
        // are the offset where a value belongs (right after the separator).
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0;
        int line = 0; // 1-based line of the key
    };

    // Every binding in file order, repeated keys included (dotenv takes the last value). Offsets need a
    // byte-exact mapping, so content that is not valid UTF-8 gives nothing and sets *validUtf8 to false.
    static QList<Binding> bindings(const QByteArray &content, bool *validUtf8 = nullptr);
};
