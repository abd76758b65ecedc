// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Dialect.h"

// MySQL and MariaDB as Directus's knex mysql client and @directus/schema see them (spec §6.4, §6.7): the
// overview lists the BASE TABLEs of the connection's database (system-versioned tables, views and sequences
// are left out), a primary key is exactly one column with COLUMN_KEY = 'PRI' (MySQL also shows PRI for the
// first UNIQUE NOT NULL column of a table without a primary key, and so does Directus), and the size is the
// data + index length of the env DB_DATABASE schema. Identifiers are quoted with backticks.
class MysqlDialect : public Dialect
{
public:
    // databaseName: the connection's database (DB_DATABASE or the connection string's).
    explicit MysqlDialect(const QString &databaseName);

    QString quoteIdentifier(const QString &name) const override;
    QList<Table> schemaOverview(SqlSession &session, const ProjectConfig &config) const override;
    QList<Column> tableColumns(SqlSession &session, const QString &table) const override;
    JsValue databaseSize(SqlSession &session, const ProjectConfig &config) const override;
    QString databaseSizeDescription() const override;
    QHash<QString, qint64> estimatedRowCounts(SqlSession &session, const QStringList &tables) const override;
    QString estimatedRowCountsDescription() const override;

    // INFORMATION_SCHEMA.COLUMNS.COLUMN_DEFAULT as a value: MariaDB quotes string literals and writes a NULL
    // default as the text NULL; MySQL gives the bare value.
    static QVariant parseDefault(const QVariant &columnDefault);

private:
    QString m_databaseName;
};
