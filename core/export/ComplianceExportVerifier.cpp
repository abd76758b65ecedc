// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceExportVerifier.h"

#include "export/ComplianceExport.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCryptographicHash>

namespace {

// A path into the document and the JSON type expected there.
struct Expected
{
    const char *path; // members separated by '.'
    const char *type; // as JsValue::jsonTypeName()
};

const QList<Expected> &expectedMembers()
{
    static const QList<Expected> members {
        {"format", "string"},
        {"formatVersion", "number"},
        {"createdAt", "string"},
        {"inspector", "object"},
        {"inspector.version", "string"},
        {"directus", "object"},
        {"directus.version", "string"},
        {"database", "object"},
        {"database.client", "string"},
        {"destination", "object"},
        {"telemetry", "object"},
        {"telemetry.requested", "boolean"},
        {"telemetry.effective", "boolean"},
        {"telemetry.reason", "string"},
        {"payload", "object"},
        {"payload.sha256", "string"},
        {"payload.byteLength", "number"},
        {"payload.bytes", "string"},
        {"payload.parsed", "object"},
        {"fields", "array"},
        {"redaction", "array"},
    };
    return members;
}

JsValue at(const JsValue &root, const QString &path)
{
    JsValue value = root;
    for (const QString &name : path.split(QLatin1Char('.')))
        value = value.member(name);
    return value;
}

} // namespace

ComplianceExportVerifier::Result ComplianceExportVerifier::verify(const QByteArray &document)
{
    Result result;
    const auto add = [&result](const QString &id, bool passed, const QString &detail) {
        result.checks.append({id, passed, detail});
        return passed;
    };

    const JsonReader::Result parsed = JsonReader::parseUtf8(document);
    if (!add(QStringLiteral("json"), parsed.ok && parsed.value.isObject(),
             parsed.ok
                 ? (parsed.value.isObject()
                        ? tr("one JSON object")
                        : tr("the document is a JSON %1, not an object").arg(parsed.value.jsonTypeName()))
                 : tr("not valid JSON: %1").arg(parsed.error)))
        return result;
    const JsValue root = parsed.value;

    const QString format = root.member(QStringLiteral("format")).toString();
    const JsValue version = root.member(QStringLiteral("formatVersion"));
    if (!add(QStringLiteral("format"),
             format == QLatin1String(ComplianceExport::FormatName) && version.isNumber()
                 && version.toNumber() == ComplianceExport::FormatVersion,
             tr("format \"%1\" version %2 (expected \"%3\" version %4)")
                 .arg(format, version.jsString(), QLatin1String(ComplianceExport::FormatName))
                 .arg(ComplianceExport::FormatVersion)))
        return result;

    QStringList wrong;
    for (const Expected &expected : expectedMembers()) {
        const JsValue value = at(root, QLatin1String(expected.path));
        if (value.jsonTypeName() != QLatin1String(expected.type))
            wrong.append(
                tr("%1 is %2, expected %3")
                    .arg(QLatin1String(expected.path), value.jsonTypeName(), QLatin1String(expected.type)));
    }
    if (!add(QStringLiteral("structure"), wrong.isEmpty(),
             wrong.isEmpty()
                 ? tr("all %1 required members present, each of the right type").arg(expectedMembers().size())
                 : wrong.join(QStringLiteral("; "))))
        return result;

    const JsValue payload = root.member(QStringLiteral("payload"));
    const QByteArray bytes = payload.member(QStringLiteral("bytes")).toString().toUtf8();
    const QString recorded = payload.member(QStringLiteral("sha256")).toString();
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    add(QStringLiteral("sha256"), recorded == actual,
        recorded == actual
            ? tr("SHA-256 of the payload bytes is %1, as recorded").arg(actual)
            : tr("SHA-256 of the payload bytes is %1, but the export records %2").arg(actual, recorded));

    const double length = payload.member(QStringLiteral("byteLength")).toNumber();
    add(QStringLiteral("length"), length == double(bytes.size()),
        tr("%1 payload bytes; recorded: %2").arg(bytes.size()).arg(JsValue::numberToString(length)));

    const JsonReader::Result reparsed = JsonReader::parseUtf8(bytes);
    const JsValue recordedParsed = payload.member(QStringLiteral("parsed"));
    add(QStringLiteral("parsed"), reparsed.ok && reparsed.value == recordedParsed,
        !reparsed.ok ? tr("the payload bytes are not valid JSON: %1").arg(reparsed.error)
            : reparsed.value == recordedParsed
            ? tr("the parsed payload equals the payload bytes")
            : tr("the parsed payload differs from what the payload bytes say"));

    const QByteArray canonical = JsonWriter::stringify(recordedParsed);
    add(QStringLiteral("canonical"), canonical == bytes,
        canonical == bytes ? tr("the payload bytes are exactly JSON.stringify of the parsed payload")
                           : tr("the payload bytes are not JSON.stringify of the parsed payload (extra "
                                "whitespace, reordered keys or other edits)"));

    QStringList documented;
    const JsValue fields = root.member(QStringLiteral("fields")); // kept alive: elements() is a reference
    for (const JsValue &field : fields.elements()) {
        if (field.member(QStringLiteral("inPayload")).toBool())
            documented.append(field.member(QStringLiteral("key")).toString());
    }
    QStringList undocumented;
    for (const auto &[key, value] : recordedParsed.members()) {
        Q_UNUSED(value)
        if (!documented.contains(key))
            undocumented.append(key);
    }
    add(QStringLiteral("documented"),
        undocumented.isEmpty() && documented.size() == recordedParsed.members().size(),
        undocumented.isEmpty() && documented.size() == recordedParsed.members().size()
            ? tr("each of the %1 payload keys has its documentation").arg(recordedParsed.members().size())
            : tr("payload keys without documentation: %1; documented as sent: %2")
                  .arg(undocumented.join(QStringLiteral(", ")))
                  .arg(documented.size()));

    QStringList disagreements;
    const JsValue directusVersion = at(root, QStringLiteral("directus.version"));
    if (recordedParsed.member(QStringLiteral("version")) != directusVersion)
        disagreements.append(tr("the payload's version is %1, the export says Directus %2")
                                 .arg(recordedParsed.member(QStringLiteral("version")).jsString(),
                                      directusVersion.jsString()));
    const JsValue family = at(root, QStringLiteral("database.family"));
    if (recordedParsed.member(QStringLiteral("database")) != family)
        disagreements.append(
            tr("the payload's database is %1, the export says %2")
                .arg(recordedParsed.member(QStringLiteral("database")).jsString(), family.jsString()));
    add(QStringLiteral("consistent"), disagreements.isEmpty(),
        disagreements.isEmpty() ? tr("the Directus version and database family agree with the payload")
                                : disagreements.join(QStringLiteral("; ")));

    result.ok = std::all_of(result.checks.cbegin(), result.checks.cend(),
                            [](const Check &check) { return check.passed; });
    return result;
}
