// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabaseServer.h"

// A MariaDB instance made with mariadb-install-db in a temporary folder, ignoring every my.cnf
// (--no-defaults), with small InnoDB buffers and no durability so it starts in a few seconds. root connects
// through the folder's socket without a password; the fixture user `directus` connects over TCP with its
// password.
class MariadbTestServer : public TestDatabaseServer
{
public:
    MariadbTestServer();
    ~MariadbTestServer() override;

    bool start(QString *error) override;
    void kill() override;
    bool freeze() override;
    void thaw() override;
    bool createDatabase(const QString &name, const QString &dumpFile, QString *error) override;
    bool exec(const QString &database, const QString &sql, QString *output = nullptr) override;
    QString scalar(const QString &database, const QString &sql) override;
    QByteArray dumpChecksum(const QString &database) override;
    QString sizeQuery(const QString &database) const override;

private:
    QStringList clientArguments(const QString &database) const;

    TestServerProcess m_runner;
    bool m_initialised = false;
};
