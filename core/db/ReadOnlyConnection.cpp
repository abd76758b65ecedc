// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlyConnection.h"

#include "db/SqliteDialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReadOnlyConnection", text);
}
} // namespace

ReadOnlyConnection::ReadOnlyConnection(const DatabaseSettings &settings)
    : m_settings(settings)
    , m_connectionName(QStringLiteral("dti-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase ReadOnlyConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ReadOnlyConnection::open(QString *errorMessage)
{
    switch (m_settings.client) {
    case DatabaseSettings::Client::Sqlite:
        return openSqlite(errorMessage);
    default:
        *errorMessage = tr("Reading %1 databases is not supported by this version of the inspector.")
                            .arg(m_settings.clientName);
        return false;
    }
}

bool ReadOnlyConnection::openSqlite(QString *errorMessage)
{
    const QString path = m_settings.sqliteFile;
    const QFileInfo info(path);
    if (!info.exists()) {
        *errorMessage = tr("The SQLite database %1 (DB_FILENAME) does not exist. Check DB_FILENAME in the "
                           "project's configuration; relative paths are resolved against the project folder.")
                            .arg(path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *errorMessage
            = tr("The SQLite database %1 (DB_FILENAME) is not a readable file. Check its permissions.")
                  .arg(path);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *errorMessage
            = tr("Qt's SQLite driver (QSQLITE) is not installed; install the package libqt6sql6-sqlite.");
        return false;
    }
    m_dialect = std::make_unique<SqliteDialect>();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Read-only at the SQLite level: no write can reach the file through this connection.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *errorMessage = tr("Could not open the SQLite database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // Opening is lazy in SQLite; the first read tells whether the file is a database at all.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("select count(*) from sqlite_master"))) {
        *errorMessage
            = tr("%1 is not a readable SQLite database (%2). Is DB_FILENAME pointing at the right file, "
                 "and is the file intact?")
                  .arg(path, probe.lastError().text());
        return false;
    }
    return true;
}
