// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// Verifies a Directus licence token offline, as Directus 12.4.1 does with its embedded key (spec §9): an
// EdDSA (Ed25519) JWT from issuer `directus-licensing-service` for audience `directus`, with `exp` required
// and in the future. It then reads the `telemetry_required` entitlement (`e.tr = [default, override?]`).
// The trusted key is a constructor argument so tests can sign tokens with a key of their own; production
// code uses Directus's embedded key. Online JWKS checks are not made: a token only the remote JWKS accepts is
// reported as unverified, which keeps telemetry on (the safe reading of §9).
class LicenseVerifier
{
    Q_DECLARE_TR_FUNCTIONS(LicenseVerifier)

public:
    struct Result
    {
        bool verified = false;
        QString failure; // why the token was not accepted, when !verified
        // override ?? default; nothing when the token has no `tr` entitlement
        std::optional<bool> telemetryRequired;
        QDateTime expires;
        QString subject; // the licence's `sub`, shown to the admin; never a secret
    };

    // rawPublicKey: 32 bytes of an Ed25519 public key; keyId: the JWT header's `kid` it answers to.
    LicenseVerifier(const QByteArray &rawPublicKey, const QString &keyId);
    static LicenseVerifier directusEmbedded(); // kid 9c884d23cdb155ca

    Result verify(const QString &token, const QDateTime &now) const;

private:
    QByteArray m_rawPublicKey;
    QString m_keyId;
};
