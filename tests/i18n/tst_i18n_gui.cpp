// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: started with LANG=de_DE.UTF-8 (set for this test in tests/CMakeLists.txt, LC_ALL
// removed), the translations the program installs at start give the report tree German category names, while
// the raw JSON stays the untranslated bytes.
#include "FakeSecretStore.h"
#include "GermanCatalog.h"
#include "i18n/TranslationLoader.h"
#include "models/ReportModel.h"
#include "report/FieldCatalog.h"
#include "settings/AppSettings.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestI18nGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldFollowTheGermanSystemLocale();
    void shouldShowGermanCategoryNames();
    void shouldKeepTheLanguageChoiceForTheNextStart();

private:
    QTemporaryDir m_configDir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    FakeSecretStore m_secrets;
    std::unique_ptr<TranslationLoader> m_translations;
};

void TestI18nGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_qsettings = std::make_unique<QSettings>(m_configDir.filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    // As the app does at start, before any window exists: the setting (empty: the system locale).
    m_translations = std::make_unique<TranslationLoader>(QCoreApplication::instance());
    m_translations->load(m_settings->language());
}

void TestI18nGui::shouldFollowTheGermanSystemLocale()
{
    // Given LANG=de_DE.UTF-8 and no language setting
    QCOMPARE(QLocale::system().language(), QLocale::German);
    // Then German was loaded
    QCOMPARE(m_translations->loadedLanguage(), QStringLiteral("de"));
}

void TestI18nGui::shouldShowGermanCategoryNames()
{
    // Given the German names of the five categories
    const GermanCatalog german;
    QVERIFY(german.isLoaded());
    QStringList expected;
    for (const FieldCatalog::Category category : FieldCatalog::categories()) {
        const char *source = FieldCatalog::categorySourceName(category);
        const QString text = german.text("FieldCatalog", source);
        QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no German translation for \"%1\"").arg(source)));
        QVERIFY2(text != QLatin1String(source), source);
        expected.append(text);
    }
    // When the window shows the demo project's report
    const QString demo = QDir(QStringLiteral(DTI_TEST_DATA_DIR "/../../resources/demo")).absolutePath();
    MainWindow window(m_settings.get(), &m_secrets, demo);
    window.show();
    QSignalSpy ready(&window, &MainWindow::reportReady);
    window.openDemoProject();
    QVERIFY(ready.wait(60000));
    QVERIFY2(window.reportModel()->hasReport(), qPrintable(window.messageText()));
    // Then its top rows carry the German category names
    const ReportModel &model = *window.reportModel();
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, 0).data(ReportModel::CategoryNameRole).toString());
    QCOMPARE(shown, expected);
    QVERIFY(model.index(0, 0).data().toString().contains(expected.first()));
}

void TestI18nGui::shouldKeepTheLanguageChoiceForTheNextStart()
{
    // Given the window
    MainWindow window(m_settings.get(), &m_secrets, QString());
    // When choosing Español in View ▸ Language, then the system default again
    auto *spanish = window.findChild<QAction *>(QStringLiteral("language_es"));
    auto *system = window.findChild<QAction *>(QStringLiteral("language_system"));
    QVERIFY(spanish && system);
    QVERIFY(system->isChecked());
    QCOMPARE(spanish->text(), QStringLiteral("Español"));
    spanish->trigger();
    // Then the setting holds it for the next start
    QCOMPARE(m_settings->language(), QStringLiteral("es"));
    QVERIFY(spanish->isChecked());
    system->trigger();
    QCOMPARE(m_settings->language(), QString());
    QVERIFY(!m_qsettings->contains(AppSettings::keyName(AppSettings::Key::Language)));
}

QTEST_MAIN(TestI18nGui)
#include "tst_i18n_gui.moc"
