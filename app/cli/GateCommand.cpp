// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "cli/StopSignalWatcher.h"
#include "gate/ReportGate.h"
#include "gate/ReportIntake.h"
#include "history/ReportHistory.h"
#include "schedule/SystemClock.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace {

void say(const QString &line)
{
    CommandSupport::printTimestamped(line);
}

QString describe(const ReceivedReport &report)
{
    return QStringLiteral("#%1 %2 %3 from %4, %5 bytes, SHA-256 %6")
        .arg(report.id)
        .arg(ReceivedReport::channelName(report.channel), ReceivedReport::stateName(report.state),
             report.source)
        .arg(report.bytes.size())
        .arg(QString::fromLatin1(report.sha256.left(12)));
}

QString findings(const ReceivedReport &report)
{
    QStringList lines;
    if (report.personalData)
        lines << GateCommand::tr("  personal data: an owner registration (email masked in the history)");
    lines << GateCommand::tr("  redaction: %1")
                 .arg(report.redactionFailed ? GateCommand::tr("FAILED") : GateCommand::tr("pass"));
    for (const QString &line : report.redaction.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (report.redactionFailed)
            lines << QStringLiteral("    ") + line;
    }
    if (report.channel == ReceivedReport::Channel::Metrics) {
        lines << (report.diffFlagged
                      ? GateCommand::tr("  diff against the computed report: UNEXPECTED changes")
                      : report.diff.isEmpty()
                      ? GateCommand::tr("  diff against the computed report: identical")
                      : GateCommand::tr("  diff against the computed report: only "
                                        "api_requests* (expected)"));
        for (const QString &line : report.diff)
            lines << QStringLiteral("    ") + line;
    }
    if (!report.destination.isEmpty())
        lines << GateCommand::tr("  forward to: %1").arg(report.destination);
    if (!report.forwardOutcome.isEmpty())
        lines << GateCommand::tr("  forwarded: %1%2%3")
                     .arg(report.forwardOutcome,
                          report.forwardStatus ? QStringLiteral(" (HTTP %1)").arg(report.forwardStatus)
                                               : QString(),
                          report.forwardError.isEmpty() ? QString()
                                                        : QStringLiteral(": ") + report.forwardError);
    if (!report.note.isEmpty())
        lines << GateCommand::tr("  note: %1").arg(report.note);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int GateCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (sub == QLatin1String("list")) {
        rest.removeAt(1);
        return list(rest);
    }
    if (sub == QLatin1String("approve") || sub == QLatin1String("discard")) {
        rest.removeAt(1);
        return decide(rest, sub == QLatin1String("approve"));
    }
    return serve(arguments);
}

