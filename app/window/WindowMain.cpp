// SPDX-License-Identifier: GPL-3.0-or-later
// telemetry-inspector-window: the desktop window. `telemetry-inspector` starts it when no command is given
// (or `gui`), passing its arguments on; it is a program of its own so that the commands never load Qt's GUI
// libraries.
#include "AppStartup.h"
#include "DemoProjectLocator.h"
#include "Version.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "history/ReportHistory.h"
#include "secrets/KeychainSecretStore.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (!AppStartup::hasDisplay()) {
        QCoreApplication app(argc, argv);
        const AppStartup startup(&app, AppStartup::SettingsAccess::ReadOnly);
        OutputWriter::printError(AppStartup::noDisplayMessage()
                                 + QStringLiteral("\n  " DTI_APP_BINARY " --help"));
        return ExitUsage;
    }
    QApplication app(argc, argv);
    AppStartup startup(&app, AppStartup::SettingsAccess::Migrate);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Directus Telemetry Inspector"));
    QGuiApplication::setDesktopFileName(QStringLiteral(DTI_APP_ID));
    if (!startup.ok())
        return ExitUsage;
    const QStringList &arguments = startup.arguments();
    AppSettings &settings = startup.settings();
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
    if (arguments.size() > 2 && arguments.at(2) == QLatin1String("--demo"))
        window.openDemoProject();
    else if (arguments.size() > 2)
        window.openProjectFolder(arguments.at(2));
    window.show();
    return app.exec();
}
