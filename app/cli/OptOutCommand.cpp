// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptOutCommand.h"

#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "engine/ReportEngine.h"
#include "gating/LicenseVerifier.h"
#include "optout/TelemetrySwitch.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <iostream>
#include <string>

namespace {

void printLines(const QStringList &lines)
{
    for (const QString &line : lines)
        OutputWriter::printOut(line.toUtf8() + '\n');
}

QByteArray lineOf(const QByteArray &content, int number)
{
    const QList<QByteArray> lines = QByteArray(content).replace("\r\n", "\n").replace('\r', '\n').split('\n');
    return lines.value(number - 1);
}

} // namespace

int OptOutCommand::run(const QStringList &arguments, bool enable)
{
    const QString command = enable ? QStringLiteral("opt-in") : QStringLiteral("opt-out");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        enable ? tr("Set TELEMETRY=true in the project's configuration file (only that value changes).")
               : tr("Set TELEMETRY=false in the project's configuration file (only that value changes). "
                    "Without a licence that allows it, Directus 12.4.1 ignores the setting."));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    parser.addOption({{QStringLiteral("yes"), QStringLiteral("y")}, tr("Write without asking.")});
    parser.addOption({QStringLiteral("create-config"),
                      tr("When the project has no configuration file, create one holding only TELEMETRY "
                         "(only in a folder Directus runs in).")});
    if (!parser.parse(arguments)) {
        OutputWriter::printError(parser.errorText() + QLatin1Char('\n')
                                 + tr("Try: telemetry-inspector %1 --help").arg(command));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        OutputWriter::printOut(parser.helpText().toUtf8());
        return ExitOk;
    }
    QString error;
    const auto config = ProjectOptions::load(parser, &error);
    if (!config) {
        OutputWriter::printError(error);
        return ExitProject;
    }
    for (const QString &warning : config->warnings())
        OutputWriter::printWarning(warning);

    const TelemetrySwitch telemetrySwitch(*config, [] { return QDateTime::currentDateTimeUtc(); });
    TelemetrySwitch::Options options;
    options.createConfigIfMissing = parser.isSet(QStringLiteral("create-config"));
    const TelemetrySwitch::Plan plan = telemetrySwitch.plan(enable, options);
    if (!plan.ok) {
        OutputWriter::printError(plan.error);
        return ExitConfigUnchanged;
    }
    printLines(plan.notes);

    if (!plan.nothingToDo) {
        const QString verb = plan.createsFile ? tr("Create") : plan.appended ? tr("Append to") : tr("Change");
        OutputWriter::printOut(tr("%1 %2:\n").arg(verb, plan.targetFile).toUtf8());
        for (const int line : plan.changedLines) {
            OutputWriter::printOut(tr("  line %1\n").arg(line).toUtf8());
            if (!plan.appended)
                OutputWriter::printOut("  - " + lineOf(plan.before, line) + '\n');
            OutputWriter::printOut("  + " + lineOf(plan.after, line) + '\n');
        }
        if (!parser.isSet(QStringLiteral("yes"))) {
            OutputWriter::printOut(tr("Write this change? [y/N] ").toUtf8());
            std::string answer;
            std::getline(std::cin, answer);
            const QString reply = QString::fromStdString(answer).trimmed().toLower();
            if (reply != QLatin1String("y") && reply != QLatin1String("yes")) {
                if (answer.empty()) // no answer (end of input): end the prompt's line
                    OutputWriter::printOut("\n");
                OutputWriter::printOut(tr("Nothing was changed.\n").toUtf8());
                return ExitNotConfirmed;
            }
        }
        const TelemetrySwitch::Result result = telemetrySwitch.apply(plan);
        if (!result.ok) {
            OutputWriter::printError(result.error);
            return ExitConfigUnchanged;
        }
        OutputWriter::printOut((result.backupFile.isEmpty()
                                    ? tr("Created %1.\n").arg(result.writtenFile)
                                    : tr("Changed %1 (the previous version is kept as %2).\n")
                                          .arg(result.writtenFile, result.backupFile))
                                   .toUtf8());
    }

    // The state Directus will be in, from the configuration as it now reads.
    const auto reloaded = ProjectOptions::load(parser, &error);
    if (!reloaded) {
        OutputWriter::printError(tr("The configuration cannot be read back: %1").arg(error));
        return ExitProject;
    }
    const ReportEngine::GateOutcome gate = ReportEngine(*reloaded).evaluateGate(
        LicenseVerifier::directusEmbedded(), QDateTime::currentDateTimeUtc());
    if (!gate.ok) {
        OutputWriter::printWarning(tr("Whether Directus will report depends on its licence, which cannot be "
                                      "read: %1")
                                       .arg(gate.error));
        OutputWriter::printOut(TelemetrySwitch::restartNotice().toUtf8() + '\n');
        return ExitOk;
    }
    QStringList lines = TelemetrySwitch::describe(gate.state);
    if (plan.nothingToDo)
        lines.removeLast(); // nothing changed, so there is nothing to restart for
    printLines(lines);
    return ExitOk;
}
