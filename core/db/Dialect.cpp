// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"

QString Dialect::quoteTableReference(const QString &name) const
{
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('.')))
        parts.append(quoteIdentifier(part));
    return parts.join(QLatin1Char('.'));
}
