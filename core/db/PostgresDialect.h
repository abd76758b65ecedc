// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Dialect.h"

#include <QStringList>

// PostgreSQL as Directus's knex pg client and @directus/schema see it (spec §6.4, §6.7): the overview lists
// the base tables of the DB_SEARCH_PATH schemas (`public` when unset — not the server's search_path), joined
// with information_schema.tables by name only, so same-named tables in two schemas merge; a primary key is a
// pg_index row with indisprimary and exactly one key column. The size is pg_database_size of the env
// DB_DATABASE (not the connection string's database). Column introspection follows the session search_path,
// as the unqualified queries of the collectors do. Not supported: CockroachDB's variations.
class PostgresDialect : public Dialect
{
public:
    explicit PostgresDialect(const QStringList &searchPath);

    QString quoteIdentifier(const QString &name) const override;
    QList<Table> schemaOverview(SqlSession &session, const ProjectConfig &config) const override;
    QList<Column> tableColumns(SqlSession &session, const QString &table) const override;
    JsValue databaseSize(SqlSession &session, const ProjectConfig &config) const override;
    QString databaseSizeDescription() const override;
    QHash<QString, qint64> estimatedRowCounts(SqlSession &session, const QStringList &tables) const override;
    QString estimatedRowCountsDescription() const override;

    // A column default as pg_get_expr prints it ('x'::text, true, NULL::json, nextval(...)) as a value.
    static QVariant parseDefault(const QVariant &expression);

private:
    QStringList m_schemas;
};
