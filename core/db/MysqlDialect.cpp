// SPDX-License-Identifier: GPL-3.0-or-later
#include "MysqlDialect.h"

#include "config/ProjectConfig.h"
#include "db/SqlSession.h"

MysqlDialect::MysqlDialect(const QString &databaseName)
    : m_databaseName(databaseName)
{
}

QString MysqlDialect::quoteIdentifier(const QString &name) const
{
    QString escaped = name;
    escaped.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

QList<Dialect::Table> MysqlDialect::schemaOverview(SqlSession &session, const ProjectConfig &) const
{
    const auto rows = session.rows(
        QStringLiteral(
            "select C.TABLE_NAME, sum(case when C.COLUMN_KEY = 'PRI' then 1 else 0 end) from "
            "INFORMATION_SCHEMA.COLUMNS C join INFORMATION_SCHEMA.TABLES T on C.TABLE_NAME = "
            "T.TABLE_NAME and C.TABLE_SCHEMA = T.TABLE_SCHEMA where T.TABLE_TYPE = 'BASE TABLE' and "
            "C.TABLE_SCHEMA = ? group by C.TABLE_NAME order by C.TABLE_NAME"),
        {m_databaseName});
    QList<Table> tables;
    for (const QVariantList &row : rows) {
        Table table;
        table.name = row.value(0).toString();
        table.hasSinglePrimaryKey = SqlSession::toCount(row.value(1)) == 1;
        tables.append(table);
    }
    return tables;
}

QList<Dialect::Column> MysqlDialect::tableColumns(SqlSession &session, const QString &table) const
{
    const auto rows = session.rows(
        QStringLiteral(
            "select COLUMN_NAME, COLUMN_TYPE, COLUMN_DEFAULT from INFORMATION_SCHEMA.COLUMNS where "
            "TABLE_SCHEMA = database() and TABLE_NAME = ? order by ORDINAL_POSITION"),
        {table});
    return columnsFromRows(rows, &parseDefault);
}

QVariant MysqlDialect::parseDefault(const QVariant &columnDefault)
{
    if (columnDefault.isNull())
        return QVariant();
    const QString text = columnDefault.toString();
    if (text == QLatin1String("NULL"))
        return QVariant();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
        return text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return text;
}

JsValue MysqlDialect::databaseSize(SqlSession &session, const ProjectConfig &config) const
{
    // Directus binds String(env DB_DATABASE): "undefined" when it is unset, which matches no schema (0).
    return SqlSession::toJsValue(session.scalar(
        QStringLiteral("select sum(`size`) as `size` from (select data_length + index_length AS size from "
                       "`information_schema`.`TABLES` where `table_schema` = ?) as `size`"),
        {config.value(QStringLiteral("DB_DATABASE")).jsString()}));
}

QString MysqlDialect::databaseSizeDescription() const
{
    return QStringLiteral("data_length + index_length of information_schema.TABLES for env DB_DATABASE");
}

QString MysqlDialect::estimatedRowCountsDescription() const
{
    return QStringLiteral("information_schema.TABLES.TABLE_ROWS");
}

QHash<QString, qint64> MysqlDialect::estimatedRowCounts(SqlSession &session, const QStringList &tables) const
{
    // TABLE_ROWS is exact for MyISAM and an estimate from InnoDB's statistics.
    const auto rows = session.rows(
        QStringLiteral(
            "select TABLE_NAME, TABLE_ROWS from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = ? and "
            "TABLE_TYPE = 'BASE TABLE' and TABLE_ROWS is not null"),
        {m_databaseName});
    return rowCountsFromRows(rows, tables);
}
