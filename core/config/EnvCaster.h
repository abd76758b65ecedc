// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsValue.h"

#include <QString>

// Directus's env type casting (spec §3.4): cast prefixes (string:, number:, regex:, array:, json:, boolean:),
// fixed types per key, then the boolean/number/array/json guess; and @directus/utils' toBoolean.
class EnvCaster
{
public:
    // key may be empty (array elements are cast with no key). Sets errorMessage and returns undefined only
    // for an invalid `regex:` pattern, which aborts Directus's startup.
    static JsValue cast(const JsValue &value, const QString &key, QString *errorMessage = nullptr);
    // true only for true, 1, "true" and "1"
    static bool toBoolean(const JsValue &value);
};
