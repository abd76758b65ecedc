// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSupport.h"

#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "cli/ProjectOptions.h"
#include "history/ReportHistory.h"

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
    QStringList notes;
    auto config = ProjectOptions::load(parser, &error, &notes);
    for (const QString &note : std::as_const(notes))
        OutputWriter::printNote(note);
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

void CommandSupport::printTimestamped(const QString &line)
{
    OutputWriter::printOut(
        QStringLiteral("[%1] %2\n").arg(localTime(QDateTime::currentDateTimeUtc()), line).toUtf8());
}

bool CommandSupport::openHistory(ReportHistory &history)
{
    QString error;
    if (history.open(&error))
        return true;
    OutputWriter::printError(error);
    return false;
}
