// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gating/TelemetryGate.h"

#include <QCoreApplication>
#include <QString>

// The three gating facts (requested, effective, why) as short sentences for the dialogs, so Send now… and
// Telemetry on/off… word them the same way.
class GateStateText
{
    Q_DECLARE_TR_FUNCTIONS(GateStateText)

public:
    static QString requested(const TelemetryGate::State &state);
    static QString effective(const TelemetryGate::State &state);
    static QString why(const TelemetryGate::State &state); // short reason, then the gate's explanation
};
