// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

// Installs the translators for one language on the application: the inspector's own messages (embedded as
// :/i18n/telemetry-inspector_XX.qm) and, when the system has them, Qt's own (qtbase_XX.qm from Qt's
// translations folder, for the buttons of standard dialogs). The language is the override from the settings
// or the command line when one is given, else the system locale (LANG, LC_ALL, LC_MESSAGES), with the usual
// fallback from de_AT to de. When nothing matches the program stays English, the language of the sources.
// Install it before any translated text is built: tr() results are not updated later.
class TranslationLoader
{
    Q_DECLARE_TR_FUNCTIONS(TranslationLoader)

public:
    // application must outlive this; the translators are removed again when this is destroyed.
    explicit TranslationLoader(QCoreApplication *application);
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // override: a language code ("de", "fr", "es", "en") or empty for the system locale.
    // Returns the language loaded ("de"…), or "en" when the program stays in English.
    QString load(const QString &override, const QLocale &system = QLocale::system());
    QString loadedLanguage() const { return m_language; }
    bool hasQtTranslation() const { return m_qtLoaded; }

    // The languages shipped besides English, as codes ("de", "fr", "es").
    static QStringList availableLanguages();
    // The language's own name, for a menu ("Deutsch"); never translated, so a reader finds their language.
    static QString nativeName(const QString &code);
    // "de", "de_DE", "de-AT.UTF-8" → "de"; anything else that is not a plain code → empty.
    static QString normalizedCode(const QString &code);

    static constexpr const char *ResourceFolder = ":/i18n";
    static constexpr const char *FilePrefix = "telemetry-inspector";

private:
    void unload();

    QCoreApplication *m_application;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_language = QStringLiteral("en");
    bool m_qtLoaded = false;
};
