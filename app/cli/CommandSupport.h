// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// What the commands share: the --history-dir option (default: the app data folder), loading the project with
// its warnings printed, the exit code for an engine failure, whether standard input is an interactive
// terminal, and the time-stamped lines of the long-running commands.
class ReportHistory;

class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)

public:
    static void addHistoryOption(QCommandLineParser &parser);
    static QString historyDirectory(const QCommandLineParser &parser);
    // Opens the report history; false with the reason printed (the command then exits with ExitHistory).
    static bool openHistory(ReportHistory &history);
    // Parses arguments; on --help or a parse error prints and returns the exit code to use.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command);
    // Loads the project named by the ProjectOptions; prints warnings, or the error (and sets exitCode).
    static std::optional<ProjectConfig> loadProject(const QCommandLineParser &parser, int *exitCode);
    static int exitCodeFor(ReportEngine::Failure failure);
    static bool stdinIsTerminal();
    static QString localTime(const QDateTime &time); // "2026-11-25 18:00:00 CET"
    // One line on standard output after the local time in brackets, as the long-running commands log.
    static void printTimestamped(const QString &line);
};
