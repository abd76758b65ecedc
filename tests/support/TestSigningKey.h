// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/types.h>

// An Ed25519 key pair made for one test run, to sign Directus-style licence tokens (Directus's own private
// key is, rightly, not available). Pair it with LicenseVerifier(publicKey(), "test").
class TestSigningKey
{
public:
    TestSigningKey();
    ~TestSigningKey();
    TestSigningKey(const TestSigningKey &) = delete;
    TestSigningKey &operator=(const TestSigningKey &) = delete;

    QByteArray publicKey() const;
    QString sign(const QByteArray &payloadJson) const;
    // A valid licence token whose telemetry entitlement is `tr` (e.g. "[0]": not required), expiring an
    // hour after `now`.
    QString licence(const QByteArray &tr, const QDateTime &now) const;

private:
    EVP_PKEY *m_key = nullptr;
};
