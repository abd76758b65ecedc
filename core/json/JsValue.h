// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSharedDataPointer>
#include <QString>

#include <utility>

class JsValueData;

// A value with JavaScript semantics: what Directus's env loader, its JSON/YAML readers and its database layer
// produce, and what ends up in the report. Keeps object key order (insertion order, as in JS) and strings as
// UTF-16 (so lone surrogates survive, as they do in JS). Implicitly shared, cheap to copy.
// Not supported: functions, symbols, getters, prototype chains; a RegExp only keeps its pattern.
class JsValue
{
public:
    enum class Type { Undefined, Null, Boolean, Number, String, Array, Object, RegExp };
    using Member = std::pair<QString, JsValue>;

    JsValue(); // undefined
    JsValue(bool value);
    JsValue(double value);
    JsValue(int value);
    JsValue(qint64 value);
    JsValue(const QString &value);
    JsValue(const char *utf8);
    JsValue(const JsValue &other);
    JsValue &operator=(const JsValue &other);
    ~JsValue();

    static JsValue null();
    static JsValue array(const QList<JsValue> &elements);
    // Later duplicates of a key replace the value but keep the first position, as JS property assignment
    // does.
    static JsValue object(const QList<Member> &members);
    static JsValue regExp(const QString &pattern);

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isNullish() const { return isUndefined() || isNull(); }
    bool isBool() const { return type() == Type::Boolean; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const; // the stored boolean; false for other types
    double toNumber() const; // the stored number; NaN for other types
    QString toString() const; // the stored string; empty for other types
    const QList<JsValue> &elements() const; // empty unless an array
    const QList<Member> &members() const; // empty unless an object
    bool hasMember(const QString &key) const;
    JsValue member(const QString &key) const; // undefined when absent or not an object
    QString regExpPattern() const;

    // JS semantics
    bool isTruthy() const; // not false, 0, -0, NaN, "", null, undefined
    QString jsString() const; // String(value)
    double jsNumber() const; // Number(value)
    static QString numberToString(double value); // Number.prototype.toString()
    static double stringToNumber(const QString &text); // Number(string): NaN when not numeric

    // Name of the JSON type as a reader would see it: "string", "number", "boolean", "null", "array",
    // "object", "undefined"; a RegExp reads as "object".
    QString jsonTypeName() const;

    bool operator==(const JsValue &other) const; // deep, SameValueZero-like for numbers (NaN == NaN)
    bool operator!=(const JsValue &other) const { return !(*this == other); }

private:
    explicit JsValue(JsValueData *data);
    QSharedDataPointer<JsValueData> d;
};

Q_DECLARE_TYPEINFO(JsValue, Q_RELOCATABLE_TYPE);
