// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where passwords and tokens are kept: the OS keychain in the app (KeychainSecretStore), an in-memory fake in
// tests. Every call is asynchronous and answers once through the callback, invoked in `context`'s thread and
// dropped if `context` is destroyed first, so callers never block the GUI thread waiting for a keychain
// prompt. "No secret stored" is an ordinary result (NotFound), not an error.
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored under that key
        NoBackend, // no keychain on this system: ask the user each time, never store it elsewhere
        Failed, // the keychain answered with an error (denied, locked, …): see message
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // when reading and Ok
        QString message; // when not Ok: the keychain's explanation
    };
    using Callback = std::function<void(const Result &result)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};
