// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyCommand.h"

#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "export/ComplianceExportVerifier.h"

#include <QCommandLineParser>
#include <QFile>

int VerifyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a compliance export written by `export`: structure, SHA-256 and payload consistency."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The export file."), QStringLiteral("FILE"));
    if (!parser.parse(arguments)) {
        OutputWriter::printError(parser.errorText() + QLatin1Char('\n')
                                 + tr("Try: telemetry-inspector verify --help"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        OutputWriter::printOut(parser.helpText().toUtf8());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        OutputWriter::printError(
            tr("Name one export file, e.g. telemetry-inspector verify telemetry-export.json"));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OutputWriter::printError(tr("Cannot read the export %1: %2").arg(path, file.errorString()));
        return ExitVerifyUnreadable;
    }
    // An export is tens of kilobytes; refuse what cannot be one rather than reading it all.
    constexpr qint64 maximumExport = 64 * 1024 * 1024;
    if (file.size() > maximumExport) {
        OutputWriter::printError(tr("%1 is %2 bytes, far larger than any export; is it the right file?")
                                     .arg(path)
                                     .arg(file.size()));
        return ExitVerifyUnreadable;
    }
    const ComplianceExportVerifier::Result result = ComplianceExportVerifier::verify(file.readAll());
    QByteArray text;
    for (const ComplianceExportVerifier::Check &check : result.checks)
        text
            += (check.passed ? "PASS  " : "FAIL  ") + check.id.toUtf8() + ": " + check.detail.toUtf8() + '\n';
    OutputWriter::printOut(text);
    if (!result.ok) {
        OutputWriter::printError(tr("%1 does not verify: it was changed after it was written, or is not a "
                                    "compliance export.")
                                     .arg(path));
        return ExitVerifyFailed;
    }
    OutputWriter::printOut(tr("%1 verifies: the payload bytes, their SHA-256 and the parsed payload agree.\n")
                               .arg(path)
                               .toUtf8());
    return ExitOk;
}
