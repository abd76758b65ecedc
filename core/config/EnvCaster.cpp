// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvCaster.h"

#include "json/JsonReader.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace {

enum class CastType { None, String, Number, Regex, Array, Json, Boolean };

CastType castTypeFromPrefix(const QString &prefix)
{
    static const QHash<QString, CastType> prefixes {
        {QStringLiteral("string"), CastType::String}, {QStringLiteral("number"), CastType::Number},
        {QStringLiteral("regex"), CastType::Regex},   {QStringLiteral("array"), CastType::Array},
        {QStringLiteral("json"), CastType::Json},     {QStringLiteral("boolean"), CastType::Boolean},
    };
    return prefixes.value(prefix, CastType::None);
}

// The keys with a fixed type that affect the report or the connection (spec §3.4).
CastType fixedTypeForKey(const QString &key)
{
    static const QHash<QString, CastType> fixed {
        {QStringLiteral("HOST"), CastType::String},
        {QStringLiteral("PORT"), CastType::String},
        {QStringLiteral("DB_NAME"), CastType::String},
        {QStringLiteral("DB_USER"), CastType::String},
        {QStringLiteral("DB_PASSWORD"), CastType::String},
        {QStringLiteral("DB_DATABASE"), CastType::String},
        {QStringLiteral("SECRET"), CastType::String},
        {QStringLiteral("REDIS_PASSWORD"), CastType::String},
        {QStringLiteral("REDIS_BUS_NAMESPACE"), CastType::String},
        {QStringLiteral("REDIS_LOCK_NAMESPACE"), CastType::String},
        {QStringLiteral("REDIS_COUNTERS_NAMESPACE"), CastType::String},
        {QStringLiteral("REDIS_PERMISSIONS_NAMESPACE"), CastType::String},
        {QStringLiteral("DB_PORT"), CastType::Number},
        {QStringLiteral("DB_EXCLUDE_TABLES"), CastType::Array},
        {QStringLiteral("REDIS_ENABLED"), CastType::Boolean},
        {QStringLiteral("PROJECT_OWNER_ENABLED"), CastType::Boolean},
    };
    return fixed.value(key, CastType::None);
}

CastType guessType(const JsValue &value)
{
    if (value.isBool())
        return CastType::Boolean;
    if (value.isString()
        && (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false")))
        return CastType::Boolean;
    if (value.isNumber() || value.isNull())
        return CastType::Number;
    const QString text = value.jsString();
    if (!text.isEmpty() && !text.startsWith(QLatin1Char('0'))) {
        const double number = JsValue::stringToNumber(text);
        const double maxSafe = 9007199254740991.0;
        if (!std::isnan(number) && number >= -maxSafe && number <= maxSafe)
            return CastType::Number;
    }
    if (value.isArray() || text.contains(QLatin1Char(',')))
        return CastType::Array;
    return CastType::Json;
}

JsValue toStringValue(const JsValue &value)
{
    if (value.isNullish())
        return JsValue(QString());
    return JsValue(value.jsString());
}

JsValue toNumberValue(const JsValue &value)
{
    if (value.isNull())
        return JsValue(0.0);
    return JsValue(value.isNumber() ? value.toNumber() : JsValue::stringToNumber(value.jsString()));
}

JsValue toJsonValue(const JsValue &value)
{
    const JsonReader::Result parsed = JsonReader::parse(value.jsString(), true);
    return parsed.ok ? parsed.value : value;
}

JsValue castAs(CastType type, const JsValue &value, QString *errorMessage, const QString &key);

JsValue toArrayValue(const JsValue &value, QString *errorMessage)
{
    QList<JsValue> parts;
    if (value.isArray()) {
        parts = value.elements();
    } else {
        const QStringList split = value.jsString().split(QLatin1Char(','));
        for (const QString &part : split)
            parts.append(JsValue(part));
    }
    QList<JsValue> result;
    for (const JsValue &part : std::as_const(parts)) {
        const JsValue cast = EnvCaster::cast(part, QString(), errorMessage);
        if (cast.isString() && cast.toString().isEmpty())
            continue;
        result.append(cast);
    }
    return JsValue::array(result);
}

JsValue castAs(CastType type, const JsValue &value, QString *errorMessage, const QString &key)
{
    switch (type) {
    case CastType::String:
        return toStringValue(value);
    case CastType::Number:
        return toNumberValue(value);
    case CastType::Boolean:
        return JsValue(EnvCaster::toBoolean(value));
    case CastType::Array:
        return toArrayValue(value, errorMessage);
    case CastType::Json:
        return toJsonValue(value);
    case CastType::Regex: {
        const QString pattern = value.jsString();
        const QRegularExpression check(pattern);
        if (!check.isValid()) {
            if (errorMessage)
                *errorMessage
                    = QStringLiteral("%1 is cast as a regular expression, but /%2/ is not a valid one "
                                     "(%3); Directus would refuse to start.")
                          .arg(key.isEmpty() ? QStringLiteral("A value") : key, pattern, check.errorString());
            return JsValue();
        }
        return JsValue::regExp(pattern);
    }
    case CastType::None:
        break;
    }
    return value;
}

} // namespace

JsValue EnvCaster::cast(const JsValue &value, const QString &key, QString *errorMessage)
{
    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            const CastType prefixed = castTypeFromPrefix(text.left(colon));
            if (prefixed != CastType::None)
                return castAs(prefixed, JsValue(text.mid(colon + 1)), errorMessage, key);
        }
    }
    if (!key.isEmpty()) {
        const CastType fixed = fixedTypeForKey(key);
        if (fixed != CastType::None)
            return castAs(fixed, value, errorMessage, key);
    }
    return castAs(guessType(value), value, errorMessage, key);
}

bool EnvCaster::toBoolean(const JsValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isNumber())
        return value.toNumber() == 1;
    if (value.isString())
        return value.toString() == QLatin1String("true") || value.toString() == QLatin1String("1");
    return false;
}
