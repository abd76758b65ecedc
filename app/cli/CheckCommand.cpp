// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "engine/ReportEngine.h"
#include "redaction/RedactionChecker.h"
#include "redaction/RedactionTextFormatter.h"

#include <QCommandLineParser>
#include <QFile>

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check that the report carries none of this instance's names, people, "
           "secrets or settings."));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    parser.addOption(
        {QStringLiteral("payload"),
         tr("Check this JSON payload (e.g. one captured from the server) instead of the computed report."),
         QStringLiteral("FILE")});
    if (const auto exitCode = CommandSupport::parse(parser, arguments, QStringLiteral("check")))
        return *exitCode;
    int loadExitCode = ExitProject;
    const auto config = CommandSupport::loadProject(parser, &loadExitCode);
    if (!config)
        return ExitCheckCouldNotRun;

    ReportEngine engine(*config);
    engine.setTimeouts(ProjectOptions::connectTimeoutSeconds(parser),
                       ProjectOptions::queryTimeoutSeconds(parser));
    RedactionVerdicts verdicts;
    if (parser.isSet(QStringLiteral("payload"))) {
        const QString path = parser.value(QStringLiteral("payload"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            OutputWriter::printError(tr("Cannot read the payload %1: %2").arg(path, file.errorString()));
            return ExitCheckCouldNotRun;
        }
        // A payload is a few kilobytes; refuse anything that cannot be one rather than reading it all.
        constexpr qint64 maximumPayload = 16 * 1024 * 1024;
        if (file.size() > maximumPayload) {
            OutputWriter::printError(tr("%1 is %2 bytes, far larger than any report; is it the right file?")
                                         .arg(path)
                                         .arg(file.size()));
            return ExitCheckCouldNotRun;
        }
        const QByteArray payload = file.readAll();
        const ReportEngine::FactsOutcome facts = engine.gatherFacts();
        if (!facts.ok) {
            OutputWriter::printError(facts.error);
            return ExitCheckCouldNotRun;
        }
        verdicts = RedactionChecker::check(payload, facts.facts);
    } else {
        const ReportEngine::Outcome outcome = engine.run();
        if (!outcome.ok) {
            OutputWriter::printError(outcome.error);
            return ExitCheckCouldNotRun;
        }
        verdicts = outcome.verdicts;
    }
    OutputWriter::printOut(RedactionTextFormatter::format(verdicts).toUtf8());
    if (RedactionChecker::anyFailed(verdicts))
        return ExitCheckFailed;
    return RedactionChecker::allPassed(verdicts) ? ExitOk : ExitCheckCouldNotRun;
}
