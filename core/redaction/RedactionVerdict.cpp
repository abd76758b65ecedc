// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactionVerdict.h"

QString RedactionVerdict::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::CouldNotCheck:
        return QStringLiteral("could not check");
    }
    return QString();
}
