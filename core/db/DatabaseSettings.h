// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class ProjectConfig;

// How to reach the inspected database, derived from the project's DB_* values as Directus derives its knex
// connection (spec §4): the client family reported as `database`, the required-variable check Directus makes
// at startup, and the SQLite file resolved against the project folder. Passwords are held in memory only.
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
    QString connectionString;
    QString searchPath; // comma-separated schema list for PostgreSQL (DB_SEARCH_PATH)

    // Sets errorMessage to what Directus would say at startup (or why the inspector cannot connect) and
    // returns nothing when the configuration cannot give a connection.
    static std::optional<DatabaseSettings> fromConfig(const ProjectConfig &config, QString *errorMessage);
    // The reported `database` value for a DB_CLIENT (spec §4.3), empty when Directus would throw.
    static QString reportedClientName(const QString &dbClient);
    // Host and port (or file) for messages; never includes the password.
    QString describe() const;
};
