// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationLoader.h"

#include "ScopeAwareTranslator.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

TranslationLoader::TranslationLoader(QCoreApplication *application)
    : m_application(application)
{
    Q_ASSERT(m_application);
}

TranslationLoader::~TranslationLoader()
{
    unload();
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList codes;
    const QString prefix = QLatin1String(FilePrefix) + QLatin1Char('_');
    const QStringList files
        = QDir(QLatin1String(ResourceFolder)).entryList({prefix + QStringLiteral("*.qm")});
    for (const QString &file : files)
        codes.append(file.mid(prefix.size()).chopped(3));
    return codes;
}

QString TranslationLoader::nativeName(const QString &code)
{
    // Fixed names for the shipped languages: CLDR's native names vary with the Qt version and sometimes name
    // a country ("español de España"), which a language menu should not.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

QString TranslationLoader::normalizedCode(const QString &code)
{
    QString language = code.trimmed().toLower();
    const qsizetype cut = language.indexOf(QRegularExpression(QStringLiteral("[_.@-]")));
    if (cut >= 0)
        language.truncate(cut);
    if (language.size() < 2 || language.size() > 3)
        return QString();
    for (const QChar c : language) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return QString();
    }
    return language;
}

QString TranslationLoader::load(const QString &override, const QLocale &system)
{
    unload();
    // The override names a language only; QLocale("de") is German as spoken in Germany, which is all the
    // file lookup needs. "en" or an unknown code means the English sources.
    const QString code = normalizedCode(override);
    const QLocale locale
        = override.trimmed().isEmpty() ? system : QLocale(code.isEmpty() ? QStringLiteral("en") : code);

    // Scope-aware, so exports can be written in the sources' English while the rest is translated.
    auto *app = new ScopeAwareTranslator;
    // load(QLocale…) tries each of the locale's UI languages (LANGUAGE lists several) and drops the country
    // and then the script, so de_AT finds telemetry-inspector_de.qm.
    if (app->load(locale, QLatin1String(FilePrefix), QStringLiteral("_"), QLatin1String(ResourceFolder))
        && !app->isEmpty()) {
        m_application->installTranslator(app);
        m_appTranslator = app;
        // The file found says which language won (":/i18n/telemetry-inspector_de.qm" → "de").
        const QString base = QFileInfo(app->filePath()).completeBaseName();
        m_language = normalizedCode(base.mid(qsizetype(qstrlen(FilePrefix)) + 1));
    } else {
        delete app;
        m_language = QStringLiteral("en");
        return m_language;
    }

    // Qt's own texts (Cancel, Yes, the file dialog): optional, from the qt6-translations-l10n package.
    auto *qt = new QTranslator;
    if (qt->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_application->installTranslator(qt);
        m_qtTranslator = qt;
        m_qtLoaded = true;
    } else {
        delete qt;
    }
    return m_language;
}

void TranslationLoader::unload()
{
    if (m_appTranslator) {
        m_application->removeTranslator(m_appTranslator);
        delete m_appTranslator;
        m_appTranslator = nullptr;
    }
    if (m_qtTranslator) {
        m_application->removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
    m_qtLoaded = false;
    m_language = QStringLiteral("en");
}
