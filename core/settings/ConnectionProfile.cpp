// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfile.h"

#include <QUuid>

QString ConnectionProfile::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    return QStringLiteral("%1@%2/%3").arg(user, host, database);
}

QList<QPair<QString, QString>> ConnectionProfile::serverEnvironment(const QString &password) const
{
    QList<QPair<QString, QString>> environment = {
        {QStringLiteral("DB_CLIENT"), driver},
        {QStringLiteral("DB_HOST"), host},
        {QStringLiteral("DB_PORT"), QString::number(port)},
        {QStringLiteral("DB_DATABASE"), database},
        {QStringLiteral("DB_USER"), user},
    };
    if (!password.isEmpty())
        environment.append({QStringLiteral("DB_PASSWORD"), password});
    // Directus passes DB_SSL on to the driver; "true" asks for TLS with the system's certificate checks.
    if (ssl)
        environment.append({QStringLiteral("DB_SSL"), QStringLiteral("true")});
    return environment;
}

QList<QPair<QString, QString>> ConnectionProfile::drivers()
{
    return {
        {QStringLiteral("pg"), tr("PostgreSQL")},
        {QStringLiteral("mysql"), tr("MySQL / MariaDB")},
        {QStringLiteral("cockroachdb"), tr("CockroachDB")},
        {QStringLiteral("mssql"), tr("Microsoft SQL Server")},
        {QStringLiteral("oracledb"), tr("Oracle")},
    };
}

int ConnectionProfile::defaultPort(const QString &driver)
{
    if (driver == QLatin1String("mysql"))
        return 3306;
    if (driver == QLatin1String("cockroachdb"))
        return 26257;
    if (driver == QLatin1String("mssql"))
        return 1433;
    if (driver == QLatin1String("oracledb"))
        return 1521;
    return 5432;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
