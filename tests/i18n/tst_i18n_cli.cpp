// SPDX-License-Identifier: GPL-3.0-or-later
// Translations on the command line: the system locale (LANG, LANGUAGE) and --language pick the language of
// messages, while the JSON the report command prints is the same bytes in every language.
#include "GermanCatalog.h"
#include "i18n/SourceLanguageScope.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString demoProject()
{
    return QDir(QStringLiteral(DTI_TEST_DATA_DIR "/../../resources/demo")).absolutePath();
}
} // namespace

class TestI18nCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldShipGermanFrenchAndSpanish();
    void shouldReduceLocaleNamesToLanguageCodes_data();
    void shouldReduceLocaleNamesToLanguageCodes();
    void shouldStayEnglishForALanguageWithoutTranslation();
    void shouldPrintTheSameJsonBytesInEveryLanguage_data();
    void shouldPrintTheSameJsonBytesInEveryLanguage();
    void shouldTranslateMessagesForAGermanLocale();
    void shouldLetTheLanguageOptionWinOverTheLocale();
    void shouldWriteTheSameExportInEveryLanguage();
    void shouldKeepTranslatingOtherThreadsDuringASourceLanguageScope();

private:
    // Runs the CLI with only these locale variables (the test's own LC_ALL is removed), in a scratch HOME so
    // no user setting or history is read.
    Run runCli(const QStringList &arguments, const QStringList &localeVariables);

    QTemporaryDir m_home;
};

