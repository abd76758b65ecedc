// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"

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
