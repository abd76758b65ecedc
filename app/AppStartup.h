// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/TranslationLoader.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

// What both programs do first, so they behave as one application: the command-line program
// (telemetry-inspector) and the window (telemetry-inspector-window, which the first starts when no command is
// given). It sets the application's identity (so both read the same settings and history), takes the global
// --language option out of the arguments and installs the translators (the option, else the View ▸ Language
// setting, else the system locale) before any translated text exists. It owns the settings and translators,
// so it lives as long as the application object.
class AppStartup
{
public:
    enum class SettingsAccess { ReadOnly, Migrate }; // only the window may rewrite old settings
    AppStartup(QCoreApplication *application, SettingsAccess access);
    AppStartup(const AppStartup &) = delete;
    AppStartup &operator=(const AppStartup &) = delete;

    // False when --language lacked its value; the error is already printed, translated.
    bool ok() const { return m_ok; }
    // The program's arguments without --language.
    const QStringList &arguments() const { return m_arguments; }
    AppSettings &settings() { return m_settings; }

    // `--language CODE` (or `--language=CODE`) may stand anywhere. Returns nullopt when no option was given,
    // an empty string when it lacked its value.
    static std::optional<QString> takeLanguageOption(QStringList *arguments);
    // On Linux/BSD without X11, Wayland or an explicit QT_QPA_PLATFORM, QApplication would abort.
    static bool hasDisplay();
    // The message for that case, naming what to do instead.
    static QString noDisplayMessage();

private:
    QStringList m_arguments;
    QSettings m_qsettings;
    AppSettings m_settings;
    TranslationLoader m_translations;
    bool m_ok = true;
};
