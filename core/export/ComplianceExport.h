// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"
#include "gating/TelemetryGate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

// The compliance export: one JSON document a compliance team can archive and check later with
// ComplianceExportVerifier. It holds the exact payload bytes (as a JSON string, so they survive unchanged)
// and the same payload parsed, their SHA-256, when it was made, the inspector's and Directus's versions, the
// database client, the destination URL (spec §11), the requested and effective opt-out state with its
// reason (TelemetryGate), the redaction verdicts with their (masked) evidence and, per report key, its
// documentation: category, description, type, provenance and exactness. Keys always come in the same order,
// so the same inputs give the same bytes. It never holds a secret: no SECRET, password, licence token or
// TELEMETRY_AUTHORIZATION value (only whether one is set), and credentials in TELEMETRY_URL are withheld.
// build() does no I/O and runs nothing: the caller (CLI, or the GUI's Export… action) passes the report
// outcome and gate state it already has, then save() writes atomically.
//
// Usage (the GUI's Export… action, with the outcome of the report it shows):
//   const auto gate = ReportEngine(config).evaluateGate(LicenseVerifier::directusEmbedded(), now);
//   const QByteArray document = ComplianceExport([] { return QDateTime::currentDateTimeUtc(); })
//                                   .build(config, outcome, gate.state);
//   ComplianceExport::save(path, document, &error);
class ComplianceExport
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceExport)

public:
    using Clock = std::function<QDateTime()>;

    static constexpr const char *FormatName = "directus-telemetry-inspector/compliance-export";
    static constexpr int FormatVersion = 1;

    // inspectorVersion: DTI_VERSION unless a test fixes it.
    explicit ComplianceExport(Clock clock, const QString &inspectorVersion = QString());

    // outcome must be ok (a computed report and its redaction verdicts).
    QByteArray build(const ProjectConfig &config, const ReportEngine::Outcome &outcome,
                     const TelemetryGate::State &gate) const;

    // QSaveFile: a failed write leaves no half-written file and an existing one untouched.
    static bool save(const QString &path, const QByteArray &document, QString *errorMessage);

    struct Destination
    {
        QString url; // where Directus POSTs the report; empty when TELEMETRY_URL is not a usable URL
        QString problem; // why Directus's send fails (TelemetryRequest::invalidReason()), or empty
        bool credentialsWithheld = false; // TELEMETRY_URL carried user:password, left out here
        bool authorization = false; // an Authorization header is sent (its value is never recorded)
    };
    // `/v1/metrics` resolved against String(TELEMETRY_URL), dropping its path, query and fragment (spec §11),
    // as TelemetryRequest (the sender) resolves it.
    static Destination destination(const ProjectConfig &config);

private:
    Clock m_clock;
    QString m_inspectorVersion;
};
