// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateStateText.h"

QString GateStateText::requested(const TelemetryGate::State &state)
{
    const QString value = state.requestedValue.isEmpty() ? tr("not set, default true") : state.requestedValue;
    return state.requested ? tr("on (TELEMETRY=%1)").arg(value) : tr("off (TELEMETRY=%1)").arg(value);
}

QString GateStateText::effective(const TelemetryGate::State &state)
{
    return state.effective ? tr("on: Directus sends a report every 6 hours")
                           : tr("off: Directus sends no reports");
}

QString GateStateText::why(const TelemetryGate::State &state)
{
    QString reason;
    switch (state.reason) {
    case TelemetryGate::Reason::ConfigEnabled:
        reason = tr("requested by the configuration");
        break;
    case TelemetryGate::Reason::RequiredByCoreLicence:
        reason = tr("required by the Core licence (no verified licence)");
        break;
    case TelemetryGate::Reason::RequiredByLicence:
        reason = tr("required by the licence");
        break;
    case TelemetryGate::Reason::OptedOut:
        reason = tr("opted out, and the licence allows it");
        break;
    }
    return state.explanation.isEmpty() ? reason : reason + QStringLiteral(" — ") + state.explanation;
}
