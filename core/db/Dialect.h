// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsValue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class ProjectConfig;
class SqlSession;

// What differs between database families for the report (spec §4, §6.4, §6.7): identifier quoting, the schema
// overview that decides which tables are collections, column introspection, and the database-size query.
// Collectors ask the Dialect; they contain no per-database branches. Queries throw DatabaseError.
class Dialect
{
public:
    struct Table
    {
        QString name;
        bool hasSinglePrimaryKey = false;
    };

    struct Column
    {
        QString name;
        QString type; // declared type, lower case (e.g. "boolean", "integer", "json", "varchar(255)")
        QVariant defaultValue; // the column default as the schema inspector reads it; null when there is none
    };

    virtual ~Dialect() = default;

    virtual QString quoteIdentifier(const QString &name) const = 0;
    // knex reads a '.' in a table name as schema.table (spec §6.4); Directus counts `a.b` as "a"."b".
    QString quoteTableReference(const QString &name) const;

    // Tables the overview lists for the report's collections rule, in database order.
    virtual QList<Table> schemaOverview(SqlSession &session, const ProjectConfig &config) const = 0;
    // Columns of a table as Directus's schema snapshot would see them; empty when the table is missing.
    virtual QList<Column> tableColumns(SqlSession &session, const QString &table) const = 0;
    // The raw database_size result (may throw; the collector applies Directus's "error or falsy gives 0").
    virtual JsValue databaseSize(SqlSession &session, const ProjectConfig &config) const = 0;
    // The SQL shown as provenance for database_size.
    virtual QString databaseSizeDescription() const = 0;
    // Cheap row estimates for `tables` (SQLite sqlite_stat1 or the largest rowid, PostgreSQL
    // pg_class.reltuples, MySQL information_schema.TABLES.TABLE_ROWS), by table name: shown only as estimates
    // before the exact counts arrive, never sent. Tables without an estimate are left out.
    virtual QHash<QString, qint64> estimatedRowCounts(SqlSession &session, const QStringList &tables) const
    {
        Q_UNUSED(session);
        Q_UNUSED(tables);
        return {};
    }
    // Where estimatedRowCounts() comes from, shown as the estimate's provenance (technical, untranslated).
    virtual QString estimatedRowCountsDescription() const { return QString(); }

protected:
    // Columns from (name, declared type, raw default) rows, the default read by the dialect's parser.
    static QList<Column> columnsFromRows(const QList<QVariantList> &rows,
                                         QVariant (*parseDefault)(const QVariant &rawDefault));
    // Row estimates from (table name, count) rows, for the tables asked for only.
    static QHash<QString, qint64> rowCountsFromRows(const QList<QVariantList> &rows,
                                                    const QStringList &tables);
};
