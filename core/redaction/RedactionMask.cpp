// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactionMask.h"

#include <QCoreApplication>

QString RedactionMask::mask(const QString &value)
{
    const qsizetype length = value.size();
    const QString lengthText
        = QCoreApplication::translate("RedactionMask", "%n character(s)", nullptr, int(length));
    if (length <= 4)
        return QStringLiteral("**** (%1)").arg(lengthText);
    return QStringLiteral("%1… (%2)").arg(value.left(2), lengthText);
}
