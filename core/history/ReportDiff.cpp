// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDiff.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace {

QString shown(const JsValue &value)
{
    return QString::fromUtf8(JsonWriter::stringify(value));
}

} // namespace

ReportDiff ReportDiff::between(const QByteArray &older, const QByteArray &newer)
{
    ReportDiff diff;
    const JsonReader::Result before = JsonReader::parseUtf8(older);
    const JsonReader::Result after = JsonReader::parseUtf8(newer);
    if (!before.ok || !before.value.isObject()) {
        diff.m_error = tr("the older report is not a JSON object (%1)")
                           .arg(before.ok ? tr("wrong type") : before.error);
        return diff;
    }
    if (!after.ok || !after.value.isObject()) {
        diff.m_error
            = tr("the newer report is not a JSON object (%1)").arg(after.ok ? tr("wrong type") : after.error);
        return diff;
    }
    for (const JsValue::Member &member : after.value.members()) {
        if (!before.value.hasMember(member.first)) {
            diff.m_changes.append({Change::Type::Added, member.first, QString(), shown(member.second)});
            continue;
        }
        const JsValue old = before.value.member(member.first);
        if (old != member.second || old.type() != member.second.type())
            diff.m_changes.append({Change::Type::Changed, member.first, shown(old), shown(member.second)});
    }
    for (const JsValue::Member &member : before.value.members()) {
        if (!after.value.hasMember(member.first))
            diff.m_changes.append({Change::Type::Removed, member.first, shown(member.second), QString()});
    }
    return diff;
}

QStringList ReportDiff::lines() const
{
    QStringList result;
    for (const Change &change : m_changes) {
        switch (change.type) {
        case Change::Type::Changed:
            result.append(QStringLiteral("%1 %2 → %3").arg(change.key, change.before, change.after));
            break;
        case Change::Type::Added:
            result.append(tr("+ %1 %2 (added)").arg(change.key, change.after));
            break;
        case Change::Type::Removed:
            result.append(tr("- %1 %2 (removed)").arg(change.key, change.before));
            break;
        }
    }
    return result;
}
