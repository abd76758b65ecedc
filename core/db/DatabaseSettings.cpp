// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseSettings.h"

#include "config/ProjectConfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace {
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

// DB_SSL is a boolean; DB_SSL__* keys make it an object (spec §4.1). node's TLS verifies the certificate
// unless rejectUnauthorized is false.
void readTls(const ProjectConfig &config, DatabaseSettings *settings)
{
    bool isObject = false;
    for (const QString &key : config.keys()) {
        if (key.startsWith(QLatin1String("DB_SSL__"), Qt::CaseInsensitive))
            isObject = true;
    }
    const JsValue ssl = config.value(QStringLiteral("DB_SSL"));
    if (isObject) {
        const JsValue reject = config.value(QStringLiteral("DB_SSL__REJECT_UNAUTHORIZED"));
        const bool verify = reject.isUndefined() || reject.isTruthy();
        settings->tls = verify ? DatabaseSettings::Tls::VerifyFull : DatabaseSettings::Tls::Require;
    } else if (ssl.isTruthy()) {
        settings->tls = DatabaseSettings::Tls::VerifyFull;
    }
    settings->tlsCa = stringValue(config, "DB_SSL__CA");
    settings->tlsCert = stringValue(config, "DB_SSL__CERT");
    settings->tlsKey = stringValue(config, "DB_SSL__KEY");
}

// postgres://user:password@host:port/database?sslmode=... and mysql://... (the URL forms the pg and
// mysql2 drivers accept). Its parts replace DB_HOST, DB_PORT, DB_USER, DB_PASSWORD and DB_DATABASE.
bool applyConnectionString(DatabaseSettings *settings, QString *errorMessage)
{
    const QUrl url(settings->connectionString, QUrl::StrictMode);
    const QStringList schemes = settings->client == DatabaseSettings::Client::Postgres
        ? QStringList {QStringLiteral("postgres"), QStringLiteral("postgresql")}
        : QStringList {QStringLiteral("mysql"), QStringLiteral("mysql2")};
    if (!url.isValid() || !schemes.contains(url.scheme())) {
        *errorMessage = QCoreApplication::translate(
                            "DatabaseSettings",
                            "DB_CONNECTION_STRING is not a %1 URL (expected %2://user:password@host:port/"
                            "database).")
                            .arg(schemes.first(), schemes.first());
        return false;
    }
    const QUrlQuery query(url);
    settings->host = url.host();
    settings->port = url.port(0);
    settings->user = url.userName(QUrl::FullyDecoded);
    settings->password = url.password(QUrl::FullyDecoded);
    settings->databaseName = url.path(QUrl::FullyDecoded).mid(1);
    settings->socketPath.clear();
    if (query.hasQueryItem(QStringLiteral("host"))) {
        // A socket folder given as ?host=/run/postgresql
        settings->host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    }
    const QString sslmode = query.queryItemValue(QStringLiteral("sslmode"));
    const QString ssl = query.queryItemValue(QStringLiteral("ssl"));
    if (sslmode == QLatin1String("disable") || ssl == QLatin1String("0") || ssl == QLatin1String("false"))
        settings->tls = DatabaseSettings::Tls::Off;
    else if (sslmode == QLatin1String("no-verify"))
        settings->tls = DatabaseSettings::Tls::Require;
    else if (!sslmode.isEmpty() || ssl == QLatin1String("1") || ssl == QLatin1String("true"))
        // pg-connection-string treats prefer, require and verify-ca as verify-full.
        settings->tls = DatabaseSettings::Tls::VerifyFull;
    return true;
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
    const QString where = config.configFileExists()
        ? config.configFilePath()
        : QCoreApplication::translate("DatabaseSettings", "the server environment");
    if (!config.contains(QStringLiteral("DB_CLIENT"))) {
        *errorMessage
            = QCoreApplication::translate(
                  "DatabaseSettings",
                  "DB_CLIENT is not set (looked in %1). Directus needs it to start; set it in the "
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
            = QCoreApplication::translate(
                  "DatabaseSettings",
                  "Unknown DB_CLIENT \"%1\" (in %2): Directus 12.4.1 would not start. Use one of sqlite3, "
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
            = QCoreApplication::translate(
                  "DatabaseSettings",
                  "DB_CLIENT=%1 needs %2, which %3 not set (looked in %4). Directus would not start.")
                  .arg(client, missing.join(QStringLiteral(", ")),
                       missing.size() == 1 ? QCoreApplication::translate("DatabaseSettings", "is")
                                           : QCoreApplication::translate("DatabaseSettings", "are"),
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
    // A string gives one schema, an array (a value with commas, spec §3.4) is used as it is.
    const JsValue searchPath = config.value(QStringLiteral("DB_SEARCH_PATH"));
    if (searchPath.isArray()) {
        for (const JsValue &element : searchPath.elements())
            settings.searchPath.append(element.jsString());
    } else if (!searchPath.isNullish()) {
        settings.searchPath.append(searchPath.jsString());
    }
    readTls(config, &settings);

    if (settings.clientName == QLatin1String("sqlite")) {
        settings.client = Client::Sqlite;
        settings.sqliteFile = config.resolvePath(stringValue(config, "DB_FILENAME"));
    } else if (settings.clientName == QLatin1String("postgres")) {
        settings.client = Client::Postgres;
    } else if (settings.clientName == QLatin1String("mysql")) {
        settings.client = Client::MySql;
    } else {
        *errorMessage
            = QCoreApplication::translate(
                  "DatabaseSettings",
                  "DB_CLIENT \"%1\" (%2) is valid for Directus, but this version of the inspector can "
                  "only read SQLite, PostgreSQL and MySQL/MariaDB databases.")
                  .arg(client, settings.clientName);
        return std::nullopt;
    }
    // Directus hands the connection string to the driver in place of every other connection key.
    if (config.contains(QStringLiteral("DB_CONNECTION_STRING")) && settings.client != Client::Sqlite
        && !applyConnectionString(&settings, errorMessage))
        return std::nullopt;
    // A password typed for this run (--ask-password) is meant for whatever connection is configured,
    // connection string included.
    if (config.origin(QStringLiteral("DB_PASSWORD")).kind == ProjectConfig::Origin::Kind::CommandLine)
        settings.password = stringValue(config, "DB_PASSWORD");
    if (settings.client != Client::Sqlite && settings.port == 0 && settings.socketPath.isEmpty())
        settings.port = settings.client == Client::Postgres ? 5432 : 3306;
    return settings;
}

QString DatabaseSettings::describe() const
{
    if (client == Client::Sqlite)
        return sqliteFile;
    if (!socketPath.isEmpty())
        return QStringLiteral("%1 (socket %2)").arg(databaseName, socketPath);
    if (host.startsWith(QLatin1Char('/')))
        return QStringLiteral("%1 (socket folder %2)").arg(databaseName, host);
    return QStringLiteral("%1 on %2:%3").arg(databaseName, host).arg(port);
}
