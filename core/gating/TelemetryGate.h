// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "gating/LicenseVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Decides whether Directus would report at all (spec §9): `isEntitled("telemetry_required") ||
// toBoolean(TELEMETRY)`. Keeps the three things an admin needs apart: what the configuration requests, what
// Directus will effectively do, and why (the licence, or its absence, can override an opt-out). One
// implementation shared by the sender, the scheduler, the opt-out switch and the compliance export.
class TelemetryGate
{
    Q_DECLARE_TR_FUNCTIONS(TelemetryGate)

public:
    enum class Reason {
        ConfigEnabled, // TELEMETRY is true (or its default): reports are sent
        RequiredByCoreLicence, // TELEMETRY is off, but without a verified licence the Core licence requires
                               // it
        RequiredByLicence, // TELEMETRY is off, but the verified licence requires telemetry
        OptedOut, // TELEMETRY is off and the verified licence allows that
    };

    struct State
    {
        bool requested = true; // toBoolean(TELEMETRY)
        QString requestedValue; // TELEMETRY as configured, e.g. "false" or "TRUE" (a string, so false)
        bool effective = true;
        Reason reason = Reason::ConfigEnabled;
        QString licenceSource; // "LICENSE_TOKEN", "directus_settings.license_token" or empty
        LicenseVerifier::Result licence;
        QString explanation; // one or two sentences for the admin
    };

    // storedLicenceToken: directus_settings.license_token as stored (encrypted); empty when absent.
    static State evaluate(const ProjectConfig &config, const QString &storedLicenceToken,
                          const LicenseVerifier &verifier, const QDateTime &now);
    static QString reasonName(Reason reason); // stable identifiers for JSON output
};