int GateCommand::serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receive this project's Directus server's own reports on a local address, check them against the "
           "database, and forward them (at once, or with --hold after `gate approve ID`). Ctrl-C stops.\n"
           "Other forms: gate list | gate approve ID [PROJECT_DIR] | gate discard ID"));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    CommandSupport::addHistoryOption(parser);
    parser.addOption({QStringLiteral("listen"), tr("Listen on ADDRESS:PORT (default 127.0.0.1:8787)."),
                      QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8787")});
    parser.addOption({QStringLiteral("hold"), tr("Hold each report for review instead of forwarding it.")});
    parser.addOption({QStringLiteral("forward-to"),
                      tr("Forward to this intake (default: the project's TELEMETRY_URL; owner registrations: "
                         "COMPLIANCE_URL)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("allow-non-loopback"),
                      tr("Allow a --listen address other hosts can reach (no TLS; not recommended).")});
    if (const auto exit = CommandSupport::parse(parser, arguments, QStringLiteral("gate")))
        return *exit;

    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        OutputWriter::printError(
            tr("--listen must be ADDRESS:PORT with a numeric address, e.g. 127.0.0.1:8787."));
        return ExitUsage;
    }

    int exitCode = ExitOk;
    const auto config = CommandSupport::loadProject(parser, &exitCode);
    if (!config)
        return exitCode;
    ReportHistory history(CommandSupport::historyDirectory(parser));
    if (!CommandSupport::openHistory(history))
        return ExitHistory;

    ReportGate::Options options;
    options.mode
        = parser.isSet(QStringLiteral("hold")) ? ReportGate::Mode::Hold : ReportGate::Mode::PassThrough;
    options.forwardTo = parser.value(QStringLiteral("forward-to"));
    QNetworkAccessManager network;
    SystemClock clock;
    ReportGate gate(*config, &history, &network, &clock, options);

    // The project's .env usually points TELEMETRY_URL at this very gate; forwarding there would loop.
    const QUrl forward(gate.metricsBaseUrl());
    const QHostAddress forwardHost(forward.host());
    if ((forward.host() == QLatin1String("localhost") || forwardHost.isLoopback() || forwardHost == address)
        && forward.port(forward.scheme() == QLatin1String("https") ? 443 : 80) == static_cast<int>(port)) {
        OutputWriter::printError(
            tr("The forward destination %1 is this gate itself (TELEMETRY_URL in the project "
               "points here). Give the real intake with --forward-to, e.g. "
               "--forward-to https://telemetry.directus.io.")
                .arg(gate.metricsBaseUrl()));
        return ExitUsage;
    }

    ReportIntake::Options intakeOptions;
    intakeOptions.address = address;
    intakeOptions.port = static_cast<quint16>(port);
    intakeOptions.allowNonLoopback = parser.isSet(QStringLiteral("allow-non-loopback"));
    ReportIntake intake([&gate](const IntakeRequestParser::Request &request, const QString &peer) {
        return gate.handle(request, peer);
    });
    QString error;
    QString warning;
    if (!intake.listen(intakeOptions, &error, &warning)) {
        OutputWriter::printError(error);
        return ExitUsage;
    }
    if (!warning.isEmpty())
        OutputWriter::printWarning(warning);

    StopSignalWatcher stopSignals;
    if (!stopSignals.isValid()) {
        OutputWriter::printError(tr("Cannot set up the Ctrl-C handler."));
        return ExitUsage;
    }
    QEventLoop loop;
    bool stopping = false;
    QObject::connect(&stopSignals, &StopSignalWatcher::stopRequested, &loop, [&] {
        if (stopping)
            return;
        stopping = true;
        intake.close();
        if (gate.isForwarding() || gate.isAnalysing())
            say(tr("stopping after the running forward…"));
        else
            loop.quit();
    });
    QObject::connect(&intake, &ReportIntake::requestRefused, &loop,
                     [](const QString &peer, int status, const QString &reason) {
                         say(tr("refused %1 from %2: %3").arg(status).arg(peer, reason));
                     });
    // A report is announced when it arrives; its verdicts when its check (on the gate's worker) is done.
    QSet<qint64> checking;
    QObject::connect(&gate, &ReportGate::entryAdded, &loop, [&checking](const ReceivedReport &report) {
        if (report.state == ReceivedReport::State::Analysing) {
            checking.insert(report.id);
            say(tr("received %1").arg(describe(report)));
        } else {
            say(tr("received %1").arg(describe(report)) + QLatin1Char('\n') + findings(report));
        }
    });
    const auto quitWhenIdle = [&] {
        if (stopping && !gate.isForwarding() && !gate.isAnalysing())
            loop.quit();
    };
    QObject::connect(&gate, &ReportGate::entryChanged, &loop, [&](const ReceivedReport &report) {
        if (report.state == ReceivedReport::State::Analysing || !checking.remove(report.id))
            return;
        say(tr("checked %1").arg(describe(report)) + QLatin1Char('\n') + findings(report));
        // Signalled from inside the gate, before a pass-through forward is queued: look once it is.
        QTimer::singleShot(0, &loop, quitWhenIdle);
    });
    QObject::connect(&gate, &ReportGate::forwardFinished, &loop, [&](const ReceivedReport &report) {
        say(tr("forwarded %1").arg(describe(report)) + QLatin1Char('\n') + findings(report));
        quitWhenIdle();
    });
    stopSignals.start();

    say(tr("review gate listening on %1:%2 (%3) for %4; reports are %5")
            .arg(intake.serverAddress().toString())
            .arg(intake.serverPort())
            .arg(options.mode == ReportGate::Mode::Hold ? tr("hold for review") : tr("pass-through"),
                 config->projectDir(),
                 options.mode == ReportGate::Mode::Hold
                     ? tr("held until `gate approve ID`; approved ones go to %1").arg(gate.metricsBaseUrl())
                     : tr("forwarded to %1").arg(gate.metricsBaseUrl())));
    say(tr("on the Directus server set TELEMETRY_URL=http://%1:%2 (Directus posts to /v1/metrics)")
            .arg(intake.serverAddress().toString())
            .arg(intake.serverPort()));
    loop.exec();
    stopSignals.stop();
    say(tr("review gate stopped"));
    return ExitOk;
}

int GateCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the reports the review gate received, newest last."));
    parser.addHelpOption();
    CommandSupport::addHistoryOption(parser);
    if (const auto exit = CommandSupport::parse(parser, arguments, QStringLiteral("gate list")))
        return *exit;
    ReportHistory history(CommandSupport::historyDirectory(parser));
    if (!CommandSupport::openHistory(history))
        return ExitHistory;
    const QList<ReceivedReport> reports = history.receivedReports();
    if (reports.isEmpty())
        OutputWriter::printOut(tr("The review gate has received nothing yet.\n").toUtf8());
    for (const ReceivedReport &report : reports) {
        OutputWriter::printOut((CommandSupport::localTime(report.time) + QLatin1Char(' ') + describe(report)
                                + QLatin1Char('\n') + findings(report) + QLatin1Char('\n'))
                                   .toUtf8());
    }
    return ExitOk;
}

