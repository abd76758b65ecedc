// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "engine/ReportEngine.h"
#include "report/ReportTextFormatter.h"

#include <QCommandLineParser>

#include <cstdio>

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compute the anonymous usage report this Directus project would send, without sending it."));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    parser.addOption({QStringLiteral("format"), tr("json (the bytes Directus sends; default) or table."),
                      QStringLiteral("json|table"), QStringLiteral("json")});
    parser.addOption(
        {QStringLiteral("pretty"), tr("Indent the JSON for reading (not the bytes that are sent).")});
    parser.addOption(
        {QStringLiteral("output"), tr("Write to FILE instead of standard output."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("progress"),
                      tr("Show progress on standard error, with the database's own row estimates (marked as "
                         "such) while the exact counts run.")});
    if (const auto exitCode = CommandSupport::parse(parser, arguments, QStringLiteral("report")))
        return *exitCode;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("table")) {
        OutputWriter::printError(tr("--format must be json or table, not \"%1\".").arg(format));
        return ExitUsage;
    }

    int loadExitCode = ExitProject;
    const auto config = CommandSupport::loadProject(parser, &loadExitCode);
    if (!config)
        return loadExitCode;
    // The configuration's own warnings already say when the version was not read from the install.

    ReportEngine engine(*config);
    engine.setTimeouts(ProjectOptions::connectTimeoutSeconds(parser),
                       ProjectOptions::queryTimeoutSeconds(parser));
    engine.setRunRedactionCheck(false); // `report` prints the payload; `check` runs the checks
    ReportEngine::ProgressCallback progress;
    if (parser.isSet(QStringLiteral("progress"))) {
        progress = [](int done, int total, const QString &step) {
            OutputWriter::printProgress(
                QStringLiteral("[%1/%2] %3").arg(qMin(done + 1, total)).arg(total).arg(step));
        };
        engine.setItemsEstimateCallback([](const ReportEngine::ItemsEstimate &estimate) {
            OutputWriter::printProgress(tr("collections: %1; items ≈ %2 (estimate from the database's "
                                           "statistics for %3 of %1 tables; "
                                           "the exact count is running)")
                                            .arg(estimate.collections)
                                            .arg(estimate.items)
                                            .arg(estimate.coveredTables));
        });
    }
    const ReportEngine::Outcome outcome = engine.run(progress);
    if (!outcome.ok) {
        OutputWriter::printError(outcome.error);
        return CommandSupport::exitCodeFor(outcome.failure);
    }
    const Report &report = outcome.report;
    for (const QString &warning : report.warnings()) {
        if (!config->warnings().contains(warning))
            OutputWriter::printWarning(warning);
    }

    QByteArray bytes;
    if (format == QLatin1String("table"))
        bytes = ReportTextFormatter::format(report).toUtf8();
    else if (parser.isSet(QStringLiteral("pretty")))
        bytes = report.prettyJson() + '\n';
    else
        bytes = report.wireBytes(); // exactly what is sent: no trailing newline

    if (parser.isSet(QStringLiteral("output"))) {
        QString error;
        if (!OutputWriter::writeFile(parser.value(QStringLiteral("output")), bytes, &error)) {
            OutputWriter::printError(error);
            return ExitOutput;
        }
    } else {
        OutputWriter::printOut(bytes);
    }

    if (report.directusWouldFail()) {
        OutputWriter::printError(
            tr("Directus would send nothing: %1. The output above is the tolerant reading, "
               "with the affected values marked approximate.")
                .arg(report.directusFailureReason()));
        return ExitDirectusWouldFail;
    }
    return ExitOk;
}
