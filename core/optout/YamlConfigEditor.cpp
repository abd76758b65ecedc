// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlConfigEditor.h"

#include <QList>

namespace {

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // before the line break
};

QList<Line> splitLines(const QByteArray &content)
{
    QList<Line> lines;
    qsizetype start = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < content.size(); ++i) {
        if (content.at(i) == '\n' || content.at(i) == '\r') {
            lines.append({start, i});
            if (content.at(i) == '\r' && i + 1 < content.size() && content.at(i + 1) == '\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < content.size())
        lines.append({start, content.size()});
    return lines;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Whether the text from `from` to the line's end is only whitespace and perhaps a comment.
bool restIsBlank(const QByteArray &content, qsizetype from, qsizetype end)
{
    while (from < end && isSpace(content.at(from)))
        ++from;
    return from >= end || content.at(from) == '#';
}

} // namespace

ConfigTextEdit YamlConfigEditor::setValue(const QByteArray &content, const QString &key,
                                          const QByteArray &value)
{
    const auto byHand = [&](const QString &why) {
        return ConfigTextEdit::failure(tr("%1, which the inspector does not edit automatically; set %2: %3 "
                                          "in the file by hand")
                                           .arg(why, key, QString::fromUtf8(value)));
    };
    const QByteArray keyBytes = key.toUtf8();
    const QList<Line> lines = splitLines(content);
    ConfigTextEdit edit;
    edit.ok = true;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const Line &line = lines.at(index);
        if (restIsBlank(content, line.start, line.end) || isSpace(content.at(line.start)))
            continue; // blank, comment, or nested under another key
        const QByteArray text = content.mid(line.start, line.end - line.start);
        if (text.startsWith("---") || text.startsWith("...")) {
            if (!restIsBlank(content, line.start + 3, line.end))
                return byHand(tr("line %1 has content on a document marker").arg(index + 1));
            continue;
        }
        if (text.startsWith('{') || text.startsWith('[') || text.startsWith("- ") || text == "-"
            || text.startsWith("? "))
            return byHand(
                tr("the top level of the file is not a simple KEY: value mapping (line %1)").arg(index + 1));
        if (text.startsWith('%'))
            continue; // a directive such as %YAML 1.2

        // The key: quoted or plain, then optional spaces and the colon.
        qsizetype position = 0;
        QByteArray name;
        if (text.startsWith('"') || text.startsWith('\'')) {
            const qsizetype close = text.indexOf(text.front(), 1);
            if (close < 0)
                continue;
            name = text.mid(1, close - 1);
            position = close + 1;
            while (position < text.size() && isSpace(text.at(position)))
                ++position;
            if (position >= text.size() || text.at(position) != ':')
                continue;
        } else {
            qsizetype colon = -1;
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i) == ':' && (i + 1 == text.size() || isSpace(text.at(i + 1)))) {
                    colon = i;
                    break;
                }
            }
            if (colon < 0)
                continue;
            name = text.left(colon).trimmed();
            position = colon;
        }
        if (name != keyBytes)
            continue;

        const qsizetype afterColon = position + 1;
        qsizetype valueStart = afterColon;
        while (valueStart < text.size() && isSpace(text.at(valueStart)))
            ++valueStart;
        // A value continued on indented lines (or starting on the next line) is more than one scalar here.
        bool continues = false;
        for (qsizetype next = index + 1; next < lines.size(); ++next) {
            const Line &following = lines.at(next);
            if (restIsBlank(content, following.start, following.end))
                continue;
            continues = isSpace(content.at(following.start));
            break;
        }
        if (continues)
            return byHand(tr("%1 on line %2 has a value that spans several lines").arg(key).arg(index + 1));

        if (valueStart >= text.size() || text.at(valueStart) == '#') {
            // `KEY:` alone is null: the value goes right after the colon.
            edit.replacements.append({line.start + afterColon, 0, ' ' + value});
            continue;
        }
        const char first = text.at(valueStart);
        if (first == '"' || first == '\'') {
            qsizetype close = -1;
            for (qsizetype i = valueStart + 1; i < text.size(); ++i) {
                if (first == '"' && text.at(i) == '\\') {
                    ++i;
                    continue;
                }
                if (text.at(i) == first) {
                    if (first == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'') {
                        ++i; // '' is an escaped quote inside single quotes
                        continue;
                    }
                    close = i;
                    break;
                }
            }
            if (close < 0 || !restIsBlank(content, line.start + close + 1, line.end))
                return byHand(tr("%1 on line %2 has a quoted value that does not end on that line")
                                  .arg(key)
                                  .arg(index + 1));
            edit.replacements.append({line.start + valueStart + 1, close - valueStart - 1, value});
            continue;
        }
        if (QByteArrayLiteral("|>&*!{[").contains(first))
            return byHand(tr("%1 on line %2 is written as a block scalar, flow value, anchor, alias or tag")
                              .arg(key)
                              .arg(index + 1));
        // A plain scalar ends where a comment starts (` #`) or at the end of the line.
        qsizetype valueEnd = text.size();
        for (qsizetype i = valueStart + 1; i < text.size(); ++i) {
            if (text.at(i) == '#' && isSpace(text.at(i - 1))) {
                valueEnd = i;
                break;
            }
        }
        while (valueEnd > valueStart && isSpace(text.at(valueEnd - 1)))
            --valueEnd;
        edit.replacements.append({line.start + valueStart, valueEnd - valueStart, value});
    }
    if (!edit.replacements.isEmpty())
        return edit;
    edit.appended = true;
    const QByteArray entry = keyBytes + ": " + value;
    const bool endsWithBreak = content.endsWith('\n') || content.endsWith('\r');
    const bool endsIndented = !lines.isEmpty() && lines.constLast().end > lines.constLast().start
        && isSpace(content.at(lines.constLast().start));
    if (!endsWithBreak && endsIndented) {
        // The last line belongs to a nested or block value; the line break an appended entry needs would
        // become part of that value (a `|` scalar gains a final newline). Put the entry before the first
        // top-level key instead, where a whole line changes nothing else.
        for (const Line &line : lines) {
            const char first = line.end > line.start ? content.at(line.start) : ' ';
            if (isSpace(first) || first == '#' || first == '%' || content.mid(line.start, 3) == "---")
                continue;
            edit.replacements.append({line.start, 0, entry + ConfigTextEdit::lineEnding(content)});
            return edit;
        }
    }
    edit.replacements.append(ConfigTextEdit::appendLine(content, entry));
    return edit;
}
