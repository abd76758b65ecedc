// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDialect.h"

#include "db/DatabaseError.h"
#include "db/SqlSession.h"

#include <QSet>

#include <algorithm>

QString SqliteDialect::quoteIdentifier(const QString &name) const
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<Dialect::Table> SqliteDialect::schemaOverview(SqlSession &session, const ProjectConfig &) const
{
    QList<Table> tables;
    // One statement for every table's primary-key column count (a statement per table was most of the
    // listing's time on schemas with hundreds of tables); sqlite_master's own order, as before.
    const auto rows = session.rows(QStringLiteral(
        "select m.name, sum(p.pk <> 0) from sqlite_master m left join pragma_table_xinfo(m.name) p "
        "where m.type = 'table' and m.name not like 'sqlite_%' group by m.rowid order by m.rowid"));
    for (const QVariantList &row : rows) {
        Table table;
        table.name = row.value(0).toString();
        table.hasSinglePrimaryKey = SqlSession::toCount(row.value(1)) == 1;
        tables.append(table);
    }
    return tables;
}

QList<Dialect::Column> SqliteDialect::tableColumns(SqlSession &session, const QString &table) const
{
    QList<Column> columns;
    const auto rows
        = session.rows(QStringLiteral("select name, type, dflt_value from pragma_table_xinfo(?)"), {table});
    for (const QVariantList &row : rows) {
        Column column;
        column.name = row.value(0).toString();
        column.type = row.value(1).toString().toLower();
        QVariant defaultValue = row.value(2);
        // The default is stored as SQL text: unquote string literals, as the schema inspector does.
        QString text = defaultValue.toString();
        if (!defaultValue.isNull() && text.size() >= 2 && text.startsWith(QLatin1Char('\''))
            && text.endsWith(QLatin1Char('\''))) {
            text = text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
            defaultValue = text;
        }
        if (!defaultValue.isNull() && text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            defaultValue = QVariant();
        column.defaultValue = defaultValue;
        columns.append(column);
    }
    return columns;
}

JsValue SqliteDialect::databaseSize(SqlSession &session, const ProjectConfig &) const
{
    return SqlSession::toJsValue(session.scalar(QStringLiteral(
        "SELECT page_count * page_size as \"size\" FROM pragma_page_count(), pragma_page_size();")));
}

QString SqliteDialect::databaseSizeDescription() const
{
    return QStringLiteral("page_count * page_size (pragma_page_count, pragma_page_size)");
}

QString SqliteDialect::estimatedRowCountsDescription() const
{
    return QStringLiteral("sqlite_stat1, else max(rowid) of each table");
}

QHash<QString, qint64> SqliteDialect::estimatedRowCounts(SqlSession &session, const QStringList &tables) const
{
    const QSet<QString> wanted(tables.cbegin(), tables.cend());
    // sqlite_stat1 exists only after ANALYZE (Directus never runs it); the first number of `stat` is the
    // table's row count.
    QHash<QString, qint64> estimates;
    if (session.hasTable(QStringLiteral("sqlite_stat1"))) {
        for (const QVariantList &row : session.rows(QStringLiteral("select tbl, stat from sqlite_stat1"))) {
            const QString table = row.value(0).toString();
            if (!wanted.contains(table))
                continue;
            const qint64 rows = row.value(1).toString().section(QLatin1Char(' '), 0, 0).toLongLong();
            estimates.insert(table, std::max(rows, estimates.value(table)));
        }
    }
    // Otherwise the largest rowid: one B-tree descent per table, and the row count when nothing was deleted.
    for (const QString &table : tables) {
        if (estimates.contains(table))
            continue;
        try {
            estimates.insert(
                table,
                SqlSession::toCount(session.scalar(
                    QStringLiteral("select coalesce(max(rowid), 0) from %1").arg(quoteIdentifier(table)))));
        } catch (const DatabaseError &error) {
            if (error.kind != DatabaseError::Kind::QueryFailed)
                throw; // cancelled or gone: not the table's fault
            // a WITHOUT ROWID table has no rowid: no estimate for it
        }
    }
    return estimates;
}
