// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseSettings.h"
#include "db/Dialect.h"
#include "db/QueryWatchdog.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Opens the inspected database so that it cannot be changed through this connection: SQLite with
// QSQLITE_OPEN_READONLY (the file's bytes stay as they are); PostgreSQL with default_transaction_read_only
// set at connection start-up and a statement_timeout; MySQL/MariaDB with SET SESSION TRANSACTION READ ONLY
// and client read/write timeouts. Any INSERT/UPDATE/DDL through it fails on the server. Each instance owns a
// uniquely named QSqlDatabase connection for the thread that opened it and removes it on destruction, as Qt
// requires one connection per thread. Failures to connect are explained for a person: which host and port,
// wrong password, missing database, TLS. Not supported: a PostgreSQL server that stops answering without
// closing the socket is only noticed after statement_timeout plus TCP keepalive, not instantly.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const DatabaseSettings &settings);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    // Returns false and sets errorMessage (naming the file or host and what to do) when the database cannot
    // be opened or is not readable as a database.
    bool open(QString *errorMessage);
    QSqlDatabase database() const;
    const Dialect &dialect() const { return *m_dialect; }
    // The statement deadline for a server connection; nullptr for SQLite.
    QueryWatchdog *watchdog() const { return m_watchdog.get(); }

private:
    bool openSqlite(QString *errorMessage);
    bool openPostgres(QString *errorMessage);
    bool openMysql(QString *errorMessage);
    // A PEM text written to a private temporary file, for drivers that take only paths.
    QString writePem(const QString &name, const QString &pem);

    DatabaseSettings m_settings;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
    std::unique_ptr<QTemporaryDir> m_tlsFiles;
    std::unique_ptr<QueryWatchdog> m_watchdog;
};
