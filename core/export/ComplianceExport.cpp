// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceExport.h"

#include "Version.h"
#include "json/JsonWriter.h"
#include "report/FieldCatalog.h"
#include "send/TelemetryRequest.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QUrl>

namespace {

JsValue stringList(const QStringList &strings)
{
    QList<JsValue> elements;
    for (const QString &text : strings)
        elements.append(JsValue(text));
    return JsValue::array(elements);
}

JsValue orNull(const QString &text)
{
    return text.isEmpty() ? JsValue::null() : JsValue(text);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ComplianceExport::ComplianceExport(Clock clock, const QString &inspectorVersion)
    : m_clock(std::move(clock))
    , m_inspectorVersion(inspectorVersion.isEmpty() ? QStringLiteral(DTI_VERSION) : inspectorVersion)
{
}

ComplianceExport::Destination ComplianceExport::destination(const ProjectConfig &config)
{
    // The sender's own reading of TELEMETRY_URL (spec §11), so the export names where `send` would post.
    const TelemetryRequest request = TelemetryRequest::fromConfig(config, {});
    Destination result;
    result.url = request.url().isValid() ? request.destination() : QString();
    result.problem = request.invalidReason();
    result.credentialsWithheld
        = !QUrl(config.value(QStringLiteral("TELEMETRY_URL")).jsString()).userInfo().isEmpty();
    result.authorization = request.hasAuthorization();
    return result;
}

QByteArray ComplianceExport::build(const ProjectConfig &config, const ReportEngine::Outcome &outcome,
                                   const TelemetryGate::State &gate) const
{
    const Report &report = outcome.report;
    const QByteArray payload = report.wireBytes();

    const JsValue inspector = JsValue::object({
        {QStringLiteral("name"), JsValue(QStringLiteral(DTI_APP_BINARY))},
        {QStringLiteral("version"), JsValue(m_inspectorVersion)},
    });
    const JsValue directus = JsValue::object({
        {QStringLiteral("version"), JsValue(config.directusVersion())},
        {QStringLiteral("versionSource"), JsValue(config.directusVersionSource())},
    });
    const JsValue database = JsValue::object({
        {QStringLiteral("client"), JsValue(config.value(QStringLiteral("DB_CLIENT")).jsString())},
        {QStringLiteral("family"), report.value(QStringLiteral("database"))},
    });

    const Destination where = destination(config);
    const JsValue destinationObject = JsValue::object({
        {QStringLiteral("method"), JsValue(QStringLiteral("POST"))},
        {QStringLiteral("url"), where.url.isEmpty() ? JsValue::null() : JsValue(where.url)},
        {QStringLiteral("problem"), orNull(where.problem)},
        {QStringLiteral("credentialsWithheld"), JsValue(where.credentialsWithheld)},
        {QStringLiteral("authorizationHeader"),
         JsValue(where.authorization ? QStringLiteral("sent (value withheld)") : QStringLiteral("not sent"))},
    });

    const JsValue licence = JsValue::object({
        {QStringLiteral("source"), orNull(gate.licenceSource)},
        {QStringLiteral("verified"), JsValue(gate.licence.verified)},
        {QStringLiteral("failure"), orNull(gate.licence.verified ? QString() : gate.licence.failure)},
        {QStringLiteral("subject"), orNull(gate.licence.subject)},
        {QStringLiteral("expires"),
         gate.licence.expires.isValid() ? JsValue(isoUtc(gate.licence.expires)) : JsValue::null()},
        {QStringLiteral("telemetryRequired"),
         gate.licence.telemetryRequired ? JsValue(*gate.licence.telemetryRequired) : JsValue::null()},
    });
    const JsValue telemetry = JsValue::object({
        {QStringLiteral("requested"), JsValue(gate.requested)},
        {QStringLiteral("requestedValue"), JsValue(gate.requestedValue)},
        {QStringLiteral("effective"), JsValue(gate.effective)},
        {QStringLiteral("reason"), JsValue(TelemetryGate::reasonName(gate.reason))},
        {QStringLiteral("explanation"), JsValue(gate.explanation)},
        {QStringLiteral("licence"), licence},
    });

    const JsValue payloadObject = JsValue::object({
        {QStringLiteral("sha256"),
         JsValue(QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()))},
        {QStringLiteral("byteLength"), JsValue(qint64(payload.size()))},
        // The bytes are UTF-8 JSON text, so as a string they come back byte for byte.
        {QStringLiteral("bytes"), JsValue(QString::fromUtf8(payload))},
        {QStringLiteral("parsed"), report.toJsValue()},
    });

    QList<JsValue> fields;
    for (const ReportField &field : report.fields()) {
        const FieldCatalog::Field *entry = FieldCatalog::find(field.key);
        fields.append(JsValue::object({
            {QStringLiteral("key"), JsValue(field.key)},
            {QStringLiteral("inPayload"), JsValue(!field.value.isUndefined())},
            // The catalog's English texts, not the translated ones: an export reads the same in every
            // language.
            {QStringLiteral("category"),
             entry ? JsValue(QString::fromUtf8(FieldCatalog::categorySourceName(entry->category)))
                   : JsValue::null()},
            {QStringLiteral("type"), entry ? JsValue(FieldCatalog::typeName(entry->type)) : JsValue::null()},
            {QStringLiteral("description"),
             entry ? JsValue(QString::fromUtf8(entry->description)) : JsValue::null()},
            {QStringLiteral("provenance"), JsValue(field.provenance)},
            {QStringLiteral("exactness"), JsValue(ReportField::exactnessName(field.exactness))},
            {QStringLiteral("note"), orNull(field.note)},
        }));
    }

    QList<JsValue> verdicts;
    for (const RedactionVerdict &verdict : outcome.verdicts) {
        verdicts.append(JsValue::object({
            {QStringLiteral("id"), JsValue(verdict.id)},
            {QStringLiteral("title"), JsValue(verdict.title)},
            {QStringLiteral("status"), JsValue(RedactionVerdict::statusName(verdict.status))},
            {QStringLiteral("summary"), JsValue(verdict.summary)},
            {QStringLiteral("findings"), stringList(verdict.findings)},
        }));
    }

    const JsValue document = JsValue::object({
        {QStringLiteral("format"), JsValue(QString::fromLatin1(FormatName))},
        {QStringLiteral("formatVersion"), JsValue(FormatVersion)},
        {QStringLiteral("createdAt"), JsValue(isoUtc(m_clock()))},
        {QStringLiteral("inspector"), inspector},
        {QStringLiteral("directus"), directus},
        {QStringLiteral("database"), database},
        {QStringLiteral("destination"), destinationObject},
        {QStringLiteral("telemetry"), telemetry},
        {QStringLiteral("directusWouldSendNothing"), orNull(report.directusFailureReason())},
        {QStringLiteral("payload"), payloadObject},
        {QStringLiteral("fields"), JsValue::array(fields)},
        {QStringLiteral("redaction"), JsValue::array(verdicts)},
        {QStringLiteral("warnings"), stringList(report.warnings())},
    });
    return JsonWriter::stringifyPretty(document) + '\n';
}

bool ComplianceExport::save(const QString &path, const QByteArray &document, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
        *errorMessage = tr("Cannot write the export %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
