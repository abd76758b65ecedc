// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gating/TelemetryGate.h"

#include <QCoreApplication>
#include <QString>

// The gating state as text for people: "Requested: …", "Effective: …", "Why: …" and the licence, one per
// line, plus a short label per reason ("required by licence (the built-in Core licence)"). Used by the CLI
// and the send review; the GUI shows the same words.
class GateTextFormatter
{
    Q_DECLARE_TR_FUNCTIONS(GateTextFormatter)

public:
    static QString format(const TelemetryGate::State &gate);
    static QString reasonLabel(TelemetryGate::Reason reason);
};
