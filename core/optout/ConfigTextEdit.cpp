// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTextEdit.h"

QByteArray ConfigTextEdit::apply(const QByteArray &content) const
{
    QByteArray result;
    result.reserve(content.size() + 64);
    qsizetype copied = 0;
    for (const Replacement &replacement : replacements) {
        result.append(content.mid(copied, replacement.start - copied));
        result.append(replacement.text);
        copied = replacement.start + replacement.length;
    }
    result.append(content.mid(copied));
    return result;
}

QList<int> ConfigTextEdit::changedLines(const QByteArray &content) const
{
    // Line numbers are counted on the edited text, where each replacement starts at a shifted offset.
    QList<int> lines;
    const QByteArray edited = apply(content);
    const auto lineAt = [&edited](qsizetype offset) {
        int line = 1;
        for (qsizetype i = 0; i < offset && i < edited.size(); ++i) {
            if (edited.at(i) == '\n'
                || (edited.at(i) == '\r' && (i + 1 >= edited.size() || edited.at(i + 1) != '\n')))
                ++line;
        }
        return line;
    };
    qsizetype shift = 0;
    for (const Replacement &replacement : replacements) {
        qsizetype start = replacement.start + shift;
        // An appended line begins with the line break that ends the old last line (and, in JSON, the comma
        // after the previous member); they belong to the new line, and showing the previous line would show
        // another key's value, perhaps a secret.
        while (start < edited.size() && start < replacement.start + shift + replacement.text.size()
               && QByteArrayLiteral("\r\n\t ,").contains(edited.at(start)))
            ++start;
        const int first = lineAt(start);
        const int last = lineAt(qMax(start, replacement.start + shift + replacement.text.size() - 1));
        for (int line = first; line <= last; ++line) {
            if (!lines.contains(line))
                lines.append(line);
        }
        shift += replacement.text.size() - replacement.length;
    }
    return lines;
}

ConfigTextEdit ConfigTextEdit::failure(const QString &error)
{
    ConfigTextEdit edit;
    edit.error = error;
    return edit;
}

QByteArray ConfigTextEdit::lineEnding(const QByteArray &content)
{
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content.at(i) == '\n')
            return QByteArrayLiteral("\n");
        if (content.at(i) == '\r')
            return i + 1 < content.size() && content.at(i + 1) == '\n' ? QByteArrayLiteral("\r\n")
                                                                       : QByteArrayLiteral("\r");
    }
    return QByteArrayLiteral("\n");
}

ConfigTextEdit::Replacement ConfigTextEdit::appendLine(const QByteArray &content, const QByteArray &line)
{
    const QByteArray eol = lineEnding(content);
    Replacement replacement;
    replacement.start = content.size();
    if (content.isEmpty() || content.endsWith('\n') || content.endsWith('\r'))
        replacement.text = line + eol;
    else
        replacement.text = eol + line; // the file ended without a line break, and still does
    return replacement;
}
