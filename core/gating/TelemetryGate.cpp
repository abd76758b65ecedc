// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryGate.h"

#include "config/EnvCaster.h"
#include "json/JsonWriter.h"
#include "secrets/DirectusDecryptor.h"

TelemetryGate::State TelemetryGate::evaluate(const ProjectConfig &config, const QString &storedLicenceToken,
                                             const LicenseVerifier &verifier, const QDateTime &now)
{
    State state;
    const JsValue telemetry = config.value(QStringLiteral("TELEMETRY"));
    state.requested = EnvCaster::toBoolean(telemetry);
    state.requestedValue
        = telemetry.isString() ? telemetry.toString() : QString::fromUtf8(JsonWriter::stringify(telemetry));

    // Where Directus takes the token from: LICENSE_TOKEN first, then the settings row (spec §9).
    QString token;
    QString unreadable;
    const JsValue fromEnvironment = config.value(QStringLiteral("LICENSE_TOKEN"));
    if (fromEnvironment.isTruthy()) {
        token = fromEnvironment.jsString();
        state.licenceSource = QStringLiteral("LICENSE_TOKEN");
    } else if (!storedLicenceToken.isEmpty()) {
        state.licenceSource = QStringLiteral("directus_settings.license_token");
        const JsValue secret = config.value(QStringLiteral("SECRET"));
        QString why;
        const auto plain = secret.isTruthy()
            ? DirectusDecryptor::decrypt(storedLicenceToken, secret.jsString().toUtf8(), &why)
            : std::nullopt;
        if (plain)
            token = *plain;
        else
            unreadable = secret.isTruthy() ? why : tr("SECRET is not known to the inspector");
    }

    if (!token.isEmpty())
        state.licence = verifier.verify(token, now);
    else if (!unreadable.isEmpty())
        state.licence.failure = tr("the stored licence token cannot be decrypted (%1)").arg(unreadable);
    else if (config.value(QStringLiteral("LICENSE_KEY")).isTruthy())
        state.licence.failure
            = tr("LICENSE_KEY is set but no token was activated yet (activation happens online "
                 "at server start)");
    else
        state.licence.failure = tr("no licence token");

    const bool entitled = state.licence.verified ? state.licence.telemetryRequired.value_or(false) : true;
    state.effective = entitled || state.requested;
    if (state.requested) {
        state.reason = Reason::ConfigEnabled;
        state.explanation
            = tr("TELEMETRY is %1, so Directus sends a report every 6 hours.").arg(state.requestedValue);
    } else if (!state.licence.verified) {
        state.reason = Reason::RequiredByCoreLicence;
        state.explanation = tr("TELEMETRY is %1 (off), but it is ignored: without a verified licence (%2) "
                               "Directus runs under its built-in Core licence, which requires telemetry.")
                                .arg(state.requestedValue, state.licence.failure);
    } else if (entitled) {
        state.reason = Reason::RequiredByLicence;
        state.explanation
            = tr("TELEMETRY is %1 (off), but the licence (from %2) requires telemetry, so Directus "
                 "still sends reports.")
                  .arg(state.requestedValue, state.licenceSource);
    } else {
        state.reason = Reason::OptedOut;
        state.explanation
            = tr("TELEMETRY is %1 and the licence (from %2) does not require telemetry: Directus "
                 "sends nothing.")
                  .arg(state.requestedValue, state.licenceSource);
    }
    return state;
}

QString TelemetryGate::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::ConfigEnabled:
        return QStringLiteral("enabled-by-config");
    case Reason::RequiredByCoreLicence:
        return QStringLiteral("required-by-core-licence");
    case Reason::RequiredByLicence:
        return QStringLiteral("required-by-licence");
    case Reason::OptedOut:
        return QStringLiteral("opted-out");
    }
    return {};
}
