// SPDX-License-Identifier: GPL-3.0-or-later
// telemetry-inspector: the commands (report, check, send, …) and, without a command, the desktop window,
// which is the program telemetry-inspector-window beside this one.
#include "AppStartup.h"
#include "Version.h"
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <QProcess>
#endif

namespace {
// The CLI must run on servers without a display, so only the window gets a QApplication; the arguments are
// looked at before any application object exists.
bool wantsWindow(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    AppStartup::takeLanguageOption(&arguments);
    return !Cli::isCliInvocation(arguments);
}

// Replaces this process with the window program, same arguments; returns an exit code only when it could not.
// The window is a program of its own so that commands do not load Qt's GUI and widget libraries (about a
// quarter of a command's start-up time).
int openWindow(int argc, char *argv[])
{
    const QString program
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(DTI_APP_BINARY "-window"));
    QString reason;
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(program);
    std::vector<char *> arguments(argv, argv + argc);
    arguments[0] = const_cast<char *>(path.constData());
    arguments.push_back(nullptr);
    execv(path.constData(), arguments.data());
    reason = QString::fromLocal8Bit(std::strerror(errno)); // only reached when execv failed
#else
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const int exitCode = QProcess::execute(program, arguments);
    if (exitCode >= 0)
        return exitCode;
    reason = QStringLiteral("not started");
#endif
    OutputWriter::printError(
        QCoreApplication::translate("main",
                                    "Could not start the desktop window %1: %2. Reinstall the package; the "
                                    "commands work without it (telemetry-inspector --help).")
            .arg(QDir::toNativeSeparators(program), reason));
    return ExitUsage;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool window = wantsWindow(argc, argv);
    QCoreApplication app(argc, argv);
    // The CLI reads the same language setting the window writes (View ▸ Language), and writes no settings.
    AppStartup startup(&app, AppStartup::SettingsAccess::ReadOnly);
    if (!startup.ok())
        return ExitUsage;
    if (!window)
        return Cli::run(startup.arguments());
    if (!AppStartup::hasDisplay()) {
        OutputWriter::printError(AppStartup::noDisplayMessage() + QLatin1Char('\n') + Cli::usage());
        return ExitUsage;
    }
    return openWindow(argc, argv);
}
