// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "app.core.secrets")

namespace {
SecretStore::Result resultOf(const QKeychain::Job *job)
{
    SecretStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::NoBackend;
        result.message = job->errorString();
        break;
    default:
        result.status = SecretStore::Status::Failed;
        result.message = job->errorString();
        break;
    }
    return result;
}

// Connects a job's single finished signal to the callback, with the caller's object as context.
template<typename JobType, typename Extract>
void finishWith(JobType *job, QObject *context, SecretStore::Callback callback, Extract extract)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [callback = std::move(callback), extract](QKeychain::Job *finished) {
                         SecretStore::Result result = resultOf(finished);
                         if (result.status == SecretStore::Status::Ok)
                             result.secret = extract(static_cast<JobType *>(finished));
                         if (result.status == SecretStore::Status::Failed
                             || result.status == SecretStore::Status::NoBackend)
                             qCWarning(lcSecrets) << "keychain:" << result.message;
                         callback(result);
                     });
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &serviceName)
    : m_serviceName(serviceName)
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    finishWith(job, context, std::move(callback),
               [](QKeychain::ReadPasswordJob *finished) { return finished->textData(); });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    finishWith(job, context, std::move(callback), [](QKeychain::WritePasswordJob *) { return QString(); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    finishWith(job, context, std::move(callback), [](QKeychain::DeletePasswordJob *) { return QString(); });
    job->start();
}
