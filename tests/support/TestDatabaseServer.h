// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestServerProcess.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A throwaway database server for one test program: its own data folder in a temporary directory, its own
// free port on 127.0.0.1, the fixture dump loaded as the fixture's user (directus / directus-pass). It never
// touches a system server's data and is gone when the object is (or when the test process dies). Statements
// run as the server's superuser through its command-line client, not through the inspector's code.
class TestDatabaseServer
{
public:
    virtual ~TestDatabaseServer() = default;

    // Creates the data folder on first use and starts the server; false with *error when it cannot.
    virtual bool start(QString *error) = 0;
    // Stops the server abruptly, as a crash or `kill -9` would: open connections break mid-query.
    virtual void kill() = 0;
    // Freezes the server processes that serve the inspector (SIGSTOP): the kernel still acknowledges, but no
    // answer ever comes, as with a hung server or a paused container. thaw() lets them go on.
    virtual bool freeze() = 0;
    virtual void thaw() = 0;
    // Creates database `name` owned by/granted to the fixture user and loads the dump file into it.
    virtual bool createDatabase(const QString &name, const QString &dumpFile, QString *error) = 0;
    // Runs SQL as superuser in `database`; returns false with the client's output on failure.
    virtual bool exec(const QString &database, const QString &sql, QString *output = nullptr) = 0;
    // Runs one query as superuser, returning the first value of its first row as text.
    virtual QString scalar(const QString &database, const QString &sql) = 0;
    // A SHA-256 of a full logical dump of `database`, to prove nothing changed.
    virtual QByteArray dumpChecksum(const QString &database) = 0;
    // The dialect's own database_size query (spec §6.7), run as superuser.
    virtual QString sizeQuery(const QString &database) const = 0;

    int port() const { return m_port; }
    QString folder() const { return m_dir.path(); }

protected:
    QTemporaryDir m_dir;
    int m_port = 0;
    QProcess m_server;
    QList<qint64> m_frozen;
};
