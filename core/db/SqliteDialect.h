// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Dialect.h"

// SQLite as Directus's knex sqlite3 client sees it: tables from sqlite_master (main database only, `sqlite_%`
// excluded with LIKE semantics), a primary key is exactly one column with pk != 0 in PRAGMA table_xinfo, and
// the size is page_count * page_size as the connection sees it (WAL included).
class SqliteDialect : public Dialect
{
public:
    QString quoteIdentifier(const QString &name) const override;
    QList<Table> schemaOverview(SqlSession &session, const ProjectConfig &config) const override;
    QList<Column> tableColumns(SqlSession &session, const QString &table) const override;
    JsValue databaseSize(SqlSession &session, const ProjectConfig &config) const override;
    QString databaseSizeDescription() const override;
    QHash<QString, qint64> estimatedRowCounts(SqlSession &session, const QStringList &tables) const override;
    QString estimatedRowCountsDescription() const override;
};
