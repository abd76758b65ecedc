// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryRequest.h"

#include <QRegularExpression>

TelemetryRequest TelemetryRequest::fromConfig(const ProjectConfig &config, const QByteArray &body)
{
    const JsValue url = config.value(QStringLiteral("TELEMETRY_URL"));
    const JsValue authorization = config.value(QStringLiteral("TELEMETRY_AUTHORIZATION"));
    // String(value): arrays (a value with commas after env casting) join with ",", as in Directus.
    return build(url.jsString(), authorization.isTruthy() ? authorization.jsString() : QString(), body);
}

TelemetryRequest TelemetryRequest::build(const QString &telemetryUrl, const QString &authorization,
                                         const QByteArray &body)
{
    TelemetryRequest request;
    request.m_body = body;
    // fetch (undici) normalises a header value by trimming HTTP whitespace, rejects NUL, CR and LF inside it,
    // and sends it as a ByteString: Latin-1, with anything above U+00FF a TypeError.
    QString value = authorization;
    const auto isHttpWhitespace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n');
    };
    while (!value.isEmpty() && isHttpWhitespace(value.front()))
        value.remove(0, 1);
    while (!value.isEmpty() && isHttpWhitespace(value.back()))
        value.chop(1);
    QString headerError;
    for (const QChar c : value) {
        if (c == QLatin1Char('\0') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            headerError
                = tr("TELEMETRY_AUTHORIZATION contains a line break or NUL; fetch rejects such a header.");
        else if (c.unicode() > 0xff)
            headerError
                = tr("TELEMETRY_AUTHORIZATION contains characters outside Latin-1; fetch rejects such a "
                     "header.");
    }
    request.m_authorization = value.toLatin1();

    // The WHATWG parser strips leading/trailing C0 controls and spaces and removes tabs and newlines.
    QString text = telemetryUrl;
    text.remove(QRegularExpression(QStringLiteral("[\\t\\n\\r]")));
    while (!text.isEmpty() && text.front().unicode() <= 0x20)
        text.remove(0, 1);
    while (!text.isEmpty() && text.back().unicode() <= 0x20)
        text.chop(1);

    const QUrl base(text, QUrl::StrictMode);
    QUrl shown = base;
    shown.setUserInfo(QString());
    request.m_configuredUrl = base.isValid() ? shown.toString() : text;
    if (!base.isValid() || base.isRelative() || base.host().isEmpty()) {
        request.m_invalidReason = tr("TELEMETRY_URL \"%1\" is not an absolute URL, so new URL() throws and "
                                     "Directus sends nothing.")
                                      .arg(request.m_configuredUrl);
        return request;
    }
    request.m_url = base.resolved(QUrl(QStringLiteral("/v1/metrics")));
    const QString scheme = request.m_url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        request.m_invalidReason
            = tr("TELEMETRY_URL uses the scheme \"%1\"; fetch only posts over http and https.").arg(scheme);
    } else if (!base.userInfo().isEmpty()) {
        // fetch refuses URLs with credentials; the credentials are never shown or stored.
        request.m_invalidReason
            = tr("TELEMETRY_URL contains a user name or password; fetch refuses such URLs.");
    }
    request.m_url.setUserInfo(QString());
    // The WHATWG serialisation leaves out a scheme's default port.
    if ((scheme == QLatin1String("https") && request.m_url.port() == 443)
        || (scheme == QLatin1String("http") && request.m_url.port() == 80))
        request.m_url.setPort(-1);
    if (request.m_invalidReason.isEmpty())
        request.m_invalidReason = headerError;
    return request;
}

QString TelemetryRequest::destination() const
{
    return m_url.isValid() ? m_url.toString() : m_configuredUrl;
}

QList<TelemetryRequest::Header> TelemetryRequest::headers() const
{
    QList<Header> result {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (hasAuthorization())
        result.append({QByteArrayLiteral("Authorization"), m_authorization});
    return result;
}

QList<TelemetryRequest::Header> TelemetryRequest::maskedHeaders() const
{
    QList<Header> result = headers();
    for (Header &header : result) {
        if (header.first == "Authorization")
            header.second = maskSecret(QString::fromLatin1(header.second)).toUtf8();
    }
    return result;
}

QString TelemetryRequest::maskSecret(const QString &secret)
{
    // A short leading scheme word ("Bearer", "Basic", "Token") says how the intake authenticates without
    // revealing anything of the credential itself.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9-]{1,15}) +\\S"));
    const QRegularExpressionMatch match = scheme.match(secret);
    const QString prefix = match.hasMatch() ? match.captured(1) + QLatin1Char(' ') : QString();
    return tr("%1•••••••• (%n characters)", nullptr, int(secret.size())).arg(prefix);
}

QString TelemetryRequest::redact(const QString &text) const
{
    if (!hasAuthorization())
        return text;
    QString result = text;
    const QString secret = QString::fromLatin1(m_authorization);
    result.replace(secret, maskSecret(secret));
    // Also the token part alone ("Bearer abc" echoed as "abc").
    const qsizetype space = secret.indexOf(QLatin1Char(' '));
    if (space > 0 && secret.size() - space > 4)
        result.replace(secret.mid(space + 1), QStringLiteral("••••••••"));
    return result;
}
