// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "cli/StopSignalWatcher.h"
#include "gating/GateTextFormatter.h"
#include "history/ReportHistory.h"
#include "schedule/ReportScheduler.h"
#include "schedule/SystemClock.h"
#include "schedule/TelemetryReporter.h"
#include "send/ReportSender.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace {

void say(const QString &line)
{
    CommandSupport::printTimestamped(line);
}

} // namespace

int ScheduleCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Act as the reporter: send this project's report on Directus's schedule "
           "until stopped with Ctrl-C."));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    CommandSupport::addHistoryOption(parser);
    parser.addOption(
        {QStringLiteral("startup-delay"),
         tr("immediate (as Directus 12.4.1: the startup report goes out at once; default) or random "
            "(wait up to 30 minutes first)."),
         QStringLiteral("immediate|random"), QStringLiteral("immediate")});
    if (const auto exit = CommandSupport::parse(parser, arguments, QStringLiteral("schedule")))
        return *exit;
    const QString startupDelay = parser.value(QStringLiteral("startup-delay"));
    if (startupDelay != QLatin1String("immediate") && startupDelay != QLatin1String("random")) {
        OutputWriter::printError(tr("--startup-delay must be immediate or random."));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto config = CommandSupport::loadProject(parser, &exitCode);
    if (!config)
        return exitCode;
    ReportEngine engine(*config);
    engine.setTimeouts(ProjectOptions::connectTimeoutSeconds(parser),
                       ProjectOptions::queryTimeoutSeconds(parser));
    const LicenseVerifier verifier = LicenseVerifier::directusEmbedded();
    const ReportEngine::GateOutcome gate = engine.evaluateGate(verifier, QDateTime::currentDateTimeUtc());
    if (!gate.ok) {
        OutputWriter::printError(gate.error);
        return CommandSupport::exitCodeFor(gate.failure);
    }
    OutputWriter::printOut(GateTextFormatter::format(gate.state).toUtf8());
    if (!gate.state.effective) {
        OutputWriter::printError(tr("Telemetry is off for this project (%1): Directus schedules nothing, and "
                                    "neither does the inspector.")
                                     .arg(GateTextFormatter::reasonLabel(gate.state.reason)));
        return ExitTelemetryOff;
    }
    ReportHistory history(CommandSupport::historyDirectory(parser));
    if (!CommandSupport::openHistory(history))
        return ExitHistory;

    StopSignalWatcher stopSignals;
    if (!stopSignals.isValid()) {
        OutputWriter::printError(tr("Cannot set up the Ctrl-C handler."));
        return ExitUsage;
    }
    QEventLoop loop; // the foreground loop of this command; the Ctrl-C handler ends it
    SystemClock clock;
    ReportScheduler scheduler(&clock, ReportScheduler::systemRandom());
    scheduler.setStartupPolicy(startupDelay == QLatin1String("random")
                                   ? ReportScheduler::StartupPolicy::RandomDelay
                                   : ReportScheduler::StartupPolicy::Immediate);
    QNetworkAccessManager network;
    ReportSender sender(&network);
    bool stopping = false;
    TelemetryReporter reporter(&scheduler, &sender, &history, [&] {
        // A fresh report and a fresh look at the gate before each send, as the server would have now.
        TelemetryReporter::Preparation preparation;
        preparation.project = config->projectDir();
        const ReportEngine::GateOutcome now = engine.evaluateGate(verifier, QDateTime::currentDateTimeUtc());
        if (!now.ok) {
            preparation.gate.effective = true;
            preparation.error = now.error;
            return preparation;
        }
        preparation.gate = now.state;
        const ReportEngine::Outcome outcome = engine.run();
        if (!outcome.ok || outcome.report.directusWouldFail()) {
            preparation.error = outcome.ok ? outcome.report.directusFailureReason() : outcome.error;
            return preparation;
        }
        preparation.ok = true;
        preparation.request = TelemetryRequest::fromConfig(*config, outcome.report.wireBytes());
        return preparation;
    });

    QObject::connect(&reporter, &TelemetryReporter::sending, &loop,
                     [](const TelemetryRequest &request, ReportScheduler::Trigger trigger) {
                         say(tr("%1 report: sending %2 bytes (SHA-256 %3) to %4")
                                 .arg(TelemetryReporter::triggerName(trigger))
                                 .arg(request.body().size())
                                 .arg(QString::fromLatin1(ReportHistory::sha256Hex(request.body()).left(12)),
                                      request.destination()));
                     });
    QObject::connect(
        &reporter, &TelemetryReporter::sent, &loop, [&](const SendResult &result, ReportScheduler::Trigger) {
            say(result.ok()
                    ? tr("delivered: %1").arg(result.summary())
                    : tr("not delivered (%1): %2").arg(SendResult::kindName(result.kind), result.summary()));
            if (stopping)
                loop.quit();
        });
    QObject::connect(
        &reporter, &TelemetryReporter::skipped, &loop,
        [](const QString &reason, ReportScheduler::Trigger trigger) {
            say(tr("%1 report skipped: %2").arg(TelemetryReporter::triggerName(trigger), reason));
        });
    QDateTime announced;
    QObject::connect(&scheduler, &ReportScheduler::scheduleChanged, &loop, [&] {
        const QDateTime next = scheduler.nextSendTime();
        if (!next.isValid() || next == announced || (scheduler.nextSendIsExact() && next <= clock.now()))
            return;
        announced = next;
        say(scheduler.nextSendIsExact() ? tr("next report at %1").arg(CommandSupport::localTime(next))
                                        : tr("next report at %1 plus a random wait of up to 30 minutes")
                                              .arg(CommandSupport::localTime(next)));
    });
    QObject::connect(&stopSignals, &StopSignalWatcher::stopRequested, &loop, [&] {
        say(tr("stopping"));
        stopping = true;
        scheduler.stop();
        if (sender.isBusy())
            sender.cancel(); // the reporter records the cancelled attempt, then sent() ends the loop
        else
            loop.quit();
    });
    stopSignals.start();

    say(tr("reporting for %1 on Directus's schedule (cron 0 */6 * * *, local time); Ctrl-C stops")
            .arg(config->projectDir()));
    scheduler.start(gate.state);
    loop.exec();
    stopSignals.stop();
    say(tr("stopped after %n attempt(s)", nullptr, reporter.attempts()));
    return ExitOk;
}
