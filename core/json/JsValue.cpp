// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsValue.h"

#include <QHash>
#include <QSharedData>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

class JsValueData : public QSharedData
{
public:
    JsValue::Type type = JsValue::Type::Undefined;
    bool boolean = false;
    double number = 0;
    QString string; // string value, or RegExp pattern
    QList<JsValue> elements;
    QList<JsValue::Member> members;
};

namespace {
const QList<JsValue> &emptyElements()
{
    static const QList<JsValue> empty;
    return empty;
}
const QList<JsValue::Member> &emptyMembers()
{
    static const QList<JsValue::Member> empty;
    return empty;
}

bool isJsWhitespace(char16_t c)
{
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

double parseRadix(QStringView digits, int radix)
{
    if (digits.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    double value = 0;
    for (QChar ch : digits) {
        int digit = -1;
        const char16_t c = ch.unicode();
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z')
            digit = c - 'A' + 10;
        if (digit < 0 || digit >= radix)
            return std::numeric_limits<double>::quiet_NaN();
        value = value * radix + digit;
    }
    return value;
}

// StrDecimalLiteral of ECMAScript: [+-] (Infinity | digits[.digits][exp] | .digits[exp])
double parseDecimal(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    if (text.mid(i) == u"Infinity")
        return text[0] == u'-' ? -std::numeric_limits<double>::infinity()
                               : std::numeric_limits<double>::infinity();
    qsizetype intDigits = 0, fracDigits = 0;
    while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
        ++i;
        ++intDigits;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && text[i].unicode() >= '0' && text[i].unicode() <= '9') {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits + fracDigits == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        qsizetype expDigits = 0;
        while (i < n && text[i].unicode() >= '0' && text[i].unicode() <= '9') {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::numeric_limits<double>::quiet_NaN();
    }
    if (i != n)
        return std::numeric_limits<double>::quiet_NaN();
    const QByteArray latin = text.toLatin1();
    double value = 0;
    // from_chars does not accept a leading '+'
    const char *begin = latin.constData();
    if (*begin == '+')
        ++begin;
    const auto result = std::from_chars(begin, latin.constData() + latin.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars reports overflow/underflow without a value: reproduce IEEE rounding as JS does
        return std::strtod(latin.constData(), nullptr);
    }
    return value;
}
} // namespace

JsValue::JsValue()
    : d(new JsValueData)
{
}

JsValue::JsValue(JsValueData *data)
    : d(data)
{
}

JsValue::JsValue(bool value)
    : d(new JsValueData)
{
    d->type = Type::Boolean;
    d->boolean = value;
}

JsValue::JsValue(double value)
    : d(new JsValueData)
{
    d->type = Type::Number;
    d->number = value;
}

JsValue::JsValue(int value)
    : JsValue(static_cast<double>(value))
{
}

JsValue::JsValue(qint64 value)
    : JsValue(static_cast<double>(value))
{
}

JsValue::JsValue(const QString &value)
    : d(new JsValueData)
{
    d->type = Type::String;
    d->string = value;
}

JsValue::JsValue(const char *utf8)
    : JsValue(QString::fromUtf8(utf8))
{
}

JsValue::JsValue(const JsValue &other) = default;
JsValue &JsValue::operator=(const JsValue &other) = default;
JsValue::~JsValue() = default;

JsValue JsValue::null()
{
    auto *data = new JsValueData;
    data->type = Type::Null;
    return JsValue(data);
}

JsValue JsValue::array(const QList<JsValue> &elements)
{
    auto *data = new JsValueData;
    data->type = Type::Array;
    data->elements = elements;
    return JsValue(data);
}

JsValue JsValue::object(const QList<Member> &members)
{
    auto *data = new JsValueData;
    data->type = Type::Object;
    QHash<QString, qsizetype> positions; // keeps large objects linear
    for (const Member &member : members) {
        const auto found = positions.constFind(member.first);
        if (found != positions.cend()) {
            data->members[*found].second = member.second;
        } else {
            positions.insert(member.first, data->members.size());
            data->members.append(member);
        }
    }
    return JsValue(data);
}

JsValue JsValue::regExp(const QString &pattern)
{
    auto *data = new JsValueData;
    data->type = Type::RegExp;
    data->string = pattern;
    return JsValue(data);
}

JsValue::Type JsValue::type() const
{
    return d->type;
}

bool JsValue::toBool() const
{
    return d->type == Type::Boolean && d->boolean;
}

double JsValue::toNumber() const
{
    return d->type == Type::Number ? d->number : std::numeric_limits<double>::quiet_NaN();
}

QString JsValue::toString() const
{
    return d->type == Type::String ? d->string : QString();
}

const QList<JsValue> &JsValue::elements() const
{
    return d->type == Type::Array ? d->elements : emptyElements();
}

const QList<JsValue::Member> &JsValue::members() const
{
    return d->type == Type::Object ? d->members : emptyMembers();
}

bool JsValue::hasMember(const QString &key) const
{
    for (const Member &member : members()) {
        if (member.first == key)
            return true;
    }
    return false;
}

JsValue JsValue::member(const QString &key) const
{
    for (const Member &member : members()) {
        if (member.first == key)
            return member.second;
    }
    return JsValue();
}

QString JsValue::regExpPattern() const
{
    return d->type == Type::RegExp ? d->string : QString();
}

bool JsValue::isTruthy() const
{
    switch (d->type) {
    case Type::Undefined:
    case Type::Null:
        return false;
    case Type::Boolean:
        return d->boolean;
    case Type::Number:
        return d->number != 0 && !std::isnan(d->number);
    case Type::String:
        return !d->string.isEmpty();
    default:
        return true;
    }
}

QString JsValue::jsString() const
{
    switch (d->type) {
    case Type::Undefined:
        return QStringLiteral("undefined");
    case Type::Null:
        return QStringLiteral("null");
    case Type::Boolean:
        return d->boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return numberToString(d->number);
    case Type::String:
        return d->string;
    case Type::Array: {
        // Array.prototype.join: null and undefined elements become empty strings
        QStringList parts;
        for (const JsValue &element : d->elements)
            parts.append(element.isNullish() ? QString() : element.jsString());
        return parts.join(QLatin1Char(','));
    }
    case Type::Object:
        return QStringLiteral("[object Object]");
    case Type::RegExp:
        return QLatin1Char('/') + d->string + QLatin1Char('/');
    }
    return QString();
}

double JsValue::jsNumber() const
{
    switch (d->type) {
    case Type::Undefined:
        return std::numeric_limits<double>::quiet_NaN();
    case Type::Null:
        return 0;
    case Type::Boolean:
        return d->boolean ? 1 : 0;
    case Type::Number:
        return d->number;
    case Type::String:
        return stringToNumber(d->string);
    case Type::Array:
        return stringToNumber(jsString());
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

QString JsValue::numberToString(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (value == 0)
        return QStringLiteral("0"); // also -0
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    if (value < 0)
        return QLatin1Char('-') + numberToString(-value);

    // Shortest round-trip digits, then ECMAScript's Number::toString layout.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string scientific(buffer, result.ptr);
    const auto ePos = scientific.find('e');
    std::string digits = scientific.substr(0, ePos);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int exponent = std::stoi(scientific.substr(ePos + 1));
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;

    std::string out;
    if (k <= n && n <= 21) {
        out = digits + std::string(n - k, '0');
    } else if (0 < n && n <= 21) {
        out = digits.substr(0, n) + '.' + digits.substr(n);
    } else if (-6 < n && n <= 0) {
        out = "0." + std::string(-n, '0') + digits;
    } else {
        const int e = n - 1;
        const std::string sign = e < 0 ? "-" : "+";
        out = digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += 'e' + sign + std::to_string(std::abs(e));
    }
    return QString::fromLatin1(out.data(), static_cast<qsizetype>(out.size()));
}

double JsValue::stringToNumber(const QString &text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && isJsWhitespace(text.at(begin).unicode()))
        ++begin;
    while (end > begin && isJsWhitespace(text.at(end - 1).unicode()))
        --end;
    const QStringView trimmed = QStringView(text).mid(begin, end - begin);
    if (trimmed.isEmpty())
        return 0;
    if (trimmed.size() > 2 && trimmed[0] == u'0') {
        const char16_t prefix = trimmed[1].unicode() | 0x20;
        if (prefix == 'x')
            return parseRadix(trimmed.mid(2), 16);
        if (prefix == 'o')
            return parseRadix(trimmed.mid(2), 8);
        if (prefix == 'b')
            return parseRadix(trimmed.mid(2), 2);
    }
    return parseDecimal(trimmed);
}

QString JsValue::jsonTypeName() const
{
    switch (d->type) {
    case Type::Undefined:
        return QStringLiteral("undefined");
    case Type::Null:
        return QStringLiteral("null");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Number:
        return std::isfinite(d->number) ? QStringLiteral("number") : QStringLiteral("null");
    case Type::String:
        return QStringLiteral("string");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
    case Type::RegExp:
        return QStringLiteral("object");
    }
    return QString();
}

bool JsValue::operator==(const JsValue &other) const
{
    if (d == other.d)
        return true;
    if (d->type != other.d->type)
        return false;
    switch (d->type) {
    case Type::Undefined:
    case Type::Null:
        return true;
    case Type::Boolean:
        return d->boolean == other.d->boolean;
    case Type::Number:
        return d->number == other.d->number || (std::isnan(d->number) && std::isnan(other.d->number));
    case Type::String:
    case Type::RegExp:
        return d->string == other.d->string;
    case Type::Array:
        return d->elements == other.d->elements;
    case Type::Object:
        return d->members == other.d->members;
    }
    return false;
}
