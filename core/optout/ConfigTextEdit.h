// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A planned change to a configuration file's bytes: a few replacements of byte ranges, everything else left
// as it is (line endings, comments, quoting, order, a missing final newline). The editors (DotenvEditor,
// JsonConfigEditor, YamlConfigEditor) produce it; TelemetrySwitch checks and writes it. It never touches a
// file itself.
struct ConfigTextEdit
{
    struct Replacement
    {
        qsizetype start = 0; // byte offset in the original content
        qsizetype length = 0; // bytes replaced (0: an insertion)
        QByteArray text;
    };

    bool ok = false;
    QString error; // when !ok: why the file cannot be edited automatically and what to do instead
    QList<Replacement> replacements; // in increasing, non-overlapping order
    bool appended = false; // the key was absent and has been added

    QByteArray apply(const QByteArray &content) const;
    // 1-based numbers of the lines of the edited content that hold replaced or inserted text; separators an
    // insertion starts with (a line break, JSON's comma) do not count, so other keys' lines are not shown.
    QList<int> changedLines(const QByteArray &content) const;

    static ConfigTextEdit failure(const QString &error);
    // The file's own line ending ("\r\n", "\n" or "\r"; "\n" when it has none), so an added line matches.
    static QByteArray lineEnding(const QByteArray &content);
    // Adds one line at the end in the file's style: a file without a final newline keeps having none.
    static Replacement appendLine(const QByteArray &content, const QByteArray &line);
};
