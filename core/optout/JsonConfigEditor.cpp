// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonConfigEditor.h"

#include "json/JsonReader.h"

namespace {

// A byte scanner over the top-level object: only structure is tracked, values are skipped whole.
class Scanner
{
public:
    explicit Scanner(const QByteArray &content)
        : m_content(content)
    {
        if (m_content.startsWith("\xEF\xBB\xBF")) // Node strips a BOM before JSON.parse
            m_position = 3;
    }

    qsizetype position() const { return m_position; }
    bool atEnd() const { return m_position >= m_content.size(); }
    char peek() const { return atEnd() ? '\0' : m_content.at(m_position); }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_position;
    }

    bool expect(char c)
    {
        skipWhitespace();
        if (peek() != c)
            return false;
        ++m_position;
        return true;
    }

    bool skipString()
    {
        if (peek() != '"')
            return false;
        for (++m_position; !atEnd(); ++m_position) {
            if (peek() == '\\')
                ++m_position;
            else if (peek() == '"') {
                ++m_position;
                return true;
            }
        }
        return false;
    }

    bool skipValue()
    {
        if (peek() == '"')
            return skipString();
        if (peek() == '{' || peek() == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']')
                    --depth;
                ++m_position;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        const qsizetype start = m_position;
        while (!atEnd() && !QByteArrayLiteral(",}] \t\r\n").contains(peek()))
            ++m_position;
        return m_position > start;
    }

private:
    const QByteArray &m_content;
    qsizetype m_position = 0;
};

struct Member
{
    qsizetype keyStart = 0;
    qsizetype keyEnd = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
    qsizetype precededBy = 0; // offset just after the `{` or `,` before this member
    QString key;
};

} // namespace

ConfigTextEdit JsonConfigEditor::setValue(const QByteArray &content, const QString &key,
                                          const QByteArray &value)
{
    const auto invalid = [&](const QString &why) {
        return ConfigTextEdit::failure(
            tr("the file cannot be edited safely (%1); set \"%2\": %3 in it by hand")
                .arg(why, key, QString::fromUtf8(value)));
    };
    Scanner scanner(content);
    if (!scanner.expect('{'))
        return invalid(tr("it does not start with a JSON object"));
    QList<Member> members;
    qsizetype precededBy = scanner.position();
    scanner.skipWhitespace();
    if (scanner.peek() == '}') {
        scanner.expect('}');
    } else {
        for (;;) {
            Member member;
            member.precededBy = precededBy;
            scanner.skipWhitespace();
            member.keyStart = scanner.position();
            if (!scanner.skipString())
                return invalid(tr("expected a key at byte %1").arg(scanner.position()));
            member.keyEnd = scanner.position();
            const JsonReader::Result name
                = JsonReader::parseUtf8(content.mid(member.keyStart, member.keyEnd - member.keyStart));
            member.key = name.value.toString();
            if (!scanner.expect(':'))
                return invalid(tr("expected \":\" at byte %1").arg(scanner.position()));
            scanner.skipWhitespace();
            member.valueStart = scanner.position();
            if (!scanner.skipValue())
                return invalid(tr("unreadable value at byte %1").arg(member.valueStart));
            member.valueEnd = scanner.position();
            members.append(member);
            if (scanner.expect(',')) {
                precededBy = scanner.position();
                continue;
            }
            if (scanner.expect('}'))
                break;
            return invalid(tr("expected \",\" or \"}\" at byte %1").arg(scanner.position()));
        }
    }
    scanner.skipWhitespace();
    if (!scanner.atEnd())
        return invalid(tr("unexpected text after the object at byte %1").arg(scanner.position()));

    ConfigTextEdit edit;
    edit.ok = true;
    for (const Member &member : std::as_const(members)) {
        if (member.key != key)
            continue;
        const bool wasString = content.at(member.valueStart) == '"';
        edit.replacements.append(
            {member.valueStart, member.valueEnd - member.valueStart, wasString ? '"' + value + '"' : value});
    }
    if (!edit.replacements.isEmpty())
        return edit;

    edit.appended = true;
    const QByteArray quotedKey = key.toUtf8().replace('\\', "\\\\").replace('"', "\\\"");
    if (members.isEmpty()) {
        edit.replacements.append({precededBy, 0, '"' + quotedKey + "\": " + value});
        return edit;
    }
    // Copy the last member's layout: the whitespace before its key and between its key and value.
    const Member &last = members.constLast();
    const QByteArray indentation = content.mid(last.precededBy, last.keyStart - last.precededBy);
    const QByteArray separator = content.mid(last.keyEnd, last.valueStart - last.keyEnd);
    edit.replacements.append(
        {last.valueEnd, 0, ',' + indentation + '"' + quotedKey + '"' + separator + value});
    return edit;
}
