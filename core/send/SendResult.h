// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

// The outcome of one telemetry POST, as a value the CLI prints, the history stores and a dialog shows. Every
// way a send can end has its own Kind, so callers never parse error strings. Directus treats any 2xx as
// success and everything else as a (swallowed) error `[status] body` (spec §11); here the error is kept.
// It holds no secret: the body text is redacted of the Authorization value before it is stored here.
class SendResult
{
    Q_DECLARE_TR_FUNCTIONS(SendResult)

public:
    enum class Kind {
        Success, // a 2xx answer
        HttpError, // a 4xx/5xx (or unexpected 1xx/3xx) answer; httpStatus and body are set
        InvalidRequest, // fetch would refuse the request (TELEMETRY_URL, Authorization value); nothing was
                        // sent
        ConnectionRefused,
        HostNotFound, // DNS failure
        Timeout, // no connection within the connect bound, or the transfer stalled
        TlsError, // the certificate or handshake failed; errors are never ignored
        ClosedMidResponse, // the server closed the connection before a complete answer
        TooManyRedirects,
        Cancelled,
        NetworkError, // anything else the network stack reports
    };

    Kind kind = Kind::NetworkError;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString body; // the answer's text (non-2xx), at most a few KiB
    QString error; // a sentence for the admin; empty on success
    QString destination; // where it was posted first
    QString finalUrl; // where the last request went (after redirects); equals destination without any
    QStringList tlsErrors; // the certificate problems, when kind == TlsError
    QDateTime startedAt;
    qint64 elapsedMs = 0;

    bool ok() const { return kind == Kind::Success; }
    static QString kindName(Kind kind); // stable identifiers for history and JSON
    static Kind kindFromName(const QString &name);
    QString summary() const; // e.g. "HTTP 500: Internal error" or "connection refused by 127.0.0.1:9"
    // Maps a QNetworkReply error to a Kind. receivedHeaders: whether a status line had arrived.
    static Kind classify(QNetworkReply::NetworkError error, bool receivedHeaders);
};

Q_DECLARE_METATYPE(SendResult)
