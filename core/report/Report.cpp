// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "json/JsonWriter.h"
#include "report/FieldCatalog.h"

Report::Report()
{
    for (const FieldCatalog::Field &catalogField : FieldCatalog::fields()) {
        ReportField field;
        field.key = QLatin1String(catalogField.key);
        m_fields.append(field);
    }
}

void Report::setField(const ReportField &field)
{
    for (ReportField &existing : m_fields) {
        if (existing.key == field.key) {
            existing = field;
            return;
        }
    }
    Q_ASSERT_X(false, "Report::setField", "key is not in the field catalog");
}

void Report::setValue(const QString &key, const JsValue &value, const QString &provenance)
{
    ReportField field;
    field.key = key;
    field.value = value;
    field.provenance = provenance;
    setField(field);
}

const ReportField *Report::field(const QString &key) const
{
    for (const ReportField &field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

JsValue Report::value(const QString &key) const
{
    const ReportField *found = field(key);
    return found ? found->value : JsValue();
}

JsValue Report::toJsValue() const
{
    QList<JsValue::Member> members;
    members.reserve(m_fields.size());
    for (const ReportField &field : m_fields)
        members.append({field.key, field.value});
    return JsValue::object(members);
}

QByteArray Report::wireBytes() const
{
    return JsonWriter::stringify(toJsValue());
}

QByteArray Report::prettyJson() const
{
    return JsonWriter::stringifyPretty(toJsValue());
}

void Report::addWarning(const QString &warning)
{
    if (!m_warnings.contains(warning))
        m_warnings.append(warning);
}

void Report::setDirectusWouldFail(const QString &reason)
{
    if (m_directusFailure.isEmpty())
        m_directusFailure = reason;
    else if (!m_directusFailure.contains(reason))
        m_directusFailure += QStringLiteral("; ") + reason;
}
