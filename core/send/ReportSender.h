// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "send/SendResult.h"
#include "send/TelemetryRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

// Posts one reviewed TelemetryRequest the way Directus's fetch call does (spec §11) and reports how it ended
// through finished(SendResult). The body is sent byte for byte as given. TLS is always verified: SSL errors
// are recorded, never ignored. Redirects follow the fetch rules: at most 20; 301/302 turn a POST into a GET
// without body, 303 always does; 307/308 repeat the POST; Authorization is dropped when a redirect leaves
// the original origin. Two bounds apply: a connect bound (from the start until the request is written) and
// Qt's transfer timeout (no progress for that long). Cookies are neither stored nor sent. The transport
// headers are undici's (`accept: */*`, `accept-language: *`, `sec-fetch-mode: cors`, `user-agent: node`), not
// Qt's, which would reveal the user's locale.
// The QNetworkAccessManager is injected (and not owned), so tests and the app decide proxies and lifetime.
// Not supported: more than one send at a time per sender; retries (Directus makes none either).
class ReportSender : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        int connectMs = 10000; // undici's connect timeout
        int transferMs = 300000; // undici's headers/body timeouts
        // The whole send, redirects included: a server that dribbles its answer byte by byte keeps the
        // transfer timeout from ever firing, so this bounds it.
        int totalMs = 600000;
    };

    explicit ReportSender(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ReportSender() override;

    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    Timeouts timeouts() const { return m_timeouts; }
    bool isBusy() const { return m_busy; }

    // Starts sending; returns false (and does nothing) while another send is running. An invalid request
    // still ends with finished() (kind InvalidRequest), delivered from the event loop.
    bool send(const TelemetryRequest &request);
    void cancel(); // ends the running send with kind Cancelled

Q_SIGNALS:
    void finished(const SendResult &result);

private:
    void startRequest(const QUrl &url, bool post);
    void onReplyFinished();
    void finish(SendResult result);
    bool sameOrigin(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    Timeouts m_timeouts;
    TelemetryRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    SendResult m_result;
    QUrl m_currentUrl;
    bool m_currentIsPost = true;
    int m_redirects = 0;
    bool m_busy = false;
    bool m_connectTimedOut = false;
    bool m_deadlinePassed = false;
    bool m_cancelled = false;
};
