// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "engine/ReportEngine.h"
#include "history/ReportHistory.h"
#include "send/ReportSender.h"
#include "send/SendReview.h"
#include "send/TelemetryRequest.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>

namespace {

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
    ReportEngine engine(*config);
    engine.setTimeouts(ProjectOptions::connectTimeoutSeconds(parser),
                       ProjectOptions::queryTimeoutSeconds(parser));
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
    if (!CommandSupport::openHistory(history))
        return ExitHistory;
    const SendReview review
        = SendReview::prepare(request, gate.state, history.lastDelivered(config->projectDir()),
                              outcome.report.directusFailureReason());
    OutputWriter::printOut(review.toText().toUtf8());

    if (parser.isSet(QStringLiteral("dry-run"))) {
        history.recordComputed(config->projectDir(), bytes, QStringLiteral("dry-run"));
        OutputWriter::printOut(tr("Dry run: nothing was sent.\n").toUtf8());
        return ExitOk;
    }
    if (!review.canSend()) {
        OutputWriter::printError(review.blockedReason());
        if (outcome.report.directusWouldFail())
            return ExitDirectusWouldFail;
        if (!gate.state.effective)
            return ExitTelemetryOff;
        // fetch would refuse the request: recorded, like any other failed attempt
        SendResult result;
        result.kind = SendResult::Kind::InvalidRequest;
        result.error = request.invalidReason();
        result.startedAt = QDateTime::currentDateTimeUtc();
        history.recordSend(config->projectDir(), request, result, QStringLiteral("manual"));
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
