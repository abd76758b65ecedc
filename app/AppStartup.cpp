// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStartup.h"

#include "Version.h"
#include "cli/OutputWriter.h"

#include <QCoreApplication>

namespace {
// Before QSettings exists: its file is named after the application.
QStringList withIdentity(QStringList arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral(DTI_APP_BINARY));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTI_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dti.github.io"));
    return arguments;
}
} // namespace

AppStartup::AppStartup(QCoreApplication *application, SettingsAccess access)
    : m_arguments(withIdentity(QCoreApplication::arguments()))
    , m_settings(&m_qsettings)
    , m_translations(application)
{
    const std::optional<QString> language = takeLanguageOption(&m_arguments);
    if (access == SettingsAccess::Migrate)
        m_settings.migrate();
    m_translations.load(language && !language->isEmpty() ? *language : m_settings.language());
    if (language && language->isEmpty()) {
        OutputWriter::printError(QCoreApplication::translate(
            "main", "--language needs a language code, for example: --language de"));
        m_ok = false;
    }
}

std::optional<QString> AppStartup::takeLanguageOption(QStringList *arguments)
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

bool AppStartup::hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

QString AppStartup::noDisplayMessage()
{
    return QCoreApplication::translate("main",
                                       "The desktop window needs a display (DISPLAY or WAYLAND_DISPLAY "
                                       "is not set). On a server, use a command instead:");
}
