// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlConfigReader.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace {

const std::string TagNull = "tag:yaml.org,2002:null";
const std::string TagBool = "tag:yaml.org,2002:bool";
const std::string TagInt = "tag:yaml.org,2002:int";
const std::string TagFloat = "tag:yaml.org,2002:float";
const std::string TagString = "tag:yaml.org,2002:str";

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

std::optional<JsValue> resolveCoreScalar(const QString &text)
{
    if (text.isEmpty() || matches(text, "\\A(?:~|null|Null|NULL)\\z"))
        return JsValue::null();
    if (matches(text, "\\A(?:true|True|TRUE)\\z"))
        return JsValue(true);
    if (matches(text, "\\A(?:false|False|FALSE)\\z"))
        return JsValue(false);
    if (matches(text, "\\A[-+]?[0-9]+\\z"))
        return JsValue(text.toDouble());
    if (matches(text, "\\A0o[0-7]+\\z"))
        return JsValue(double(text.mid(2).toULongLong(nullptr, 8)));
    if (matches(text, "\\A0x[0-9a-fA-F]+\\z"))
        return JsValue(double(text.mid(2).toULongLong(nullptr, 16)));
    if (matches(text, "\\A[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\\z"))
        return JsValue(text.toDouble());
    if (matches(text, "\\A[-+]?\\.(?:inf|Inf|INF)\\z"))
        return JsValue(text.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                         : std::numeric_limits<double>::infinity());
    if (matches(text, "\\A\\.(?:nan|NaN|NAN)\\z"))
        return JsValue(std::numeric_limits<double>::quiet_NaN());
    return std::nullopt;
}

// An alias that refers to a node containing it makes yaml-cpp's node graph cyclic, and real configuration is
// never this deep; the bound turns endless recursion (a stack overflow, found by fuzz_yaml) into an error.
constexpr int MaxDepth = 100;
struct TooDeep
{
};

JsValue convert(const YAML::Node &node, int depth = 0)
{
    if (depth > MaxDepth)
        throw TooDeep();
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return JsValue::null();
    case YAML::NodeType::Sequence: {
        QList<JsValue> elements;
        for (const YAML::Node &element : node)
            elements.append(convert(element, depth + 1));
        return JsValue::array(elements);
    }
    case YAML::NodeType::Map: {
        QList<JsValue::Member> members;
        for (const auto &pair : node) {
            const QString key = convert(pair.first, depth + 1).jsString();
            members.append({key, convert(pair.second, depth + 1)});
        }
        return JsValue::object(members);
    }
    case YAML::NodeType::Scalar:
        break;
    }
    const QString text = QString::fromStdString(node.Scalar());
    const std::string &tag = node.Tag();
    // "!" marks a quoted (non-plain) scalar: always a string.
    if (tag == "!" || tag == TagString)
        return JsValue(text);
    if (tag == TagNull || tag == TagBool || tag == TagInt || tag == TagFloat || tag == "?" || tag.empty()) {
        if (const auto resolved = resolveCoreScalar(text))
            return *resolved;
    }
    return JsValue(text);
}

} // namespace

YamlConfigReader::Result YamlConfigReader::parse(const QByteArray &content)
{
    Result result;
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        result.value = convert(root);
        result.ok = true;
    } catch (const YAML::Exception &error) {
        result.error = QStringLiteral("%1 at line %2, column %3")
                           .arg(QString::fromStdString(error.msg))
                           .arg(error.mark.line + 1)
                           .arg(error.mark.column + 1);
    } catch (const TooDeep &) {
        result.error
            = QStringLiteral("values nested more than %1 levels deep (an alias that refers to a node "
                             "containing it?)")
                  .arg(MaxDepth);
    }
    return result;
}
