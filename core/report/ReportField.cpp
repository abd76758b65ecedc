// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportField.h"

QString ReportField::exactnessName(Exactness exactness)
{
    switch (exactness) {
    case Exactness::Exact:
        return QStringLiteral("exact");
    case Exactness::Estimate:
        return QStringLiteral("estimate");
    case Exactness::Approximate:
        return QStringLiteral("approximate");
    case Exactness::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}
