// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"

#include "db/SqlSession.h"

#include <QSet>

QString Dialect::quoteTableReference(const QString &name) const
{
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('.')))
        parts.append(quoteIdentifier(part));
    return parts.join(QLatin1Char('.'));
}

QList<Dialect::Column> Dialect::columnsFromRows(const QList<QVariantList> &rows,
                                                QVariant (*parseDefault)(const QVariant &rawDefault))
{
    QList<Column> columns;
    for (const QVariantList &row : rows) {
        Column column;
        column.name = row.value(0).toString();
        column.type = row.value(1).toString().toLower();
        column.defaultValue = parseDefault(row.value(2));
        columns.append(column);
    }
    return columns;
}

QHash<QString, qint64> Dialect::rowCountsFromRows(const QList<QVariantList> &rows, const QStringList &tables)
{
    const QSet<QString> wanted(tables.cbegin(), tables.cend());
    QHash<QString, qint64> counts;
    for (const QVariantList &row : rows) {
        const QString table = row.value(0).toString();
        if (wanted.contains(table))
            counts.insert(table, SqlSession::toCount(row.value(1)));
    }
    return counts;
}
