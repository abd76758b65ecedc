// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// An in-memory SecretStore for tests: answers on the next event-loop turn (as the real keychain does,
// asynchronously), and can pretend there is no keychain at all (NoBackend for every call).
class FakeSecretStore : public SecretStore
{
public:
    explicit FakeSecretStore(bool available = true);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    QHash<QString, QString> secrets() const { return m_secrets; }

private:
    void answer(QObject *context, Callback callback, const Result &result);

    bool m_available;
    QHash<QString, QString> m_secrets;
};
