// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "engine/ReportEngine.h"
#include "history/ReportDiff.h"
#include "history/ReportHistory.h"
#include "send/ReportSender.h"
#include "send/TelemetryRequest.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>

namespace {

QString review(const TelemetryRequest &request, const TelemetryGate::State &gate, const QByteArray &bytes,
               const std::optional<HistoryEntry> &last)
{
    QString text;
    text += SendCommand::tr("Destination: %1\n").arg(request.destination());
    text += SendCommand::tr("             (TELEMETRY_URL = %1)\n").arg(request.configuredUrl());
    text += SendCommand::tr("Headers:\n");
    for (const TelemetryRequest::Header &header : request.maskedHeaders())
        text += QStringLiteral("  %1: %2\n")
                    .arg(QString::fromUtf8(header.first), QString::fromUtf8(header.second));
    text += SendCommand::tr("Telemetry:\n");
    for (const QString &line : CommandSupport::gateText(gate).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    text += SendCommand::tr("Body (%1 bytes, SHA-256 %2):\n")
                .arg(bytes.size())
                .arg(QString::fromLatin1(ReportHistory::sha256Hex(bytes)));
    text += QString::fromUtf8(bytes) + QLatin1Char('\n');
    if (!last) {
        text += SendCommand::tr("Changes: no report from this project was delivered before.\n");
    } else {
        const ReportDiff diff = ReportDiff::between(last->bytes, bytes);
        const QString since = SendCommand::tr("the last delivered report (#%1, %2)")
                                  .arg(last->id)
                                  .arg(CommandSupport::localTime(last->time));
        if (!diff.ok())
            text += SendCommand::tr("Changes: cannot compare with %1: %2\n").arg(since, diff.error());
        else if (diff.isEmpty())
            text += SendCommand::tr("Changes: none since %1.\n").arg(since);
        else
            text += SendCommand::tr("Changes since %1:\n  %2\n")
                        .arg(since, diff.lines().join(QStringLiteral("\n  ")));
    }
    return text;
}

bool askConfirmation(const QString &question)
{
    std::fprintf(stderr, "%s ", qUtf8Printable(question));
    std::fflush(stderr);
    char answer[64] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    const QString text = QString::fromLocal8Bit(answer).trimmed().toLower();
    return text == QLatin1String("y") || text == QLatin1String("yes");
}

} // namespace

int SendCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send the anonymous usage report of a Directus project to its TELEMETRY_URL, after review."));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    parser.addOption({QStringLiteral("dry-run"), tr("Show what would be sent and where; send nothing.")});
    parser.addOption({QStringLiteral("yes"), tr("Send without asking (needed when not on a terminal).")});
    parser.addOption({QStringLiteral("timeout"),
                      tr("Give up when the intake makes no progress for SECONDS (default 300, as Directus)."),
                      QStringLiteral("SECONDS"), QStringLiteral("300")});
    CommandSupport::addHistoryOption(parser);
    if (const auto exit = CommandSupport::parse(parser, arguments, QStringLiteral("send")))
        return *exit;
    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(QStringLiteral("timeout")).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 3600) {
        OutputWriter::printError(tr("--timeout expects seconds between 0 and 3600."));
        return ExitUsage;
    }

    int exitCode = ExitOk;
    const auto config = CommandSupport::loadProject(parser, &exitCode);
    if (!config)
        return exitCode;
    const ReportEngine engine(*config);
    const ReportEngine::Outcome outcome = engine.run();
    if (!outcome.ok) {
        OutputWriter::printError(outcome.error);
        return CommandSupport::exitCodeFor(outcome.failure);
    }
    const ReportEngine::GateOutcome gate
        = engine.evaluateGate(LicenseVerifier::directusEmbedded(), QDateTime::currentDateTimeUtc());
    if (!gate.ok) {
        OutputWriter::printError(gate.error);
        return CommandSupport::exitCodeFor(gate.failure);
    }

    const QByteArray bytes = outcome.report.wireBytes();
    const TelemetryRequest request = TelemetryRequest::fromConfig(*config, bytes);
    ReportHistory history(CommandSupport::historyDirectory(parser));
    QString error;
    if (!history.open(&error)) {
        OutputWriter::printError(error);
        return ExitHistory;
    }
    OutputWriter::printOut(
        review(request, gate.state, bytes, history.lastDelivered(config->projectDir())).toUtf8());

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        history.recordComputed(config->projectDir(), bytes, QStringLiteral("dry-run"));
        OutputWriter::printOut(tr("Dry run: nothing was sent.\n").toUtf8());
        return ExitOk;
    }
    if (outcome.report.directusWouldFail()) {
        OutputWriter::printError(tr("Directus would send nothing: %1. Not sending the tolerant reading.")
                                     .arg(outcome.report.directusFailureReason()));
        return ExitDirectusWouldFail;
    }
    if (!gate.state.effective) {
        OutputWriter::printError(tr("Telemetry is off for this project (%1); nothing was sent.")
                                     .arg(CommandSupport::reasonLabel(gate.state.reason)));
        return ExitTelemetryOff;
    }
    if (!request.isValid()) {
        SendResult result;
        result.kind = SendResult::Kind::InvalidRequest;
        result.error = request.invalidReason();
        result.startedAt = QDateTime::currentDateTimeUtc();
        history.recordSend(config->projectDir(), request, result, QStringLiteral("manual"));
        OutputWriter::printError(request.invalidReason());
        return ExitSendFailed;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!CommandSupport::stdinIsTerminal()) {
            OutputWriter::printError(
                tr("Not sending: standard input is not a terminal, so nobody can confirm. "
                   "Review the output above and run again with --yes to send it."));
            return ExitNotConfirmed;
        }
        if (!askConfirmation(
                tr("Send these %1 bytes to %2? [y/N]").arg(bytes.size()).arg(request.destination()))) {
            OutputWriter::printError(tr("Not sent."));
            return ExitNotConfirmed;
        }
    }

    QNetworkAccessManager network;
    ReportSender sender(&network);
    const int transferMs = int(timeoutSeconds * 1000);
    sender.setTimeouts({qMin(10000, transferMs), transferMs});
    SendResult result;
    QEventLoop loop; // a command-line tool with nothing else to do waits for its one result here
    QObject::connect(&sender, &ReportSender::finished, &loop, [&](const SendResult &finished) {
        result = finished;
        loop.quit();
    });
    sender.send(request);
    loop.exec();
    const qint64 id = history.recordSend(config->projectDir(), request, result, QStringLiteral("manual"));
    const QString recorded
        = id > 0 ? tr("history entry #%1").arg(id) : tr("not recorded: %1").arg(history.databasePath());
    if (result.ok()) {
        OutputWriter::printOut(tr("Sent: %1 in %2 ms (%3).\n")
                                   .arg(result.summary())
                                   .arg(result.elapsedMs)
                                   .arg(recorded)
                                   .toUtf8());
        return ExitOk;
    }
    OutputWriter::printError(
        tr("Not delivered (%1): %2 (%3)").arg(SendResult::kindName(result.kind), result.summary(), recorded));
    return ExitSendFailed;
}