void TestI18nCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestI18nCli::runCli(const QStringList &arguments, const QStringList &localeVariables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &variable : localeVariables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DTI_CLI_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestI18nCli::shouldShipGermanFrenchAndSpanish()
{
    // Given the translations embedded in the program
    // When listing them
    QStringList languages = TranslationLoader::availableLanguages();
    languages.sort();
    // Then the three shipped languages are there
    QCOMPARE(languages, QStringList({QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}));
    QCOMPARE(TranslationLoader::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

void TestI18nCli::shouldReduceLocaleNamesToLanguageCodes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("country") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("bcp47 and codeset") << QStringLiteral("fr-CA.UTF-8") << QStringLiteral("fr");
    QTest::newRow("upper case") << QStringLiteral("ES") << QStringLiteral("es");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not a code") << QStringLiteral("german!") << QString();
}

void TestI18nCli::shouldReduceLocaleNamesToLanguageCodes()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(TranslationLoader::normalizedCode(name), code);
}

void TestI18nCli::shouldStayEnglishForALanguageWithoutTranslation()
{
    // Given a locale the inspector has no translation for
    TranslationLoader loader(QCoreApplication::instance());
    // When loading for it, and for English by override
    // Then the program stays in English
    QCOMPARE(loader.load(QString(), QLocale(QStringLiteral("ja_JP"))), QStringLiteral("en"));
    QCOMPARE(loader.load(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("FieldCatalog", "Users and Access"),
             QStringLiteral("Users and Access"));
}

void TestI18nCli::shouldPrintTheSameJsonBytesInEveryLanguage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("wire bytes") << QStringList();
    QTest::newRow("pretty") << QStringList({QStringLiteral("--pretty")});
}

void TestI18nCli::shouldPrintTheSameJsonBytesInEveryLanguage()
{
    QFETCH(QStringList, options);
    // Given the demo project
    const QStringList arguments = QStringList({QStringLiteral("report"), demoProject()}) + options;
    // When printing its report in the C locale and in German (by locale and by option)
    const Run english = runCli(arguments, {QStringLiteral("LANG=C")});
    const Run german = runCli(arguments, {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de")});
    const Run option = runCli(arguments + QStringList({QStringLiteral("--language"), QStringLiteral("fr")}),
                              {QStringLiteral("LANG=C")});
    // Then the JSON is byte for byte the same: it is never translated
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.startsWith('{'));
    QCOMPARE(german.exitCode, 0);
    QCOMPARE(german.out, english.out);
    QCOMPARE(option.exitCode, 0);
    QCOMPARE(option.out, english.out);
}

void TestI18nCli::shouldTranslateMessagesForAGermanLocale()
{
    // Given the German translation of a CLI message
    const GermanCatalog german;
    QVERIFY(german.isLoaded());
    const QString expected = german.text("Cli", "Unknown command \"%1\".");
    QVERIFY2(!expected.isEmpty(),
             "the German translation of the CLI's \"Unknown command\" message is missing");
    // When the CLI meets an unknown command and prints its help, in German and in the C locale
    const QStringList germanLocale = {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de")};
    const Run germanError = runCli({QStringLiteral("frobnicate")}, germanLocale);
    const Run englishHelp = runCli({QStringLiteral("--help")}, {QStringLiteral("LANG=C")});
    const Run germanHelp = runCli({QStringLiteral("--help")}, germanLocale);
    // Then the German messages are shown, and the help differs from the English one
    QCOMPARE(germanError.exitCode, 1);
    QVERIFY2(QString::fromUtf8(germanError.err).contains(expected.arg(QStringLiteral("frobnicate"))),
             germanError.err.constData());
    QCOMPARE(englishHelp.exitCode, 0);
    QCOMPARE(germanHelp.exitCode, 0);
    QVERIFY(englishHelp.out.contains("Usage: telemetry-inspector"));
    QVERIFY2(germanHelp.out != englishHelp.out, "the help text is not translated to German");
}

void TestI18nCli::shouldLetTheLanguageOptionWinOverTheLocale()
{
    // Given the German translation of a CLI message
    const GermanCatalog german;
    const QString expected = german.text("Cli", "Unknown command \"%1\".");
    QVERIFY2(!expected.isEmpty(),
             "the German translation of the CLI's \"Unknown command\" message is missing");
    // When choosing German by option in the C locale, and English by option in a German locale
    const Run byOption
        = runCli({QStringLiteral("--language=de"), QStringLiteral("frobnicate")}, {QStringLiteral("LANG=C")});
    const Run englishByOption
        = runCli({QStringLiteral("frobnicate"), QStringLiteral("--language"), QStringLiteral("en")},
                 {QStringLiteral("LANG=de_DE.UTF-8")});
    // Then the option decides, and is not taken for the command's own argument
    QVERIFY2(QString::fromUtf8(byOption.err).contains(expected.arg(QStringLiteral("frobnicate"))),
             byOption.err.constData());
    QVERIFY2(englishByOption.err.contains("Unknown command \"frobnicate\"."),
             englishByOption.err.constData());
}

void TestI18nCli::shouldWriteTheSameExportInEveryLanguage()
{
    // Given the demo project and the German translation of the export's confirmation
    const GermanCatalog german;
    const QString wrote = german.text("ExportCommand", "Wrote %1: %2 payload bytes, SHA-256 %3.\n");
    QVERIFY2(!wrote.isEmpty(), "the German translation of the export's confirmation is missing");
    QTemporaryDir out;
    const QString englishPath = out.filePath(QStringLiteral("en.json"));
    const QString germanPath = out.filePath(QStringLiteral("de.json"));
    // When exporting it in the C locale and in German
    const Run english
        = runCli({QStringLiteral("export"), demoProject(), QStringLiteral("--output"), englishPath},
                 {QStringLiteral("LANG=C")});
    const Run germanRun
        = runCli({QStringLiteral("export"), demoProject(), QStringLiteral("--output"), germanPath},
                 {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de")});
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(germanRun.exitCode, 0);
    // Then the message says so in German
    static const QRegularExpression confirmation(
        QStringLiteral(": (\\d+) payload bytes, SHA-256 ([0-9a-f]{64})"));
    const QRegularExpressionMatch figures = confirmation.match(QString::fromUtf8(english.out));
    QVERIFY2(figures.hasMatch(), english.out.constData());
    QCOMPARE(QString::fromUtf8(germanRun.out),
             wrote.arg(germanPath).arg(figures.captured(1)).arg(figures.captured(2)));
    QVERIFY(germanRun.out != english.out);
    // And the two documents are the same but for their creation time: titles, summaries, explanations and
    // notes are in the sources' English in both
    const auto document = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        QByteArray bytes = file.readAll();
        static const QRegularExpression createdAt(QStringLiteral("\"createdAt\": *\"[^\"]*\""));
        return QString::fromUtf8(bytes).replace(createdAt, QStringLiteral("\"createdAt\":\"\"")).toUtf8();
    };
    const QByteArray englishDocument = document(englishPath);
    QVERIFY(englishDocument.contains("\"redaction\""));
    QCOMPARE(document(germanPath), englishDocument);
    QVERIFY(englishDocument.contains("Only documented keys, each of its documented type"));
}

void TestI18nCli::shouldKeepTranslatingOtherThreadsDuringASourceLanguageScope()
{
    // Given German loaded in this process
    TranslationLoader loader(QCoreApplication::instance());
    QCOMPARE(loader.load(QStringLiteral("de")), QStringLiteral("de"));
    const char *source = "Users and Access";
    const QString translated = QCoreApplication::translate("FieldCatalog", source);
    QVERIFY(translated != QLatin1String(source));
    QString onOtherThread;
    {
        // When a thread works inside a source-language scope while another translates
        SourceLanguageScope scope;
        QCOMPARE(QCoreApplication::translate("FieldCatalog", source), QLatin1String(source));
        std::thread other([&] { onOtherThread = QCoreApplication::translate("FieldCatalog", source); });
        other.join();
    }
    // Then only the scoped thread got English, and the scope ends with its object
    QCOMPARE(onOtherThread, translated);
    QCOMPARE(QCoreApplication::translate("FieldCatalog", source), translated);
    loader.load(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestI18nCli)
#include "tst_i18n_cli.moc"
