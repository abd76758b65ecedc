// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabaseServer.h"

// A PostgreSQL instance made with initdb in a temporary folder (run as the `postgres` account when the tests
// run as root), without fsync or autovacuum so that it starts in about a second and sizes stay put. Local
// socket connections are trusted (the test's superuser); TCP needs a password, so wrong passwords fail.
class PostgresTestServer : public TestDatabaseServer
{
public:
    PostgresTestServer();
    ~PostgresTestServer() override;

    bool start(QString *error) override;
    void kill() override;
    bool freeze() override;
    void thaw() override;
    bool createDatabase(const QString &name, const QString &dumpFile, QString *error) override;
    bool exec(const QString &database, const QString &sql, QString *output = nullptr) override;
    QString scalar(const QString &database, const QString &sql) override;
    QByteArray dumpChecksum(const QString &database) override;
    QString sizeQuery(const QString &database) const override;

    // Before the first start(): serve TLS with a fresh self-signed certificate for 127.0.0.1 and accept TCP
    // connections only over TLS (hostssl), like a server configured to require it.
    void requireTls() { m_requireTls = true; }
    QString certificateFile() const; // the certificate a client must trust (PEM)

private:
    QString program(const QString &name) const;
    QStringList clientArguments(const QString &user, const QString &database) const;

    TestServerProcess m_serverRunner;
    TestServerProcess m_client;
    QStringList m_binFolders;
    bool setUpTls(QString *error);

    bool m_initialised = false;
    bool m_requireTls = false;
};
