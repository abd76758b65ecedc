// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactionTextFormatter.h"

QString RedactionTextFormatter::format(const RedactionVerdicts &verdicts)
{
    QString out;
    for (const RedactionVerdict &verdict : verdicts) {
        QString status;
        switch (verdict.status) {
        case RedactionVerdict::Status::Pass:
            status = tr("PASS");
            break;
        case RedactionVerdict::Status::Fail:
            status = tr("FAIL");
            break;
        case RedactionVerdict::Status::CouldNotCheck:
            status = tr("N/A ");
            break;
        }
        out += QStringLiteral("%1  %2 — %3\n      %4\n")
                   .arg(status, verdict.id, verdict.title, verdict.summary);
        for (const QString &finding : verdict.findings)
            out += QStringLiteral("      • %1\n").arg(finding);
    }
    return out;
}
