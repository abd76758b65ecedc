// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSender.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

Q_LOGGING_CATEGORY(lcNet, "dti.core.net", QtWarningMsg)

namespace {

constexpr int MaximumRedirects = 20; // fetch's limit
constexpr qint64 MaximumBodyRead = 64 * 1024;
constexpr qsizetype MaximumBodyKept = 4096;

} // namespace

ReportSender::ReportSender(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        m_connectTimedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        m_deadlinePassed = true;
        if (m_reply)
            m_reply->abort();
    });
}

ReportSender::~ReportSender()
{
    if (m_reply) {
        // Abort without reporting: nobody is left to receive the result.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ReportSender::send(const TelemetryRequest &request)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_request = request;
    m_result = SendResult();
    m_result.destination = request.destination();
    m_result.finalUrl = request.destination();
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_elapsed.start();
    m_redirects = 0;
    m_connectTimedOut = false;
    m_deadlinePassed = false;
    m_cancelled = false;
    m_deadlineTimer.start(m_timeouts.totalMs);
    if (!request.isValid()) {
        SendResult result = m_result;
        result.kind = SendResult::Kind::InvalidRequest;
        result.error = request.invalidReason();
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return true;
    }
    startRequest(request.url(), true);
    return true;
}

void ReportSender::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

bool ReportSender::sameOrigin(const QUrl &url) const
{
    const QUrl original = m_request.url();
    return url.scheme() == original.scheme() && url.host() == original.host()
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == original.port(original.scheme() == QLatin1String("https") ? 443 : 80);
}

void ReportSender::startRequest(const QUrl &url, bool post)
{
    m_currentUrl = url;
    m_currentIsPost = post;
    m_result.finalUrl = url.toString();

    QNetworkRequest request(url);
    // Redirects are followed here, by the fetch rules, instead of by Qt's policies (which differ on
    // method changes and on keeping Authorization across origins).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeouts.transferMs);
    // The defaults undici adds, instead of Qt's: Qt would send the user's locale in Accept-Language and a
    // browser-like User-Agent, which says more about the sender than Directus's own request does.
    request.setRawHeader("Accept", "*/*");
    request.setRawHeader("Accept-Language", "*");
    request.setRawHeader("Sec-Fetch-Mode", "cors");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("node"));
    for (const TelemetryRequest::Header &header : m_request.headers()) {
        if (header.first == "Content-Type" && !post)
            continue; // fetch drops request-body headers when a redirect turns the POST into a GET
        if (header.first == "Authorization" && !sameOrigin(url))
            continue; // fetch drops Authorization on a cross-origin redirect
        request.setRawHeader(header.first, header.second);
    }

    m_reply = post ? m_network->post(request, m_request.body()) : m_network->get(request);
    m_connectTimer.start(m_timeouts.connectMs);
    // Once the request is written the connection stands; from then on only the transfer timeout applies.
    connect(m_reply, &QNetworkReply::requestSent, &m_connectTimer, &QTimer::stop);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_result.tlsErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &ReportSender::onReplyFinished);
    qCDebug(lcNet) << (post ? "POST" : "GET") << url.toString();
}

void ReportSender::onReplyFinished()
{
    m_connectTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();

    SendResult result = m_result;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool receivedHeaders = statusAttribute.isValid();
    const int status = statusAttribute.toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString host = m_currentUrl.host();
    const int port = m_currentUrl.port(m_currentUrl.scheme() == QLatin1String("https") ? 443 : 80);

    if (m_cancelled) {
        result.kind = SendResult::Kind::Cancelled;
        result.error = tr("The send was cancelled.");
        finish(result);
        return;
    }
    if (m_deadlinePassed) {
        result.kind = SendResult::Kind::Timeout;
        result.error = tr("%1:%2 had not finished answering after %3 ms; gave up.")
                           .arg(host)
                           .arg(port)
                           .arg(m_timeouts.totalMs);
        finish(result);
        return;
    }
    if (m_connectTimedOut) {
        result.kind = SendResult::Kind::Timeout;
        result.error
            = tr("No connection to %1:%2 within %3 ms.").arg(host).arg(port).arg(m_timeouts.connectMs);
        finish(result);
        return;
    }

    const SendResult::Kind transport = SendResult::classify(error, receivedHeaders);
    const bool answered = error == QNetworkReply::NoError || transport == SendResult::Kind::HttpError;
    if (answered && receivedHeaders) {
        result.httpStatus = status;
        const bool redirect
            = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        const QByteArray location = reply->rawHeader("Location");
        if (redirect && !location.isEmpty()) {
            if (++m_redirects > MaximumRedirects) {
                result.kind = SendResult::Kind::TooManyRedirects;
                result.error = tr("More than %1 redirects; fetch gives up there.").arg(MaximumRedirects);
                finish(result);
                return;
            }
            const QUrl next = m_currentUrl.resolved(QUrl::fromEncoded(location));
            if (next.scheme() != QLatin1String("http") && next.scheme() != QLatin1String("https")) {
                result.kind = SendResult::Kind::NetworkError;
                result.error = tr("Redirected to %1, which fetch does not follow.").arg(next.toString());
                finish(result);
                return;
            }
            // 303 always becomes a GET; 301/302 turn a POST into a GET; 307/308 keep method and body.
            const bool post = m_currentIsPost && (status == 307 || status == 308);
            m_result.httpStatus = status;
            startRequest(next, post);
            return;
        }
        if (status >= 200 && status < 300) {
            result.kind = SendResult::Kind::Success;
        } else {
            result.kind = SendResult::Kind::HttpError;
            const QString text = QString::fromUtf8(reply->read(MaximumBodyRead));
            result.body = m_request.redact(text).left(MaximumBodyKept);
            result.error
                = result.body.isEmpty() ? tr("[%1]").arg(status) : tr("[%1] %2").arg(status).arg(result.body);
        }
        finish(result);
        return;
    }

    result.kind = transport == SendResult::Kind::Success ? SendResult::Kind::NetworkError : transport;
    result.httpStatus = receivedHeaders ? status : 0;
    const QString detail = m_request.redact(reply->errorString());
    switch (result.kind) {
    case SendResult::Kind::ConnectionRefused:
        result.error = tr("%1:%2 refused the connection (is anything listening there?)").arg(host).arg(port);
        break;
    case SendResult::Kind::HostNotFound:
        result.error = tr("The host name %1 could not be resolved (DNS).").arg(host);
        break;
    case SendResult::Kind::Timeout:
        result.error
            = tr("No progress from %1:%2 for %3 ms; gave up.").arg(host).arg(port).arg(m_timeouts.transferMs);
        break;
    case SendResult::Kind::TlsError:
        result.error = result.tlsErrors.isEmpty()
            ? tr("The TLS handshake with %1 failed: %2").arg(host, detail)
            : tr("The TLS certificate of %1 was not accepted: %2")
                  .arg(host, result.tlsErrors.join(QStringLiteral("; ")));
        break;
    case SendResult::Kind::ClosedMidResponse:
        result.error = receivedHeaders
            ? tr("%1 closed the connection in the middle of its answer (HTTP %2).").arg(host).arg(status)
            : tr("%1 closed the connection before answering.").arg(host);
        break;
    default:
        result.error = tr("Sending to %1 failed: %2").arg(host, detail);
        break;
    }
    finish(result);
}

void ReportSender::finish(SendResult result)
{
    result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_deadlineTimer.stop();
    m_busy = false;
    qCInfo(lcNet) << "send ended:" << SendResult::kindName(result.kind) << result.httpStatus;
    Q_EMIT finished(result);
}
