// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryReporter.h"

#include "history/ReportHistory.h"
#include "send/ReportSender.h"

TelemetryReporter::TelemetryReporter(ReportScheduler *scheduler, ReportSender *sender, ReportHistory *history,
                                     Prepare prepare, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_sender(sender)
    , m_history(history)
    , m_prepare(std::move(prepare))
{
    connect(m_scheduler, &ReportScheduler::sendDue, this, &TelemetryReporter::onSendDue);
}

QString TelemetryReporter::triggerName(ReportScheduler::Trigger trigger)
{
    return trigger == ReportScheduler::Trigger::Startup ? QStringLiteral("startup")
                                                        : QStringLiteral("schedule");
}

void TelemetryReporter::onSendDue(ReportScheduler::Trigger trigger)
{
    if (m_sender->isBusy()) {
        Q_EMIT skipped(tr("the previous report is still being sent"), trigger);
        return;
    }
    const Preparation preparation = m_prepare();
    if (!preparation.gate.effective) {
        Q_EMIT skipped(tr("telemetry is off: %1").arg(preparation.gate.explanation), trigger);
        return;
    }
    if (!preparation.ok) {
        Q_EMIT skipped(
            tr("no report could be built, so Directus would send nothing: %1").arg(preparation.error),
            trigger);
        return;
    }
    const TelemetryRequest request = preparation.request;
    const QString project = preparation.project;
    ++m_attempts;
    // One connection per send: the result of this send, and only this one, is recorded.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sender, &ReportSender::finished, this,
                          [this, connection, request, project, trigger](const SendResult &result) {
                              disconnect(*connection);
                              if (m_history)
                                  m_history->recordSend(project, request, result, triggerName(trigger));
                              Q_EMIT sent(result, trigger);
                          });
    Q_EMIT sending(request, trigger);
    m_sender->send(request);
}
