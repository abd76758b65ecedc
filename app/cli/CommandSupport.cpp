// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSupport.h"

#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"

#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

void CommandSupport::addHistoryOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("history-dir"),
                      tr("Keep the report history in DIR (default: %1).")
                          .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                      QStringLiteral("DIR")});
}

QString CommandSupport::historyDirectory(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("history-dir"));
    return given.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : given;
}

std::optional<int> CommandSupport::parse(QCommandLineParser &parser, const QStringList &arguments,
                                         const QString &command)
{
    if (!parser.parse(arguments)) {
        OutputWriter::printError(parser.errorText() + QLatin1Char('\n')
                                 + tr("Try: telemetry-inspector %1 --help").arg(command));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        OutputWriter::printOut(parser.helpText().toUtf8());
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<ProjectConfig> CommandSupport::loadProject(const QCommandLineParser &parser, int *exitCode)
{
    QString error;
    auto config = ProjectOptions::load(parser, &error);
    if (!config) {
        OutputWriter::printError(error);
        *exitCode = ExitProject;
        return std::nullopt;
    }
    for (const QString &warning : config->warnings())
        OutputWriter::printWarning(warning);
    return config;
}

int CommandSupport::exitCodeFor(ReportEngine::Failure failure)
{
    switch (failure) {
    case ReportEngine::Failure::None:
        return ExitOk;
    case ReportEngine::Failure::Configuration:
        return ExitProject;
    case ReportEngine::Failure::Cancelled:
        return ExitCancelled;
    case ReportEngine::Failure::Database:
        return ExitDatabase;
    }
    return ExitDatabase;
}

bool CommandSupport::stdinIsTerminal()
{
    return isatty(fileno(stdin)) == 1;
}

QString CommandSupport::localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString CommandSupport::reasonLabel(TelemetryGate::Reason reason)
{
    switch (reason) {
    case TelemetryGate::Reason::ConfigEnabled:
        return tr("enabled by TELEMETRY");
    case TelemetryGate::Reason::RequiredByCoreLicence:
        return tr("required by licence (the built-in Core licence)");
    case TelemetryGate::Reason::RequiredByLicence:
        return tr("required by licence");
    case TelemetryGate::Reason::OptedOut:
        return tr("opted out");
    }
    return {};
}

QString CommandSupport::gateText(const TelemetryGate::State &gate)
{
    QString text;
    text += tr("Requested:   %1 (TELEMETRY=%2)\n")
                .arg(gate.requested ? tr("on") : tr("off"),
                     gate.requestedValue.isEmpty() ? QStringLiteral("true, the default")
                                                   : gate.requestedValue);
    text += tr("Effective:   %1, %2\n").arg(gate.effective ? tr("on") : tr("off"), reasonLabel(gate.reason));
    text += tr("Why:         %1\n").arg(gate.explanation);
    if (gate.licence.verified)
        text += tr("Licence:     verified (%1), from %2, expires %3\n")
                    .arg(gate.licence.subject, gate.licenceSource, localTime(gate.licence.expires));
    else
        text += tr("Licence:     none verified (%1)\n").arg(gate.licence.failure);
    return text;
}
