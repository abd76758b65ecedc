// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReader.h"

namespace {
// Deep nesting is legal JSON but would overflow our stack; Node's limit is similar in practice.
constexpr int MaxDepth = 512;

class Parser
{
public:
    Parser(const QString &text, bool dropProtoKeys)
        : m_text(text)
        , m_dropProtoKeys(dropProtoKeys)
    {
    }

    JsonReader::Result run()
    {
        JsonReader::Result result;
        skipWhitespace();
        JsValue value;
        if (!parseValue(value, 0))
            return failure();
        skipWhitespace();
        if (m_pos != m_text.size()) {
            m_error = QStringLiteral("Unexpected token");
            return failure();
        }
        result.value = value;
        result.ok = true;
        return result;
    }

private:
    JsonReader::Result failure() const
    {
        JsonReader::Result result;
        int line = 1, column = 1;
        for (qsizetype i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        result.line = line;
        result.column = column;
        const QString where = m_pos >= m_text.size()
            ? QStringLiteral("end of input")
            : QStringLiteral("line %1, column %2").arg(line).arg(column);
        result.error = QStringLiteral("%1 at %2")
                           .arg(m_error.isEmpty() ? QStringLiteral("Invalid JSON") : m_error, where);
        return result;
    }

    void skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text.at(m_pos).unicode();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool expectLiteral(QLatin1String word)
    {
        if (QStringView(m_text).mid(m_pos, word.size()) != word) {
            m_error = QStringLiteral("Unexpected token");
            return false;
        }
        m_pos += word.size();
        return true;
    }

    bool parseValue(JsValue &out, int depth)
    {
        if (depth > MaxDepth) {
            m_error = QStringLiteral("Nesting deeper than %1 levels").arg(MaxDepth);
            return false;
        }
        if (m_pos >= m_text.size()) {
            m_error = QStringLiteral("Unexpected end of JSON input");
            return false;
        }
        const char16_t c = m_text.at(m_pos).unicode();
        switch (c) {
        case '{':
            return parseObject(out, depth);
        case '[':
            return parseArray(out, depth);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = JsValue(s);
            return true;
        }
        case 't':
            out = JsValue(true);
            return expectLiteral(QLatin1String("true"));
        case 'f':
            out = JsValue(false);
            return expectLiteral(QLatin1String("false"));
        case 'n':
            out = JsValue::null();
            return expectLiteral(QLatin1String("null"));
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out);
            m_error = QStringLiteral("Unexpected token");
            return false;
        }
    }

    bool parseNumber(JsValue &out)
    {
        const qsizetype start = m_pos;
        const auto digit = [&] {
            return m_pos < m_text.size() && m_text.at(m_pos).unicode() >= '0'
                && m_text.at(m_pos).unicode() <= '9';
        };
        if (m_text.at(m_pos) == u'-')
            ++m_pos;
        if (!digit()) {
            m_error = QStringLiteral("No number after minus sign");
            return false;
        }
        if (m_text.at(m_pos) == u'0') {
            ++m_pos;
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
            ++m_pos;
            if (!digit()) {
                m_error = QStringLiteral("Unterminated fractional number");
                return false;
            }
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text.at(m_pos) == u'+' || m_text.at(m_pos) == u'-'))
                ++m_pos;
            if (!digit()) {
                m_error = QStringLiteral("Exponent part is missing a number");
                return false;
            }
            while (digit())
                ++m_pos;
        }
        out = JsValue(JsValue::stringToNumber(m_text.mid(start, m_pos - start)));
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        while (true) {
            if (m_pos >= m_text.size()) {
                m_error = QStringLiteral("Unterminated string");
                return false;
            }
            const char16_t c = m_text.at(m_pos).unicode();
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20) {
                m_error = QStringLiteral("Bad control character in string literal");
                return false;
            }
            if (c != '\\') {
                out.append(QChar(c));
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size()) {
                m_error = QStringLiteral("Unterminated string");
                return false;
            }
            const char16_t e = m_text.at(m_pos).unicode();
            ++m_pos;
            switch (e) {
            case '"':
                out.append(u'"');
                break;
            case '\\':
                out.append(u'\\');
                break;
            case '/':
                out.append(u'/');
                break;
            case 'b':
                out.append(u'\b');
                break;
            case 'f':
                out.append(u'\f');
                break;
            case 'n':
                out.append(u'\n');
                break;
            case 'r':
                out.append(u'\r');
                break;
            case 't':
                out.append(u'\t');
                break;
            case 'u': {
                if (m_pos + 4 > m_text.size()) {
                    m_error = QStringLiteral("Bad Unicode escape");
                    return false;
                }
                bool ok = false;
                const uint unit = QStringView(m_text).mid(m_pos, 4).toUInt(&ok, 16);
                // toUInt accepts a sign or whitespace; JSON demands four hex digits
                for (int i = 0; i < 4 && ok; ++i)
                    ok = isxdigit(m_text.at(m_pos + i).unicode()) != 0
                        && m_text.at(m_pos + i).unicode() < 128;
                if (!ok) {
                    m_error = QStringLiteral("Bad Unicode escape");
                    return false;
                }
                out.append(QChar(static_cast<char16_t>(unit)));
                m_pos += 4;
                break;
            }
            default:
                m_error = QStringLiteral("Bad escaped character");
                --m_pos;
                return false;
            }
        }
    }

    bool parseArray(JsValue &out, int depth)
    {
        ++m_pos;
        QList<JsValue> elements;
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
            ++m_pos;
            out = JsValue::array(elements);
            return true;
        }
        while (true) {
            skipWhitespace();
            JsValue element;
            if (!parseValue(element, depth + 1))
                return false;
            elements.append(element);
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
                ++m_pos;
                out = JsValue::array(elements);
                return true;
            }
            m_error = m_pos >= m_text.size() ? QStringLiteral("Unexpected end of JSON input")
                                             : QStringLiteral("Expected ',' or ']' after array element");
            return false;
        }
    }

    bool parseObject(JsValue &out, int depth)
    {
        ++m_pos;
        QList<JsValue::Member> members;
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
            ++m_pos;
            out = JsValue::object(members);
            return true;
        }
        while (true) {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"') {
                m_error = QStringLiteral("Expected double-quoted property name");
                return false;
            }
            QString key;
            if (!parseString(key))
                return false;
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u':') {
                m_error = QStringLiteral("Expected ':' after property name");
                return false;
            }
            ++m_pos;
            skipWhitespace();
            JsValue value;
            if (!parseValue(value, depth + 1))
                return false;
            if (!(m_dropProtoKeys && key == QLatin1String("__proto__")))
                members.append({key, value});
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
                ++m_pos;
                out = JsValue::object(members);
                return true;
            }
            m_error = m_pos >= m_text.size() ? QStringLiteral("Unexpected end of JSON input")
                                             : QStringLiteral("Expected ',' or '}' after property value");
            return false;
        }
    }

    const QString &m_text;
    bool m_dropProtoKeys;
    qsizetype m_pos = 0;
    QString m_error;
};
} // namespace

JsonReader::Result JsonReader::parse(const QString &text, bool dropProtoKeys)
{
    return Parser(text, dropProtoKeys).run();
}

JsonReader::Result JsonReader::parseUtf8(const QByteArray &utf8, bool dropProtoKeys)
{
    return parse(QString::fromUtf8(utf8), dropProtoKeys);
}
