// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <cmath>

namespace {
void appendHexEscape(QByteArray &out, char16_t unit)
{
    static const char hex[] = "0123456789abcdef";
    out.append("\\u");
    out.append(hex[(unit >> 12) & 0xF]);
    out.append(hex[(unit >> 8) & 0xF]);
    out.append(hex[(unit >> 4) & 0xF]);
    out.append(hex[unit & 0xF]);
}

void appendQuoted(QByteArray &out, const QString &text)
{
    out.append('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case '"':
            out.append("\\\"");
            continue;
        case '\\':
            out.append("\\\\");
            continue;
        case '\b':
            out.append("\\b");
            continue;
        case '\f':
            out.append("\\f");
            continue;
        case '\n':
            out.append("\\n");
            continue;
        case '\r':
            out.append("\\r");
            continue;
        case '\t':
            out.append("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendHexEscape(out, c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out.append(QStringView(text).mid(i, 2).toUtf8());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendHexEscape(out, c); // lone surrogate
        } else if (c < 0x80) {
            out.append(static_cast<char>(c));
        } else {
            out.append(QStringView(text).mid(i, 1).toUtf8());
        }
    }
    out.append('"');
}

// Returns false when the value produces nothing (undefined): the caller then omits the member.
bool write(QByteArray &out, const JsValue &value, int indent, int depth)
{
    const auto newline = [&](int level) {
        if (indent > 0) {
            out.append('\n');
            out.append(QByteArray(level * indent, ' '));
        }
    };
    switch (value.type()) {
    case JsValue::Type::Undefined:
        return false;
    case JsValue::Type::Null:
        out.append("null");
        return true;
    case JsValue::Type::Boolean:
        out.append(value.toBool() ? "true" : "false");
        return true;
    case JsValue::Type::Number:
        out.append(std::isfinite(value.toNumber()) ? JsValue::numberToString(value.toNumber()).toLatin1()
                                                   : QByteArray("null"));
        return true;
    case JsValue::Type::String:
        appendQuoted(out, value.toString());
        return true;
    case JsValue::Type::RegExp:
        out.append("{}");
        return true;
    case JsValue::Type::Array: {
        const auto &elements = value.elements();
        if (elements.isEmpty()) {
            out.append("[]");
            return true;
        }
        out.append('[');
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (i > 0)
                out.append(',');
            newline(depth + 1);
            if (!write(out, elements.at(i), indent, depth + 1))
                out.append("null");
        }
        newline(depth);
        out.append(']');
        return true;
    }
    case JsValue::Type::Object: {
        out.append('{');
        bool first = true;
        for (const auto &member : value.members()) {
            if (member.second.isUndefined())
                continue;
            if (!first)
                out.append(',');
            first = false;
            newline(depth + 1);
            appendQuoted(out, member.first);
            out.append(indent > 0 ? ": " : ":");
            write(out, member.second, indent, depth + 1);
        }
        if (!first)
            newline(depth);
        out.append('}');
        return true;
    }
    }
    return false;
}
} // namespace

QByteArray JsonWriter::stringify(const JsValue &value)
{
    QByteArray out;
    write(out, value, 0, 0);
    return out;
}

QByteArray JsonWriter::stringifyPretty(const JsValue &value)
{
    QByteArray out;
    write(out, value, 2, 0);
    return out;
}

QByteArray JsonWriter::quote(const QString &text)
{
    QByteArray out;
    appendQuoted(out, text);
    return out;
}
