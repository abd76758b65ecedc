// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsFields.h"

#include "config/EnvCaster.h"
#include "config/ProjectConfig.h"
#include "db/SqlSession.h"
#include "json/JsonReader.h"
#include "report/Report.h"
#include "secrets/DirectusDecryptor.h"

namespace {
const QString SettingsTable = QStringLiteral("directus_settings");

// cast-json special: a string is parsed; when parsing fails the string is kept.
JsValue castJson(const JsValue &value)
{
    if (!value.isString())
        return value;
    const auto parsed = JsonReader::parse(value.toString());
    return parsed.ok ? parsed.value : value;
}

// `s.visual_editor_urls?.length ?? 0` when truthy: arrays count elements, strings UTF-16 units, objects give
// their own length property as it is.
JsValue lengthOf(const JsValue &value)
{
    if (!value.isTruthy())
        return JsValue(0);
    if (value.isArray())
        return JsValue(static_cast<qint64>(value.elements().size()));
    if (value.isString())
        return JsValue(static_cast<qint64>(value.toString().size()));
    if (value.isObject()) {
        const JsValue length = value.member(QStringLiteral("length"));
        return length.isNullish() ? JsValue(0) : length;
    }
    return JsValue(0);
}

// Live schema default of a column, converted by its type as Directus does when there is no settings row.
JsValue defaultFor(const Dialect::Column &column)
{
    if (column.defaultValue.isNull())
        return JsValue();
    const QString text = column.defaultValue.toString();
    const QString type = column.type;
    if (type.startsWith(QLatin1String("bool")) || type == QLatin1String("tinyint(1)")
        || type == QLatin1String("bit")) {
        if (text == QLatin1String("0") || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return JsValue(false);
        return JsValue(true);
    }
    if (type.contains(QLatin1String("int")) || type.contains(QLatin1String("float"))
        || type.contains(QLatin1String("double")) || type.contains(QLatin1String("real"))
        || type.contains(QLatin1String("decimal")) || type.contains(QLatin1String("numeric")))
        return JsValue(JsValue::stringToNumber(text));
    if (type.contains(QLatin1String("json")))
        return castJson(JsValue(text));
    return JsValue(text);
}
} // namespace

const QStringList &SettingsFields::settingsColumns()
{
    static const QStringList columns = {
        QStringLiteral("project_id"),
        QStringLiteral("mcp_enabled"),
        QStringLiteral("mcp_allow_deletes"),
        QStringLiteral("mcp_system_prompt_enabled"),
        QStringLiteral("visual_editor_urls"),
        QStringLiteral("ai_openai_api_key"),
        QStringLiteral("ai_anthropic_api_key"),
        QStringLiteral("ai_system_prompt"),
        QStringLiteral("collaborative_editing_enabled"),
        QStringLiteral("id"),
    };
    return columns;
}

QString SettingsFields::title() const
{
    return tr("Reading project settings");
}

void SettingsFields::collect(CollectorContext &context, Report &report) const
{
    SqlSession &session = context.session;
    const Dialect &dialect = session.dialect();
    const QList<Dialect::Column> columnInfo = session.columnInfo(SettingsTable);
    QStringList present, missing;
    for (const QString &column : settingsColumns()) {
        bool found = false;
        for (const Dialect::Column &info : columnInfo)
            found = found || info.name == column;
        (found ? present : missing).append(column);
    }

    // s: the row with Directus's specials applied, or the schema defaults when there is no row.
    QHash<QString, JsValue> s;
    bool hasRow = false;
    if (present.contains(QStringLiteral("id"))) {
        QStringList quoted;
        for (const QString &column : present)
            quoted.append(dialect.quoteIdentifier(column));
        const auto rows
            = session.rows(QStringLiteral("select %1 from %2 order by %3 asc limit 1")
                               .arg(quoted.join(QStringLiteral(", ")), dialect.quoteIdentifier(SettingsTable),
                                    dialect.quoteIdentifier(QStringLiteral("id"))));
        if (!rows.isEmpty()) {
            hasRow = true;
            for (qsizetype i = 0; i < present.size(); ++i)
                s.insert(present.at(i), SqlSession::toJsValue(rows.first().value(i)));
        }
    }
    const bool specialsApply = hasRow;
    if (!hasRow) {
        for (const Dialect::Column &info : columnInfo) {
            if (settingsColumns().contains(info.name))
                s.insert(info.name, defaultFor(info));
        }
    }
    const auto get = [&](const char *column) { return s.value(QLatin1String(column)); };
    const QString fromSettings = hasRow
        ? QStringLiteral("directus_settings.%1 (first row by id)")
        : QStringLiteral("default of column directus_settings.%1 (no settings row)");
    const auto provenance = [&](const char *column) { return fromSettings.arg(QLatin1String(column)); };

    report.setValue(QStringLiteral("project_id"), hasRow ? get("project_id") : JsValue(),
                    provenance("project_id"));

    for (const char *flag : {"mcp_enabled", "mcp_allow_deletes", "mcp_system_prompt_enabled"}) {
        const JsValue value = specialsApply ? SqlSession::castBoolean(get(flag)) : get(flag);
        report.setValue(QLatin1String(flag), value.isTruthy() ? value : JsValue(false), provenance(flag));
    }

    const JsValue urls = specialsApply ? castJson(get("visual_editor_urls")) : get("visual_editor_urls");
    report.setValue(QStringLiteral("visual_editor_urls"), lengthOf(urls), provenance("visual_editor_urls"));

    // The AI keys are stored encrypted with SECRET; Directus sends true only when the value decrypts to text.
    const JsValue secret = context.config.value(QStringLiteral("SECRET"));
    // An empty SECRET makes Directus use a random per-process key, so nothing decrypts.
    for (const char *keyColumn : {"ai_openai_api_key", "ai_anthropic_api_key"}) {
        ReportField field;
        field.key = QLatin1String(keyColumn);
        field.provenance = provenance(keyColumn);
        const JsValue stored = get(keyColumn);
        if (!specialsApply || !stored.isTruthy()) {
            field.value = JsValue(false);
        } else if (!context.config.contains(QStringLiteral("SECRET"))) {
            // The server may have SECRET in its process environment, which the inspector cannot see.
            field.value = JsValue(true);
            field.exactness = ReportField::Exactness::Approximate;
            field.note
                = tr("SECRET is not known to the inspector, so this only says a value is stored; Directus "
                     "sends true only if it decrypts with the server's SECRET (pass --env SECRET=... or "
                     "--env-file)");
        } else {
            QString why;
            const auto plain = secret.jsString().isEmpty()
                ? std::nullopt
                : DirectusDecryptor::decrypt(stored.jsString(), secret.jsString().toUtf8(), &why);
            if (secret.jsString().isEmpty())
                why = tr("SECRET is empty");
            field.value = JsValue(plain.has_value() && !plain->isEmpty());
            if (!plain)
                field.note
                    = tr("a value is stored but does not decrypt with SECRET (%1), so Directus sends false")
                          .arg(why);
        }
        report.setField(field);
    }

    report.setValue(QStringLiteral("ai_system_prompt"),
                    JsValue(specialsApply && get("ai_system_prompt").isTruthy()),
                    provenance("ai_system_prompt"));

    const JsValue collabEnv = context.config.value(QStringLiteral("WEBSOCKETS_COLLAB_ENABLED"));
    JsValue collab(false);
    if (EnvCaster::toBoolean(collabEnv.isNullish() ? JsValue(true) : collabEnv)) {
        const JsValue stored = specialsApply ? SqlSession::castBoolean(get("collaborative_editing_enabled"))
                                             : get("collaborative_editing_enabled");
        collab = stored.isNullish() ? JsValue(false) : stored;
    }
    report.setValue(QStringLiteral("collaborative_editing_enabled"), collab,
                    provenance("collaborative_editing_enabled")
                        + QStringLiteral(" and env WEBSOCKETS_COLLAB_ENABLED"));

    if (!missing.isEmpty()) {
        const QStringList keys = {QStringLiteral("project_id"),
                                  QStringLiteral("mcp_enabled"),
                                  QStringLiteral("mcp_allow_deletes"),
                                  QStringLiteral("mcp_system_prompt_enabled"),
                                  QStringLiteral("visual_editor_urls"),
                                  QStringLiteral("ai_openai_api_key"),
                                  QStringLiteral("ai_anthropic_api_key"),
                                  QStringLiteral("ai_system_prompt"),
                                  QStringLiteral("collaborative_editing_enabled")};
        const QString reason = columnInfo.isEmpty()
            ? tr("table directus_settings is missing")
            : tr("directus_settings lacks column(s) %1").arg(missing.join(QStringLiteral(", ")));
        markDirectusWouldFail(report, keys, reason);
    }
}