int GateCommand::decide(const QStringList &arguments, bool approve)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        approve
            ? tr("Forward a held report with its original bytes. The Authorization header is never stored: "
                 "it is taken from the project's TELEMETRY_AUTHORIZATION (PROJECT_DIR defaults to the "
                 "folder the report was received for).")
            : tr("Discard a held report: it is never forwarded. Some licences require reports to reach "
                 "Directus; discarding may breach them."));
    parser.addHelpOption();
    CommandSupport::addHistoryOption(parser);
    if (approve) {
        ProjectOptions::addTo(parser);
        parser.addOption({QStringLiteral("forward-to"),
                          tr("Forward to this intake (default: where the gate that held it would send it)."),
                          QStringLiteral("URL")});
    }
    const QString command = approve ? QStringLiteral("gate approve") : QStringLiteral("gate discard");
    if (const auto exit = CommandSupport::parse(parser, arguments, command))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    bool idOk = false;
    const qint64 id = positional.value(0).toLongLong(&idOk);
    if (!idOk || id <= 0 || positional.size() > (approve ? 2 : 1)) {
        OutputWriter::printError(tr("Usage: telemetry-inspector %1 ID%2")
                                     .arg(command, approve ? QStringLiteral(" [PROJECT_DIR]") : QString()));
        return ExitUsage;
    }
    ReportHistory history(CommandSupport::historyDirectory(parser));
    if (!CommandSupport::openHistory(history))
        return ExitHistory;
    const std::optional<ReceivedReport> report = history.receivedReport(id);
    if (!report) {
        OutputWriter::printError(tr("There is no received report #%1.").arg(id));
        return ExitHistory;
    }

    // The project comes from the arguments or, when left out, from the report itself: the ID is taken out of
    // the arguments so that ProjectOptions sees only a project folder.
    QStringList projectArguments = arguments;
    projectArguments.removeAt(projectArguments.indexOf(positional.value(0), 1));
    if (positional.size() < 2 && !report->project.isEmpty())
        projectArguments.append(report->project);
    QCommandLineParser projectParser;
    projectParser.addHelpOption();
    CommandSupport::addHistoryOption(projectParser);
    ProjectOptions::addTo(projectParser);
    if (approve)
        projectParser.addOption({QStringLiteral("forward-to"), QString(), QStringLiteral("URL")});
    projectParser.parse(projectArguments);
    int exitCode = ExitOk;
    const auto config = CommandSupport::loadProject(projectParser, &exitCode);
    if (!config)
        return exitCode;

    ReportGate::Options options;
    options.forwardTo = approve ? parser.value(QStringLiteral("forward-to")) : QString();
    QNetworkAccessManager network;
    SystemClock clock;
    ReportGate gate(*config, &history, &network, &clock, options);
    QString error;
    if (!approve) {
        if (!gate.discard(id, &error)) {
            OutputWriter::printError(error);
            return ExitHistory;
        }
        OutputWriter::printOut(tr("Discarded #%1: it will not be forwarded.\n").arg(id).toUtf8());
        return ExitOk;
    }
    QEventLoop loop;
    std::optional<ReceivedReport> finished;
    QObject::connect(&gate, &ReportGate::forwardFinished, &loop, [&](const ReceivedReport &done) {
        finished = done;
        loop.quit();
    });
    if (report->state == ReceivedReport::State::Analysing) {
        OutputWriter::printError(ReportGate::stillBeingChecked(id));
        return ExitHistory;
    }
    if (report->state != ReceivedReport::State::Held) {
        OutputWriter::printError(
            tr("Received report #%1 is %2, not held.").arg(id).arg(ReceivedReport::stateName(report->state)));
        return ExitHistory;
    }
    if (!gate.approve(id, &error)) {
        // Held, but it cannot be forwarded from here (no Authorization known, nowhere to send it, …).
        OutputWriter::printError(error);
        return ExitSendFailed;
    }
    if (!finished)
        loop.exec();
    OutputWriter::printOut(
        (describe(*finished) + QLatin1Char('\n') + findings(*finished) + QLatin1Char('\n')).toUtf8());
    return finished->state == ReceivedReport::State::Forwarded ? ExitOk : ExitSendFailed;
}
