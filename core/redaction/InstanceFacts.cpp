// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstanceFacts.h"

#include "config/ProjectConfig.h"
#include "db/DatabaseError.h"
#include "db/DatabaseSettings.h"
#include "db/SqlSession.h"
#include "secrets/DirectusDecryptor.h"

#include <QRegularExpression>

namespace {
bool isSecretKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^(SECRET|.*_(PASSWORD|KEY|TOKEN|SECRET))$"));
    return pattern.match(key).hasMatch() || key == QLatin1String("TELEMETRY_AUTHORIZATION")
        || key == QLatin1String("DB_CONNECTION_STRING") || key == QLatin1String("ADMIN_EMAIL");
}

// Duplicates are removed once at the end (removeDuplicates()): checking each time was quadratic on tables of
// 100 000 names (found by the benchmark).
void addValue(QStringList &values, const QString &value)
{
    if (!value.isEmpty())
        values.append(value);
}

void removeDuplicates(InstanceFacts &facts)
{
    for (QList<InstanceFacts::Group> *groups :
         {&facts.identifiers, &facts.people, &facts.secrets, &facts.environment}) {
        for (InstanceFacts::Group &group : *groups)
            group.values.removeDuplicates();
    }
    facts.allowedValues.removeDuplicates();
}

QStringList readColumn(SqlSession &session, const QString &table, const QString &column,
                       QStringList &unreadable)
{
    QStringList values;
    if (!session.hasColumn(table, column)) {
        unreadable.append(QStringLiteral("%1.%2").arg(table, column));
        return values;
    }
    const Dialect &dialect = session.dialect();
    const auto rows = session.rows(QStringLiteral("select distinct %1 from %2 where %1 is not null")
                                       .arg(dialect.quoteIdentifier(column), dialect.quoteIdentifier(table)));
    for (const QVariantList &row : rows)
        addValue(values, row.value(0).toString());
    return values;
}
} // namespace

void InstanceFacts::addConfig(const ProjectConfig &config)
{
    const JsValue url = config.value(QStringLiteral("PUBLIC_URL"));
    publicUrl = url.isUndefined() ? QStringLiteral("/") : url.jsString();
    addValue(allowedValues, config.directusVersion());
    addValue(allowedValues,
             DatabaseSettings::reportedClientName(config.value(QStringLiteral("DB_CLIENT")).jsString()));

    Group secretEnv {tr("secret configuration value"), {}};
    Group otherEnv {tr("configuration value"), {}};
    for (const QString &key : config.keys()) {
        if (config.origin(key).kind == ProjectConfig::Origin::Kind::Default)
            continue;
        // PUBLIC_URL is documented as sent; DB_CLIENT is sent in its reported form.
        if (key == QLatin1String("PUBLIC_URL") || key == QLatin1String("DB_CLIENT"))
            continue;
        const JsValue value = config.value(key);
        QStringList texts;
        if (value.isArray()) {
            for (const JsValue &element : value.elements())
                texts.append(element.jsString());
        } else if (value.isString()) {
            texts.append(value.toString());
        }
        for (const QString &text : texts)
            addValue(isSecretKey(key) ? secretEnv.values : otherEnv.values, text);
    }
    secrets.append(secretEnv);
    environment.append(otherEnv);
}

InstanceFacts InstanceFacts::fromConfig(const ProjectConfig &config)
{
    InstanceFacts facts;
    facts.addConfig(config);
    facts.unreadable.append(tr("the database (not opened)"));
    removeDuplicates(facts);
    return facts;
}

InstanceFacts InstanceFacts::gather(SqlSession &session, const ProjectConfig &config)
{
    InstanceFacts facts;
    facts.addConfig(config);
    QStringList &unreadable = facts.unreadable;

    // Schema names: every table, the registered collections, the registered fields and the columns of each
    // table.
    Group collections {tr("collection name"), {}};
    Group fields {tr("field name"), {}};
    for (const Dialect::Table &table : session.dialect().schemaOverview(session, config)) {
        addValue(collections.values, table.name);
        if (!table.name.startsWith(QLatin1String("directus_"))) {
            for (const QString &column : session.columns(table.name))
                addValue(fields.values, column);
        }
    }
    for (const QString &name : readColumn(session, QStringLiteral("directus_collections"),
                                          QStringLiteral("collection"), unreadable))
        addValue(collections.values, name);
    for (const QString &name :
         readColumn(session, QStringLiteral("directus_fields"), QStringLiteral("field"), unreadable))
        addValue(fields.values, name);
    facts.identifiers.append(collections);
    facts.identifiers.append(fields);

    struct NamedObjects
    {
        const char *kind;
        const char *table;
        QStringList columns;
    };
    const QList<NamedObjects> objects = {
        {QT_TR_NOOP("role name"), "directus_roles", {QStringLiteral("name")}},
        {QT_TR_NOOP("policy name"), "directus_policies", {QStringLiteral("name")}},
        {QT_TR_NOOP("flow name"), "directus_flows", {QStringLiteral("name")}},
        {QT_TR_NOOP("dashboard name"), "directus_dashboards", {QStringLiteral("name")}},
        {QT_TR_NOOP("share name"), "directus_shares", {QStringLiteral("name")}},
        {QT_TR_NOOP("folder name"), "directus_folders", {QStringLiteral("name")}},
        {QT_TR_NOOP("file name or title"),
         "directus_files",
         {QStringLiteral("filename_download"), QStringLiteral("filename_disk"), QStringLiteral("title")}},
    };
    for (const NamedObjects &object : objects) {
        Group group {tr(object.kind), {}};
        for (const QString &column : object.columns) {
            for (const QString &value : readColumn(session, QLatin1String(object.table), column, unreadable))
                addValue(group.values, value);
        }
        facts.identifiers.append(group);
    }

    Group emails {tr("user email"),
                  readColumn(session, QStringLiteral("directus_users"), QStringLiteral("email"), unreadable)};
    Group names {tr("user name"), {}};
    for (const char *column : {"first_name", "last_name"}) {
        for (const QString &value :
             readColumn(session, QStringLiteral("directus_users"), QLatin1String(column), unreadable))
            addValue(names.values, value);
    }
    facts.people = {emails, names};

    // Stored AI keys (raw and, with SECRET, decrypted), the AI prompt and the licence token.
    Group stored {tr("stored AI key, AI prompt or licence token"), {}};
    const QByteArray secret = config.value(QStringLiteral("SECRET")).jsString().toUtf8();
    for (const char *column : {"ai_openai_api_key", "ai_anthropic_api_key", "license_token"}) {
        for (const QString &value :
             readColumn(session, QStringLiteral("directus_settings"), QLatin1String(column), unreadable)) {
            addValue(stored.values, value);
            if (config.contains(QStringLiteral("SECRET"))) {
                if (const auto plain = DirectusDecryptor::decrypt(value, secret))
                    addValue(stored.values, *plain);
            }
        }
    }
    for (const QString &prompt : readColumn(session, QStringLiteral("directus_settings"),
                                            QStringLiteral("ai_system_prompt"), unreadable))
        addValue(stored.values, prompt);
    facts.secrets.append(stored);

    for (const QString &projectId :
         readColumn(session, QStringLiteral("directus_settings"), QStringLiteral("project_id"), unreadable))
        addValue(facts.allowedValues, projectId);
    removeDuplicates(facts);
    return facts;
}
