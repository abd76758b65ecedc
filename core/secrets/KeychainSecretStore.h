// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

// The only place that talks to the OS keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through QtKeychain. Entries live under one service name (the app id) with keys named
// "<account-id>/<purpose>". QtKeychain's insecure plain-text fallback is never enabled: without a keychain
// the result is NoBackend and nothing is stored. Jobs delete themselves and QtKeychain runs them one at a
// time; results arrive through the callbacks of SecretStore.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &serviceName);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    QString m_serviceName;
};
