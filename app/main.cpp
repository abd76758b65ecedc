// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProjectLocator.h"
#include "Version.h"
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "history/ReportHistory.h"
#include "i18n/TranslationLoader.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace {
void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral(DTI_APP_BINARY));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTI_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dti.github.io"));
}

// `--language CODE` (or `--language=CODE`) is global: it may stand anywhere, it is taken out before the
// command's own parser sees the arguments, and it wins over the setting and the system locale for this run.
// Returns nullopt when no option was given, an empty string when it lacked its value.
std::optional<QString> takeLanguageOption(QStringList *arguments)
{
    std::optional<QString> language;
    for (qsizetype i = 1; i < arguments->size();) {
        const QString &argument = arguments->at(i);
        if (argument == QLatin1String("--language")) {
            language = arguments->value(i + 1);
            arguments->remove(i, qMin<qsizetype>(2, arguments->size() - i));
        } else if (argument.startsWith(QLatin1String("--language="))) {
            language = argument.mid(int(qstrlen("--language=")));
            arguments->removeAt(i);
        } else {
            ++i;
        }
    }
    return language;
}

// The CLI must run on servers without a display, so only the window gets a QApplication; the arguments are
// looked at before any application object exists.
bool wantsWindow(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    takeLanguageOption(&arguments);
    return !Cli::isCliInvocation(arguments);
}

// Installs the translators before any translated text exists (tr() results are not updated later): the
// --language option, else the setting, else the system locale. A --language without a value is reported
// once the translator for the rest is in place.
bool loadTranslations(TranslationLoader *loader, const AppSettings &settings,
                      const std::optional<QString> &option)
{
    loader->load(option && !option->isEmpty() ? *option : settings.language());
    if (option && option->isEmpty()) {
        OutputWriter::printError(QCoreApplication::translate(
            "main", "--language needs a language code, for example: --language de"));
        return false;
    }
    return true;
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
        QStringList arguments = QCoreApplication::arguments();
        const std::optional<QString> language = takeLanguageOption(&arguments);
        QSettings qsettings;
        const AppSettings settings(&qsettings);
        TranslationLoader translations(&app);
        loadTranslations(&translations, settings, language);
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
    QStringList arguments = QCoreApplication::arguments();
    const std::optional<QString> language = takeLanguageOption(&arguments);

    QSettings qsettings;
    AppSettings settings(&qsettings);
    settings.migrate();
    TranslationLoader translations(&app);
    if (!loadTranslations(&translations, settings, language))
        return ExitUsage;
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
} // namespace

int main(int argc, char *argv[])
{
    if (wantsWindow(argc, argv))
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QStringList arguments = QCoreApplication::arguments();
    const std::optional<QString> language = takeLanguageOption(&arguments);
    // The CLI reads the same language setting the window writes (View ▸ Language).
    QSettings qsettings;
    const AppSettings settings(&qsettings);
    TranslationLoader translations(&app);
    if (!loadTranslations(&translations, settings, language))
        return ExitUsage;
    return Cli::run(arguments);
}
