// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTextFormatter.h"

QString GateTextFormatter::reasonLabel(TelemetryGate::Reason reason)
{
    switch (reason) {
    case TelemetryGate::Reason::ConfigEnabled:
        return tr("enabled by TELEMETRY");
    case TelemetryGate::Reason::RequiredByCoreLicence:
        return tr("required by licence (the built-in Core licence)");
    case TelemetryGate::Reason::RequiredByLicence:
        return tr("required by licence");
    case TelemetryGate::Reason::OptedOut:
        return tr("opted out");
    }
    return {};
}

QString GateTextFormatter::format(const TelemetryGate::State &gate)
{
    QString text;
    text += tr("Requested:   %1 (TELEMETRY=%2)\n")
                .arg(gate.requested ? tr("on") : tr("off"),
                     gate.requestedValue.isEmpty() ? QStringLiteral("true, the default")
                                                   : gate.requestedValue);
    text += tr("Effective:   %1, %2\n").arg(gate.effective ? tr("on") : tr("off"), reasonLabel(gate.reason));
    text += tr("Why:         %1\n").arg(gate.explanation);
    if (gate.licence.verified)
        text
            += tr("Licence:     verified (%1), from %2, expires %3\n")
                   .arg(gate.licence.subject, gate.licenceSource,
                        gate.licence.expires.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
    else
        text += tr("Licence:     none verified (%1)\n").arg(gate.licence.failure);
    return text;
}
