// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendReview.h"

#include "gating/GateTextFormatter.h"

#include <QCryptographicHash>

SendReview SendReview::prepare(const TelemetryRequest &request, const TelemetryGate::State &gate,
                               const std::optional<HistoryEntry> &lastDelivered,
                               const QString &directusFailure)
{
    SendReview review;
    review.m_request = request;
    review.m_gate = gate;
    review.m_sha256 = QCryptographicHash::hash(request.body(), QCryptographicHash::Sha256).toHex();
    review.m_lastDelivered = lastDelivered;
    if (lastDelivered)
        review.m_diff = ReportDiff::between(lastDelivered->bytes, request.body());
    // In the order an admin can act on them: nothing to send, not allowed to send, nowhere to send to.
    if (!directusFailure.isEmpty())
        review.m_blockedReason
            = tr("Directus would send nothing: %1. The tolerant reading is not sent.").arg(directusFailure);
    else if (!gate.effective)
        review.m_blockedReason = tr("Telemetry is off for this project: %1").arg(gate.explanation);
    else if (!request.isValid())
        review.m_blockedReason = request.invalidReason();
    return review;
}

QString SendReview::toText() const
{
    QString text;
    text += tr("Destination: %1\n").arg(m_request.destination());
    text += tr("             (TELEMETRY_URL = %1)\n").arg(m_request.configuredUrl());
    text += tr("Headers:\n");
    for (const TelemetryRequest::Header &header : m_request.maskedHeaders())
        text += QStringLiteral("  %1: %2\n")
                    .arg(QString::fromUtf8(header.first), QString::fromUtf8(header.second));
    text += tr("Telemetry:\n");
    for (const QString &line : GateTextFormatter::format(m_gate).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    text += tr("Body (%1 bytes, SHA-256 %2):\n")
                .arg(m_request.body().size())
                .arg(QString::fromLatin1(m_sha256));
    text += QString::fromUtf8(m_request.body()) + QLatin1Char('\n');
    if (!m_lastDelivered) {
        text += tr("Changes: no report from this project was delivered before.\n");
    } else {
        const QString since
            = tr("the last delivered report (#%1, %2)")
                  .arg(m_lastDelivered->id)
                  .arg(m_lastDelivered->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
        if (!m_diff.ok())
            text += tr("Changes: cannot compare with %1: %2\n").arg(since, m_diff.error());
        else if (m_diff.isEmpty())
            text += tr("Changes: none since %1.\n").arg(since);
        else
            text += tr("Changes since %1:\n  %2\n").arg(since, m_diff.lines().join(QStringLiteral("\n  ")));
    }
    if (!canSend())
        text += tr("Cannot send: %1\n").arg(m_blockedReason);
    return text;
}
