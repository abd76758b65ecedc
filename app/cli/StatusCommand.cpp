// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "gating/GateTextFormatter.h"
#include "history/ReportHistory.h"
#include "schedule/ReportScheduler.h"
#include "send/TelemetryRequest.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

int StatusCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show whether this Directus project reports, why, where to, and when the next report is due."));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    CommandSupport::addHistoryOption(parser);
    if (const auto exit = CommandSupport::parse(parser, arguments, QStringLiteral("status")))
        return *exit;
    int exitCode = ExitOk;
    const auto config = CommandSupport::loadProject(parser, &exitCode);
    if (!config)
        return exitCode;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ReportEngine::GateOutcome gate
        = ReportEngine(*config).evaluateGate(LicenseVerifier::directusEmbedded(), now);
    if (!gate.ok) {
        OutputWriter::printError(gate.error);
        return CommandSupport::exitCodeFor(gate.failure);
    }

    QString text = tr("Project:     %1\n").arg(config->projectDir());
    text += GateTextFormatter::format(gate.state);
    const TelemetryRequest request = TelemetryRequest::fromConfig(*config, QByteArray());
    text += tr("Destination: %1%2\n")
                .arg(request.destination(),
                     request.isValid() ? QString() : tr(" (invalid: %1)").arg(request.invalidReason()));
    text
        += tr("Authorization: %1\n")
               .arg(request.hasAuthorization() ? QString::fromUtf8(request.maskedHeaders().constLast().second)
                                               : tr("none (TELEMETRY_AUTHORIZATION is not set)"));
    if (gate.state.effective) {
        const QDateTime tick = ReportScheduler::nextCronTick(now, QTimeZone::systemTimeZone());
        text += tr("Next send:   %1, then a random wait of up to 30 minutes (cron 0 */6 * * *, local time)\n")
                    .arg(CommandSupport::localTime(tick));
    } else {
        text += tr("Next send:   none; Directus schedules nothing while telemetry is off\n");
    }

    // Reading the history must not create one: status only looks.
    const QString historyDir = CommandSupport::historyDirectory(parser);
    if (QFileInfo::exists(QDir(historyDir).filePath(QStringLiteral("history.sqlite")))) {
        ReportHistory history(historyDir);
        QString error;
        if (history.open(&error)) {
            const auto last = history.lastDelivered(config->projectDir());
            text += last ? tr("Last sent:   #%1, %2 to %3 (HTTP %4)\n")
                               .arg(last->id)
                               .arg(CommandSupport::localTime(last->time), last->destination)
                               .arg(last->httpStatus)
                         : tr("Last sent:   never (by this inspector)\n");
        } else {
            OutputWriter::printWarning(error);
        }
    } else {
        text += tr("Last sent:   never (by this inspector)\n");
    }
    OutputWriter::printOut(text.toUtf8());
    return ExitOk;
}
