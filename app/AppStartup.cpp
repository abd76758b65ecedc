// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStartup.h"

#include "Version.h"
#include "cli/OutputWriter.h"
#include "i18n/TranslationLoader.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>

void AppStartup::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral(DTI_APP_BINARY));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTI_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dti.github.io"));
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

bool AppStartup::loadTranslations(TranslationLoader *loader, const AppSettings &settings,
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
