// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryEntry.h"

QString HistoryEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Computed:
        return QStringLiteral("computed");
    case Kind::Sent:
        return QStringLiteral("sent");
    case Kind::Exported:
        return QStringLiteral("exported");
    }
    return {};
}

HistoryEntry::Kind HistoryEntry::kindFromName(const QString &name)
{
    if (name == QLatin1String("sent"))
        return Kind::Sent;
    if (name == QLatin1String("exported"))
        return Kind::Exported;
    return Kind::Computed;
}
