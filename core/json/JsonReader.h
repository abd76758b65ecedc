// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsValue.h"

#include <QString>

// Parses JSON text with JavaScript's JSON.parse rules into a JsValue: key order kept, a repeated key keeps
// its first position and its last value, \u escapes may yield lone surrogates, numbers are doubles.
// QJsonDocument is not used because it sorts keys and rejects lone surrogates. Not supported: comments,
// trailing commas (JSON.parse has none).
class JsonReader
{
public:
    struct Result
    {
        JsValue value;
        bool ok = false;
        QString error; // e.g. "Unexpected token } at line 3, column 5"
        int line = 0;
        int column = 0;
    };

    // dropProtoKeys: leave out members named "__proto__", as Directus's env json cast does.
    static Result parse(const QString &text, bool dropProtoKeys = false);
    // UTF-8 bytes; invalid sequences become U+FFFD as Node's decoder does.
    static Result parseUtf8(const QByteArray &utf8, bool dropProtoKeys = false);
};
