// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendResult.h"

namespace {

struct KindName
{
    SendResult::Kind kind;
    const char *name;
};

constexpr KindName KindNames[] = {
    {SendResult::Kind::Success, "success"},
    {SendResult::Kind::HttpError, "http-error"},
    {SendResult::Kind::InvalidRequest, "invalid-request"},
    {SendResult::Kind::ConnectionRefused, "connection-refused"},
    {SendResult::Kind::HostNotFound, "host-not-found"},
    {SendResult::Kind::Timeout, "timeout"},
    {SendResult::Kind::TlsError, "tls-error"},
    {SendResult::Kind::ClosedMidResponse, "closed-mid-response"},
    {SendResult::Kind::TooManyRedirects, "too-many-redirects"},
    {SendResult::Kind::Cancelled, "cancelled"},
    {SendResult::Kind::NetworkError, "network-error"},
};

} // namespace

QString SendResult::kindName(Kind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("network-error");
}

SendResult::Kind SendResult::kindFromName(const QString &name)
{
    for (const KindName &entry : KindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return Kind::NetworkError;
}

QString SendResult::summary() const
{
    switch (kind) {
    case Kind::Success:
        return tr("HTTP %1: accepted").arg(httpStatus);
    case Kind::HttpError:
        return body.isEmpty() ? tr("HTTP %1").arg(httpStatus)
                              : tr("HTTP %1: %2").arg(httpStatus).arg(body.left(300));
    default:
        return error;
    }
}

SendResult::Kind SendResult::classify(QNetworkReply::NetworkError error, bool receivedHeaders)
{
    switch (error) {
    case QNetworkReply::NoError:
        return Kind::Success;
    case QNetworkReply::ConnectionRefusedError:
        return Kind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return Kind::HostNotFound;
    case QNetworkReply::TimeoutError:
    // Qt ends a request whose transfer timeout fired as "operation canceled"; our own cancel is tracked
    // separately by the sender.
    case QNetworkReply::OperationCanceledError:
        return Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::TlsError;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
        return Kind::ClosedMidResponse;
    case QNetworkReply::TooManyRedirectsError:
        return Kind::TooManyRedirects;
    default:
        // An HTTP status error (4xx/5xx) has headers; everything else is a transport failure.
        if (receivedHeaders && error >= QNetworkReply::ContentAccessDenied)
            return Kind::HttpError;
        return Kind::NetworkError;
    }
}
