// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "engine/ReportEngine.h"
#include "export/ComplianceExport.h"
#include "gating/LicenseVerifier.h"
#include "history/ReportHistory.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFileInfo>

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a compliance export: the exact payload, its SHA-256, the opt-out state, the redaction "
           "verdicts and each field's documentation, as one JSON file that `verify` can check later."));
    parser.addHelpOption();
    ProjectOptions::addTo(parser);
    parser.addOption(
        {QStringLiteral("output"), tr("The export file to write (required)."), QStringLiteral("FILE")});
    CommandSupport::addHistoryOption(parser);
    if (const auto exitCode = CommandSupport::parse(parser, arguments, QStringLiteral("export")))
        return *exitCode;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        OutputWriter::printError(
            tr("Name the export file with --output FILE, e.g.\n"
               "  telemetry-inspector export /srv/directus --output telemetry-export.json"));
        return ExitUsage;
    }

    int loadExitCode = ExitOk;
    const auto config = CommandSupport::loadProject(parser, &loadExitCode);
    if (!config)
        return loadExitCode;

    ReportEngine engine(*config);
    engine.setDocumentTextsInSourceLanguage(true); // an export reads the same in every language
    const ReportEngine::Outcome outcome = engine.run();
    if (!outcome.ok) {
        OutputWriter::printError(outcome.error);
        return CommandSupport::exitCodeFor(outcome.failure);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ReportEngine::GateOutcome gate = engine.evaluateGate(LicenseVerifier::directusEmbedded(), now);
    if (!gate.ok) {
        OutputWriter::printError(gate.error);
        return CommandSupport::exitCodeFor(gate.failure);
    }

    const QByteArray document = ComplianceExport([now] { return now; }).build(*config, outcome, gate.state);
    QString error;
    if (!ComplianceExport::save(output, document, &error)) {
        OutputWriter::printError(error);
        return ExitOutput;
    }
    const QByteArray payload = outcome.report.wireBytes();
    // The report history lists exports beside computed and sent reports; an export is still valid without it.
    ReportHistory history(CommandSupport::historyDirectory(parser));
    if (!history.open(&error)
        || history.recordExport(config->projectDir(), QFileInfo(output).absoluteFilePath(), payload) == 0)
        OutputWriter::printWarning(tr("The export was written, but not recorded in the report history: %1")
                                       .arg(error.isEmpty() ? tr("the entry could not be stored") : error));
    OutputWriter::printOut(
        tr("Wrote %1: %2 payload bytes, SHA-256 %3.\n")
            .arg(output)
            .arg(payload.size())
            .arg(QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()))
            .toUtf8());
    if (outcome.report.directusWouldFail()) {
        OutputWriter::printError(
            tr("Directus would send nothing: %1. The export records the tolerant reading "
               "and this reason.")
                .arg(outcome.report.directusFailureReason()));
        return ExitDirectusWouldFail;
    }
    return ExitOk;
}
