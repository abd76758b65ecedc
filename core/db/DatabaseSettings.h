// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class ProjectConfig;

// How to reach the inspected database, derived from the project's DB_* values as Directus derives its knex
// connection (spec §4): the client family reported as `database`, the required-variable check Directus makes
// at startup, the SQLite file resolved against the project folder, and for PostgreSQL and MySQL/MariaDB the
// host, credentials, DB_CONNECTION_STRING (which replaces every other connection key, as in Directus),
// DB_SSL / DB_SSL__* and DB_SEARCH_PATH. Passwords are held in memory only. Not supported: CockroachDB,
// Oracle, MSSQL and Redshift connections (fromConfig says so).
struct DatabaseSettings
{
    enum class Client { Sqlite, Postgres, CockroachDb, MySql, Oracle, MsSql, Redshift };

    Client client = Client::Sqlite;
    QString clientName; // the `database` field: "sqlite", "postgres", "mysql", ...
    QString configuredClient; // DB_CLIENT as written
    QString sqliteFile; // absolute, for Sqlite
    QString host;
    int port = 0;
    QString databaseName;
    QString user;
    QString password;
    QString socketPath;
    QString connectionString; // DB_CONNECTION_STRING as written; its parts are already in the fields above
    QStringList searchPath; // DB_SEARCH_PATH schemas for PostgreSQL, in order; empty when unset

    // TLS, from DB_SSL (a boolean) or DB_SSL__* (an object), or sslmode/ssl in the connection string.
    enum class Tls { Off, Require, VerifyFull };
    Tls tls = Tls::Off;
    QString tlsCa; // DB_SSL__CA: PEM text (usually through DB_SSL__CA_FILE)
    QString tlsCert; // DB_SSL__CERT: PEM text
    QString tlsKey; // DB_SSL__KEY: PEM text

    // Nothing may hang: connecting gives up after connectTimeoutSeconds, a statement after
    // queryTimeoutSeconds (server-side limit plus client read timeout where the driver has one).
    int connectTimeoutSeconds = 10;
    int queryTimeoutSeconds = 120;

    // Sets errorMessage to what Directus would say at startup (or why the inspector cannot connect) and
    // returns nothing when the configuration cannot give a connection.
    static std::optional<DatabaseSettings> fromConfig(const ProjectConfig &config, QString *errorMessage);
    // The reported `database` value for a DB_CLIENT (spec §4.3), empty when Directus would throw.
    static QString reportedClientName(const QString &dbClient);
    // Host and port (or file) for messages; never includes the password.
    QString describe() const;
};
