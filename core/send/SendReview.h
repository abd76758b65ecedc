// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gating/TelemetryGate.h"
#include "history/HistoryEntry.h"
#include "history/ReportDiff.h"
#include "send/TelemetryRequest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Everything an admin reviews before a report is sent, in one value: the request (destination, masked
// headers, exact bytes), their SHA-256, the gating state, the changes since the last report the intake
// accepted, and whether sending is possible at all (and if not, why). The CLI prints it as text; a
// "Send now…" dialog shows its parts and enables Send only when canSend(). Building it sends nothing.
class SendReview
{
    Q_DECLARE_TR_FUNCTIONS(SendReview)

public:
    // directusFailure: Report::directusFailureReason() when Directus itself would send nothing, else empty.
    static SendReview prepare(const TelemetryRequest &request, const TelemetryGate::State &gate,
                              const std::optional<HistoryEntry> &lastDelivered,
                              const QString &directusFailure = QString());

    const TelemetryRequest &request() const { return m_request; }
    const TelemetryGate::State &gate() const { return m_gate; }
    QByteArray sha256() const { return m_sha256; } // lower-case hex of the body's SHA-256
    const std::optional<HistoryEntry> &lastDelivered() const { return m_lastDelivered; }
    const ReportDiff &diffSinceLastDelivered() const { return m_diff; } // empty when nothing was delivered

    bool canSend() const { return m_blockedReason.isEmpty(); }
    QString blockedReason() const { return m_blockedReason; } // e.g. telemetry is off; empty when it can go

    // The whole review as plain text (destination, headers, gate, bytes, changes); secrets masked.
    QString toText() const;

private:
    TelemetryRequest m_request;
    TelemetryGate::State m_gate;
    QByteArray m_sha256;
    std::optional<HistoryEntry> m_lastDelivered;
    ReportDiff m_diff;
    QString m_blockedReason;
};
