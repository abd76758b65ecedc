// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A remembered connection to a Directus database whose project folder is not on this machine: the DB_*
// values the server would have in its environment, minus the password. The password lives only in the OS
// keychain under passwordKey(); it is passed to serverEnvironment() in memory when a report is computed.
// Not supported: connection strings and sockets (use a project folder with its .env for those).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString id; // stable, random; names the keychain entry
    QString name; // shown in menus; defaults to user@host/database
    QString driver = QStringLiteral("pg"); // DB_CLIENT as Directus spells it
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("directus");
    QString user = QStringLiteral("directus");
    bool ssl = false;
    QString directusVersion = QStringLiteral("12.4.1"); // no node_modules to read it from

    bool isValid() const { return !id.isEmpty() && !driver.isEmpty() && !host.isEmpty(); }
    QString displayName() const;
    // Keychain key: "<account-id>/<purpose>".
    QString passwordKey() const { return id + QStringLiteral("/db-password"); }
    // The DB_* variables Directus would read from its process environment for this connection.
    QList<QPair<QString, QString>> serverEnvironment(const QString &password) const;

    // DB_CLIENT values the form offers, with a readable label.
    static QList<QPair<QString, QString>> drivers();
    static int defaultPort(const QString &driver);
    static QString newId();
};
