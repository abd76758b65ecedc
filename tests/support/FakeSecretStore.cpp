// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSecretStore.h"

#include <QTimer>

FakeSecretStore::FakeSecretStore(bool available)
    : m_available(available)
{
}

void FakeSecretStore::answer(QObject *context, Callback callback, const Result &result)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void FakeSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    Result result;
    if (!m_available)
        result.status = Status::NoBackend;
    else if (!m_secrets.contains(key))
        result.status = Status::NotFound;
    else
        result.secret = m_secrets.value(key);
    answer(context, std::move(callback), result);
}

void FakeSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    Result result;
    if (m_available)
        m_secrets.insert(key, secret);
    else
        result.status = Status::NoBackend;
    answer(context, std::move(callback), result);
}

void FakeSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    Result result;
    if (!m_available)
        result.status = Status::NoBackend;
    else if (m_secrets.remove(key) == 0)
        result.status = Status::NotFound;
    answer(context, std::move(callback), result);
}
