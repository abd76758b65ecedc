// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsValue.h"

#include <QByteArray>

// Serialises a JsValue to the exact bytes of JavaScript's JSON.stringify (ES2019 "well-formed" rules):
// compact output, insertion key order, undefined members left out, NaN/Infinity as null, a RegExp as {}, lone
// surrogates as \udxxx. This is the one place the report's wire bytes are made. Pretty output matches
// JSON.stringify(v, null, 2).
class JsonWriter
{
public:
    // Empty result for a top-level undefined (JSON.stringify returns undefined then).
    static QByteArray stringify(const JsValue &value);
    static QByteArray stringifyPretty(const JsValue &value);
    // A JSON string literal, quotes included.
    static QByteArray quote(const QString &text);
};
