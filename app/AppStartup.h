// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class AppSettings;
class TranslationLoader;

// What both programs do before anything else: the command-line program (telemetry-inspector) and the window
// (telemetry-inspector-window, which the first starts when no command is given) share the application's
// identity, so they read the same settings and history, the global --language option and the translators.
class AppStartup
{
public:
    static void setApplicationIdentity();
    // `--language CODE` (or `--language=CODE`) is global: it may stand anywhere, it is taken out before the
    // command's own parser sees the arguments, and it wins over the setting and the system locale for this
    // run. Returns nullopt when no option was given, an empty string when it lacked its value.
    static std::optional<QString> takeLanguageOption(QStringList *arguments);
    // Installs the translators before any translated text exists (tr() results are not updated later): the
    // --language option, else the setting, else the system locale. A --language without a value is
    // reported once the translator for the rest is in place; false then.
    static bool loadTranslations(TranslationLoader *loader, const AppSettings &settings,
                                 const std::optional<QString> &option);
    // On Linux/BSD without X11, Wayland or an explicit QT_QPA_PLATFORM, QApplication would abort.
    static bool hasDisplay();
    // The message for that case, naming what to do instead.
    static QString noDisplayMessage();
};
