// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseSettings.h"

#include "config/ProjectConfig.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseSettings", text);
}

QString stringValue(const ProjectConfig &config, const char *key)
{
    const JsValue value = config.value(QLatin1String(key));
    return value.isUndefined() ? QString() : value.jsString();
}

// Directus checks presence, not content: an empty value still counts (spec §4.2).
QStringList missingKeys(const ProjectConfig &config, const QStringList &keys)
{
    QStringList missing;
    for (const QString &key : keys) {
        if (!config.contains(key))
            missing.append(key);
    }
    return missing;
}
} // namespace

QString DatabaseSettings::reportedClientName(const QString &dbClient)
{
    if (dbClient == QLatin1String("pg") || dbClient == QLatin1String("postgres")
        || dbClient == QLatin1String("postgresql"))
        return QStringLiteral("postgres");
    if (dbClient == QLatin1String("cockroachdb"))
        return QStringLiteral("cockroachdb");
    if (dbClient == QLatin1String("mysql") || dbClient == QLatin1String("mysql2"))
        return QStringLiteral("mysql");
    if (dbClient == QLatin1String("sqlite3") || dbClient == QLatin1String("sqlite"))
        return QStringLiteral("sqlite");
    if (dbClient == QLatin1String("oracledb") || dbClient == QLatin1String("oracle"))
        return QStringLiteral("oracle");
    if (dbClient == QLatin1String("mssql"))
        return QStringLiteral("mssql");
    if (dbClient == QLatin1String("redshift"))
        return QStringLiteral("redshift");
    return QString();
}

std::optional<DatabaseSettings> DatabaseSettings::fromConfig(const ProjectConfig &config,
                                                             QString *errorMessage)
{
    const QString where = config.configFileExists() ? config.configFilePath() : tr("the server environment");
    if (!config.contains(QStringLiteral("DB_CLIENT"))) {
        *errorMessage = tr("DB_CLIENT is not set (looked in %1). Directus needs it to start; set it in the "
                           "project's configuration or pass --env DB_CLIENT=... if the server sets it in its "
                           "environment.")
                            .arg(where);
        return std::nullopt;
    }
    DatabaseSettings settings;
    settings.configuredClient = stringValue(config, "DB_CLIENT");
    settings.clientName = reportedClientName(settings.configuredClient);
    if (settings.clientName.isEmpty()) {
        *errorMessage
            = tr("Unknown DB_CLIENT \"%1\" (in %2): Directus 12.4.1 would not start. Use one of sqlite3, "
                 "pg, mysql, cockroachdb, mssql, oracledb.")
                  .arg(settings.configuredClient, where);
        return std::nullopt;
    }

    // Required variables per client, as Directus checks them before connecting (spec §4.2).
    const QString client = settings.configuredClient;
    QStringList required;
    if (client == QLatin1String("sqlite3")) {
        required = {QStringLiteral("DB_FILENAME")};
    } else if (client == QLatin1String("pg") || client == QLatin1String("cockroachdb")) {
        if (!config.contains(QStringLiteral("DB_CONNECTION_STRING")))
            required = {QStringLiteral("DB_HOST"), QStringLiteral("DB_PORT"), QStringLiteral("DB_DATABASE"),
                        QStringLiteral("DB_USER")};
    } else if (client == QLatin1String("mysql") && config.contains(QStringLiteral("DB_SOCKET_PATH"))) {
        required = {QStringLiteral("DB_DATABASE"), QStringLiteral("DB_USER"), QStringLiteral("DB_PASSWORD"),
                    QStringLiteral("DB_SOCKET_PATH")};
    } else if (client == QLatin1String("oracledb") && config.contains(QStringLiteral("DB_CONNECT_STRING"))) {
        required
            = {QStringLiteral("DB_USER"), QStringLiteral("DB_PASSWORD"), QStringLiteral("DB_CONNECT_STRING")};
    } else if (client == QLatin1String("mssql") && config.contains(QStringLiteral("DB_TYPE"))
               && stringValue(config, "DB_TYPE") != QLatin1String("default")) {
        required = {};
    } else {
        required = {QStringLiteral("DB_HOST"), QStringLiteral("DB_PORT"), QStringLiteral("DB_DATABASE"),
                    QStringLiteral("DB_USER"), QStringLiteral("DB_PASSWORD")};
    }
    const QStringList missing = missingKeys(config, required);
    if (!missing.isEmpty()) {
        *errorMessage
            = tr("DB_CLIENT=%1 needs %2, which %3 not set (looked in %4). Directus would not start.")
                  .arg(client, missing.join(QStringLiteral(", ")), missing.size() == 1 ? tr("is") : tr("are"),
                       where);
        return std::nullopt;
    }

    settings.host = stringValue(config, "DB_HOST");
    // An unset or non-numeric DB_PORT is NaN; converting that to int is undefined behaviour (found by UBSan).
    const double port = config.value(QStringLiteral("DB_PORT")).jsNumber();
    settings.port = std::isfinite(port) && port > 0 && port < 65536 ? static_cast<int>(port) : 0;
    settings.databaseName = stringValue(config, "DB_DATABASE");
    settings.user = stringValue(config, "DB_USER");
    settings.password = stringValue(config, "DB_PASSWORD");
    settings.socketPath = stringValue(config, "DB_SOCKET_PATH");
    settings.connectionString = stringValue(config, "DB_CONNECTION_STRING");
    const JsValue searchPath = config.value(QStringLiteral("DB_SEARCH_PATH"));
    if (!searchPath.isUndefined())
        settings.searchPath = searchPath.jsString();

    if (settings.clientName == QLatin1String("sqlite")) {
        settings.client = Client::Sqlite;
        settings.sqliteFile = config.resolvePath(stringValue(config, "DB_FILENAME"));
    } else if (settings.clientName == QLatin1String("postgres")) {
        settings.client = Client::Postgres;
    } else if (settings.clientName == QLatin1String("mysql")) {
        settings.client = Client::MySql;
    } else {
        *errorMessage
            = tr("DB_CLIENT \"%1\" (%2) is valid for Directus, but this version of the inspector can only "
                 "read SQLite databases.")
                  .arg(client, settings.clientName);
        return std::nullopt;
    }
    return settings;
}

QString DatabaseSettings::describe() const
{
    if (client == Client::Sqlite)
        return sqliteFile;
    if (!socketPath.isEmpty())
        return QStringLiteral("%1 (socket %2)").arg(databaseName, socketPath);
    return QStringLiteral("%1 on %2:%3").arg(databaseName, host).arg(port);
}
