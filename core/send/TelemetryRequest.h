// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// What one telemetry POST consists of, built from a project's configuration exactly as Directus 12.4.1 builds
// it (spec §11): the destination (`/v1/metrics` resolved against String(TELEMETRY_URL), so any path, query
// or fragment is dropped), the headers (`Content-Type: application/json`, plus `Authorization` as-is when
// TELEMETRY_AUTHORIZATION is JS-truthy) and the exact body bytes. A review dialog shows destination(),
// maskedHeaders() and body(); ReportSender sends the same object, so what is shown is what goes out.
// undici's own default headers (accept, user-agent, …) carry nothing about the instance; ReportSender adds
// them. What fetch would reject makes the request invalid (invalidReason() says why): a URL that is not
// absolute http/https or carries credentials, an Authorization value with CR/LF/NUL or beyond Latin-1.
class TelemetryRequest
{
    Q_DECLARE_TR_FUNCTIONS(TelemetryRequest)

public:
    using Header = QPair<QByteArray, QByteArray>;

    TelemetryRequest() = default;
    static TelemetryRequest fromConfig(const ProjectConfig &config, const QByteArray &body);
    // telemetryUrl: String(TELEMETRY_URL); authorization: String(TELEMETRY_AUTHORIZATION) or empty.
    static TelemetryRequest build(const QString &telemetryUrl, const QString &authorization,
                                  const QByteArray &body);

    bool isValid() const { return m_invalidReason.isEmpty(); }
    // Why no request can be made (the URL or the Authorization value), when invalid.
    QString invalidReason() const { return m_invalidReason; }
    // TELEMETRY_URL as configured, with any user name and password removed.
    QString configuredUrl() const { return m_configuredUrl; }
    QUrl url() const { return m_url; }
    QString destination() const; // the URL as shown and stored: never carries userinfo
    QByteArray body() const { return m_body; }

    bool hasAuthorization() const { return !m_authorization.isEmpty(); }
    QList<Header> headers() const; // as sent: contains the secret; never show or store these
    QList<Header> maskedHeaders() const; // for display and history: the Authorization value masked

    // "Bearer •••••••• (40 characters)": keeps a leading auth-scheme word, hides everything else.
    static QString maskSecret(const QString &secret);
    // Replaces every occurrence of this request's secret in text (e.g. a server echoing it back).
    QString redact(const QString &text) const;

private:
    QString m_configuredUrl;
    QUrl m_url;
    QString m_invalidReason;
    QByteArray m_authorization;
    QByteArray m_body;
};
