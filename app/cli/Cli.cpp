// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "Version.h"
#include "cli/CheckCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/OptOutCommand.h"
#include "cli/OutputWriter.h"
#include "cli/ReportCommand.h"
#include "cli/ScheduleCommand.h"
#include "cli/SendCommand.h"
#include "cli/StatusCommand.h"
#include "cli/VerifyCommand.h"

bool Cli::isCliInvocation(const QStringList &arguments)
{
    // No subcommand, or `gui`, opens the window.
    return arguments.size() > 1 && arguments.at(1) != QLatin1String("gui");
}

QString Cli::usage()
{
    return tr("Usage: telemetry-inspector [gui [--demo | PROJECT_DIR] | <command> [options]]\n"
              "\n"
              "See exactly what a self-hosted Directus instance sends in its anonymous usage report.\n"
              "\n"
              "Without a command (or with `gui`) the desktop window opens.\n"
              "\n"
              "Commands:\n"
              "  report [PROJECT_DIR]   compute the report Directus would send (nothing is sent)\n"
              "  check [PROJECT_DIR]    prove the report carries no names, people, secrets or settings\n"
              "  status [PROJECT_DIR]   whether Directus reports (requested, effective, why) and when next\n"
              "  send [PROJECT_DIR]     review the report, then send it (--dry-run sends nothing)\n"
              "  schedule [PROJECT_DIR] send on Directus's schedule until Ctrl-C\n"
              "  history                the reports computed, sent and exported; --diff A B\n"
              "  opt-out [PROJECT_DIR]  set TELEMETRY=false in the project's configuration file\n"
              "  opt-in [PROJECT_DIR]   set TELEMETRY=true in the project's configuration file\n"
              "  export [PROJECT_DIR] --output FILE\n"
              "                         write a compliance export (payload, SHA-256, state, verdicts)\n"
              "  verify FILE            check a compliance export\n"
              "\n"
              "Options:\n"
              "  --help, -h             this text; `telemetry-inspector <command> --help` for a command\n"
              "  --version              the inspector's version\n");
}

int Cli::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        OutputWriter::printOut(usage().toUtf8());
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        OutputWriter::printOut(QByteArray(DTI_APP_BINARY " " DTI_VERSION "\n"));
        return ExitOk;
    }
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "<program> [options]"
    if (command == QLatin1String("report"))
        return ReportCommand::run(rest);
    if (command == QLatin1String("check"))
        return CheckCommand::run(rest);
    if (command == QLatin1String("status"))
        return StatusCommand::run(rest);
    if (command == QLatin1String("send"))
        return SendCommand::run(rest);
    if (command == QLatin1String("schedule"))
        return ScheduleCommand::run(rest);
    if (command == QLatin1String("history"))
        return HistoryCommand::run(rest);
    if (command == QLatin1String("opt-out") || command == QLatin1String("opt-in"))
        return OptOutCommand::run(rest, command == QLatin1String("opt-in"));
    if (command == QLatin1String("export"))
        return ExportCommand::run(rest);
    if (command == QLatin1String("verify"))
        return VerifyCommand::run(rest);
    OutputWriter::printError(tr("Unknown command \"%1\".").arg(command) + QLatin1Char('\n') + usage());
    return ExitUsage;
}
