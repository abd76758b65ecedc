// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gating/TelemetryGate.h"

#include <QCoreApplication>
#include <QString>

// The gating facts (requested, effective, why, licence) one per dialog row, in the words of the CLI's
// GateTextFormatter (its reason labels), so Send now…, Telemetry on/off… and `status` say the same thing.
class GateStateText
{
    Q_DECLARE_TR_FUNCTIONS(GateStateText)

public:
    static QString requested(const TelemetryGate::State &state);
    static QString effective(const TelemetryGate::State &state); // on/off, the reason label, what it means
    static QString why(const TelemetryGate::State &state);
    static QString licence(const TelemetryGate::State &state);
};
