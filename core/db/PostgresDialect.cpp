// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresDialect.h"

#include "config/ProjectConfig.h"
#include "db/DatabaseError.h"
#include "db/SqlSession.h"

#include <QRegularExpression>
#include <QSet>

namespace {
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList toBindings(const QStringList &values)
{
    QVariantList bindings;
    for (const QString &value : values)
        bindings.append(value);
    return bindings;
}
} // namespace

PostgresDialect::PostgresDialect(const QStringList &searchPath)
    : m_schemas(searchPath.isEmpty() ? QStringList {QStringLiteral("public")} : searchPath)
{
}

QString PostgresDialect::quoteIdentifier(const QString &name) const
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<Dialect::Table> PostgresDialect::schemaOverview(SqlSession &session, const ProjectConfig &) const
{
    // The join with information_schema.tables is on the name only, exactly as @directus/schema does it: a
    // view counts when a base table of the same name exists in any visible schema.
    const auto names = session.rows(
        QStringLiteral("select distinct c.table_name from information_schema.columns c where c.table_schema "
                       "in (%1) and exists (select 1 from information_schema.tables t where t.table_name = "
                       "c.table_name and t.table_type = 'BASE TABLE') order by c.table_name")
            .arg(placeholders(m_schemas.size())),
        toBindings(m_schemas));
    const auto keyed = session.rows(
        QStringLiteral("select distinct c.relname from pg_index i join pg_class c on i.indrelid = c.oid join "
                       "pg_namespace n on c.relnamespace = n.oid where n.nspname in (%1) and i.indisprimary "
                       "and i.indnatts = 1 and c.relkind <> 'S'")
            .arg(placeholders(m_schemas.size())),
        toBindings(m_schemas));
    QSet<QString> withKey;
    for (const QVariantList &row : keyed)
        withKey.insert(row.value(0).toString());
    QList<Table> tables;
    for (const QVariantList &row : names) {
        Table table;
        table.name = row.value(0).toString();
        table.hasSinglePrimaryKey = withKey.contains(table.name);
        tables.append(table);
    }
    return tables;
}

QList<Dialect::Column> PostgresDialect::tableColumns(SqlSession &session, const QString &table) const
{
    // to_regclass resolves the name through the session's search_path, like the collectors' unqualified
    // queries; it gives NULL (no rows) for a missing table instead of an error.
    const auto rows = session.rows(
        QStringLiteral("select a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, "
                       "d.adrelid) from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and "
                       "d.adnum = a.attnum where a.attrelid = to_regclass(quote_ident(cast(? as text))) and "
                       "a.attnum > 0 and not a.attisdropped order by a.attnum"),
        {table});
    return columnsFromRows(rows, &parseDefault);
}

QVariant PostgresDialect::parseDefault(const QVariant &expression)
{
    if (expression.isNull())
        return QVariant();
    const QString text = expression.toString().trimmed();
    if (text.startsWith(QLatin1String("NULL::"), Qt::CaseInsensitive)
        || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return QVariant();
    static const QRegularExpression literal(QStringLiteral("^'((?:[^']|'')*)'(?:::[\\w\\s\\[\\]().\"]+)?$"));
    const QRegularExpressionMatch match = literal.match(text);
    if (match.hasMatch())
        return match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    return text;
}

JsValue PostgresDialect::databaseSize(SqlSession &session, const ProjectConfig &config) const
{
    // Directus binds the env DB_DATABASE, whatever the connection string says; unset, the binding is
    // undefined and the query fails (so 0).
    if (!config.contains(QStringLiteral("DB_DATABASE")))
        throw DatabaseError {DatabaseError::Kind::QueryFailed,
                             QStringLiteral("DB_DATABASE is not set, so Directus binds undefined")};
    return SqlSession::toJsValue(
        session.scalar(QStringLiteral("select pg_database_size(cast(? as name)) as size"),
                       {config.value(QStringLiteral("DB_DATABASE")).jsString()}));
}

QString PostgresDialect::databaseSizeDescription() const
{
    return QStringLiteral("pg_database_size(env DB_DATABASE)");
}

QString PostgresDialect::estimatedRowCountsDescription() const
{
    return QStringLiteral("pg_class.reltuples (as of the last VACUUM or ANALYZE)");
}

QHash<QString, qint64> PostgresDialect::estimatedRowCounts(SqlSession &session,
                                                           const QStringList &tables) const
{
    // reltuples is what the last VACUUM/ANALYZE saw; -1 means the table was never analysed (no estimate).
    const auto rows = session.rows(
        QStringLiteral(
            "select c.relname, cast(c.reltuples as bigint) from pg_class c join pg_namespace n on "
            "n.oid = c.relnamespace where c.relkind in ('r', 'p') and c.reltuples >= 0 and n.nspname "
            "in (%1)")
            .arg(placeholders(m_schemas.size())),
        toBindings(m_schemas));
    return rowCountsFromRows(rows, tables);
}
