// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateStateText.h"

#include "gating/GateTextFormatter.h"

QString GateStateText::requested(const TelemetryGate::State &state)
{
    const QString value = state.requestedValue.isEmpty() ? tr("true, the default") : state.requestedValue;
    return state.requested ? tr("on (TELEMETRY=%1)").arg(value) : tr("off (TELEMETRY=%1)").arg(value);
}

QString GateStateText::effective(const TelemetryGate::State &state)
{
    return tr("%1, %2: %3")
        .arg(state.effective ? tr("on") : tr("off"), GateTextFormatter::reasonLabel(state.reason),
             state.effective ? tr("Directus sends a report every 6 hours") : tr("Directus sends no reports"));
}

QString GateStateText::why(const TelemetryGate::State &state)
{
    return state.explanation;
}

QString GateStateText::licence(const TelemetryGate::State &state)
{
    if (!state.licence.verified)
        return tr("none verified (%1)").arg(state.licence.failure);
    return tr("verified (%1), from %2, expires %3")
        .arg(state.licence.subject, state.licenceSource,
             state.licence.expires.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
