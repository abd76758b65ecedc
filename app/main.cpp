// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProjectLocator.h"
#include "Version.h"
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "history/ReportHistory.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

namespace {
void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral(DTI_APP_BINARY));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTI_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dti.github.io"));
}

// The CLI must run on servers without a display, so only the window gets a QApplication; the arguments are
// looked at before any application object exists.
bool wantsWindow(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return !Cli::isCliInvocation(arguments);
}

// On Linux/BSD without X11, Wayland or an explicit QT_QPA_PLATFORM, QApplication would abort; say what to
// do instead (a server over SSH usually wants the CLI).
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int runWindow(int argc, char *argv[])
{
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        OutputWriter::printError(
            QCoreApplication::translate("main",
                                        "The desktop window needs a display (DISPLAY or WAYLAND_DISPLAY "
                                        "is not set). On a server, use a command instead:")
            + QLatin1Char('\n') + Cli::usage());
        return ExitUsage;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Directus Telemetry Inspector"));
    QGuiApplication::setDesktopFileName(QStringLiteral(DTI_APP_ID));

    QSettings qsettings;
    AppSettings settings(&qsettings);
    settings.migrate();
    KeychainSecretStore secrets(QStringLiteral(DTI_APP_ID));
    const QString demo
        = DemoProjectLocator(QCoreApplication::applicationDirPath(), QStringLiteral(DTI_SOURCE_DIR)).find();

    // The same history the CLI keeps (`telemetry-inspector history`), so both list the same sends.
    ReportHistory history(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QString historyError;
    if (!history.open(&historyError))
        OutputWriter::printWarning(historyError);
    QNetworkAccessManager network;
    ActionServices services;
    services.network = &network;
    services.history = &history;
    services.secrets = &secrets;
    services.clock = [] { return QDateTime::currentDateTimeUtc(); };
    MainWindow window(&settings, &secrets, demo, services);
    // Probe the keychain (retrying once, as a Secret Service may still be starting), so the connection
    // form can say up front whether the password will be remembered.
    const QString probeKey = QStringLiteral("probe/keychain-available");
    secrets.read(probeKey, &window, [&window, &secrets, probeKey](const SecretStore::Result &first) {
        if (first.status != SecretStore::Status::NoBackend) {
            window.setKeychainAvailable(true);
            return;
        }
        secrets.read(probeKey, &window, [&window](const SecretStore::Result &second) {
            window.setKeychainAvailable(second.status != SecretStore::Status::NoBackend);
        });
    });
    // `gui --demo` or `gui PROJECT_DIR` opens a project right away (used for screenshots and launchers).
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 2 && arguments.at(2) == QLatin1String("--demo"))
        window.openDemoProject();
    else if (arguments.size() > 2)
        window.openProjectFolder(arguments.at(2));
    window.show();
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    if (wantsWindow(argc, argv))
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments();
    return Cli::run(arguments);
}
