// SPDX-License-Identifier: GPL-3.0-or-later
// The opt-out editors on any bytes: the first byte picks the format (dotenv, JSON, YAML), the rest is the
// file. For dotenv and JSON, a planned edit must keep every other key's value and make TELEMETRY false when
// read back; a violation aborts. YAML is checked for memory safety only: its editor is heuristic by design
// and TelemetrySwitch re-reads its result with the YAML reader before writing.
#include "config/DotenvParser.h"
#include "config/YamlConfigReader.h"
#include "json/JsonReader.h"
#include "optout/DotenvEditor.h"
#include "optout/JsonConfigEditor.h"
#include "optout/YamlConfigEditor.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QString Key = QStringLiteral("TELEMETRY");

QList<JsValue::Member> withoutKey(const QList<JsValue::Member> &members)
{
    QList<JsValue::Member> result;
    for (const auto &member : members) {
        if (member.first != Key)
            result.append(member);
    }
    return result;
}

QList<JsValue::Member> dotenvMembers(const QByteArray &content)
{
    QList<JsValue::Member> members;
    for (const DotenvParser::Entry &entry : DotenvParser::parse(content))
        members.append({entry.key, JsValue(entry.value)});
    return members;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray content(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0: {
        const ConfigTextEdit edit = DotenvEditor::setValue(content, Key, "false");
        if (!edit.ok)
            return 0;
        const QList<JsValue::Member> after = dotenvMembers(edit.apply(content));
        if (withoutKey(dotenvMembers(content)) != withoutKey(after))
            std::abort();
        for (const auto &member : after) {
            if (member.first == Key && member.second != JsValue(QStringLiteral("false")))
                std::abort();
        }
        return 0;
    }
    case 1: {
        const JsonReader::Result before = JsonReader::parseUtf8(content);
        const ConfigTextEdit edit = JsonConfigEditor::setValue(content, Key, "false");
        if (!before.ok || !before.value.isObject() || !edit.ok)
            return 0;
        const JsonReader::Result after = JsonReader::parseUtf8(edit.apply(content));
        if (!after.ok || withoutKey(before.value.members()) != withoutKey(after.value.members()))
            std::abort();
        const JsValue value = after.value.member(Key);
        if (value != JsValue(false) && value != JsValue(QStringLiteral("false")))
            std::abort();
        return 0;
    }
    default: {
        const ConfigTextEdit edit = YamlConfigEditor::setValue(content, Key, "false");
        if (edit.ok)
            YamlConfigReader::parse(edit.apply(content));
        return 0;
    }
    }
}
