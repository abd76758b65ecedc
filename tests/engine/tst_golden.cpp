// SPDX-License-Identifier: GPL-3.0-or-later
// The reports Directus 12.4.1 itself computed for the fixture databases are the oracle: ours must be the same
// bytes, key for key, and reading must leave the database file byte-identical.
#include "ScratchProject.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
JsValue expectedReport(const QString &fixture)
{
    QFile file(fixturePath(fixture) + QStringLiteral("/expected-report.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return JsonReader::parseUtf8(file.readAll()).value;
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliResult runCli(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(DTI_CLI_BINARY), arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldComputeTheReportDirectusComputed_data();
    void shouldComputeTheReportDirectusComputed();
    void shouldPrintTheWireBytesFromTheCli_data();
    void shouldPrintTheWireBytesFromTheCli();
    void shouldPrintPrettyJsonAndATableGroupedByCategory();
    void shouldWriteTheOutputFileWithTheSameBytes();
    void shouldExplainWhatToPassWithoutAProject();
    void shouldFailClearlyOnBadInput_data();
    void shouldFailClearlyOnBadInput();
    void shouldUseAGivenVersionWhenTheInstallIsMissing();
    void shouldShowEstimatesOnlyOnStandardErrorWithProgress();
};

void TestGolden::shouldComputeTheReportDirectusComputed_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("empty-sqlite") << "empty-sqlite";
    QTest::newRow("blog-sqlite") << "blog-sqlite";
    QTest::newRow("extensions-sqlite") << "extensions-sqlite";
}

void TestGolden::shouldComputeTheReportDirectusComputed()
{
    QFETCH(QString, fixture);
    // Given the fixture project exactly as Directus left it
    const QString database = fixturePath(fixture) + QStringLiteral("/directus.db");
    const QByteArray before = fileChecksum(database);
    QVERIFY(!before.isEmpty());
    ProjectConfig::Options options;
    options.projectDir = fixturePath(fixture);
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    QVERIFY2(config, qPrintable(error));

    // When the inspector computes the report
    const ReportEngine::Outcome outcome = ReportEngine(*config).run();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // Then every key, in order, equals Directus's own report
    const JsValue expected = expectedReport(fixture);
    const JsValue actual = outcome.report.toJsValue();
    QCOMPARE(actual.members().size(), expected.members().size());
    for (qsizetype i = 0; i < expected.members().size(); ++i) {
        const auto &want = expected.members().at(i);
        const auto &got = actual.members().at(i);
        QCOMPARE(got.first, want.first);
        QVERIFY2(got.second == want.second,
                 qPrintable(QStringLiteral("%1: got %2, Directus sent %3")
                                .arg(want.first, QString::fromUtf8(JsonWriter::stringify(got.second)),
                                     QString::fromUtf8(JsonWriter::stringify(want.second)))));
    }
    QCOMPARE(outcome.report.wireBytes(), JsonWriter::stringify(expected));
    QVERIFY(!outcome.report.directusWouldFail());
    // And the database file is byte-identical
    QCOMPARE(fileChecksum(database), before);
}

void TestGolden::shouldPrintTheWireBytesFromTheCli_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestGolden::shouldPrintTheWireBytesFromTheCli()
{
    QFETCH(QString, fixture);
    const QByteArray before = fileChecksum(fixturePath(fixture) + QStringLiteral("/directus.db"));
    const CliResult result = runCli({QStringLiteral("report"), fixturePath(fixture)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, JsonWriter::stringify(expectedReport(fixture)));
    QCOMPARE(fileChecksum(fixturePath(fixture) + QStringLiteral("/directus.db")), before);
}

void TestGolden::shouldPrintPrettyJsonAndATableGroupedByCategory()
{
    const CliResult pretty = runCli(
        {QStringLiteral("report"), fixturePath(QStringLiteral("blog-sqlite")), QStringLiteral("--pretty")});
    QCOMPARE(pretty.exitCode, 0);
    QCOMPARE(pretty.out, JsonWriter::stringifyPretty(expectedReport(QStringLiteral("blog-sqlite"))) + '\n');

    const CliResult table = runCli({QStringLiteral("report"), fixturePath(QStringLiteral("blog-sqlite")),
                                    QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    const QStringList categories
        = {QStringLiteral("Instance and Environment"), QStringLiteral("Content and Schema Counts"),
           QStringLiteral("Users and Access"), QStringLiteral("Features in Use"),
           QStringLiteral("API Request Volume")};
    qsizetype last = -1;
    for (const QString &category : categories) {
        const qsizetype at = text.indexOf(category);
        QVERIFY2(at > last, qPrintable(category));
        last = at;
    }
    QVERIFY(text.contains(QStringLiteral("admin_users")));
    QVERIFY(text.contains(QStringLiteral("not in the database"))); // api_requests* are marked
}

void TestGolden::shouldWriteTheOutputFileWithTheSameBytes()
{
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("report.json"));
    const CliResult result = runCli({QStringLiteral("report"), fixturePath(QStringLiteral("empty-sqlite")),
                                     QStringLiteral("--output"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), JsonWriter::stringify(expectedReport(QStringLiteral("empty-sqlite"))));
}

void TestGolden::shouldExplainWhatToPassWithoutAProject()
{
    QTemporaryDir empty;
    const CliResult result = runCli({QStringLiteral("report")}, empty.path());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("No Directus project")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("telemetry-inspector report /")));
}

void TestGolden::shouldFailClearlyOnBadInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing folder") << "missing-folder" << 2 << "does-not-exist";
    QTest::newRow("unknown DB_CLIENT") << "unknown-client" << 2 << "Unknown DB_CLIENT \"oracle9\"";
    QTest::newRow("missing database file") << "missing-db" << 3 << "nowhere.db";
    QTest::newRow("not a Directus database") << "not-directus" << 3 << "directus_migrations, directus_users";
    QTest::newRow("corrupt file") << "corrupt" << 3 << "not a readable SQLite database";
    QTest::newRow("truncated database") << "truncated" << 3 << "directus.db";
    QTest::newRow("unknown option") << "bad-option" << 1 << "frobnicate";
}

void TestGolden::shouldFailClearlyOnBadInput()
{
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    ScratchProject project;
    QStringList arguments = {QStringLiteral("report"), project.path()};
    if (setup == QLatin1String("missing-folder")) {
        arguments = {QStringLiteral("report"), project.path() + QStringLiteral("/does-not-exist")};
    } else if (setup == QLatin1String("unknown-client")) {
        project.appendEnv(QStringLiteral("DB_CLIENT=oracle9"));
    } else if (setup == QLatin1String("missing-db")) {
        project.appendEnv(QStringLiteral("DB_FILENAME=./nowhere.db"));
    } else if (setup == QLatin1String("not-directus")) {
        QFile::remove(project.databasePath());
        project.exec({QStringLiteral("create table notes (id integer primary key, body text)")});
    } else if (setup == QLatin1String("corrupt")) {
        QFile db(project.databasePath());
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(8192, '\x5a'));
    } else if (setup == QLatin1String("truncated")) {
        QFile db(project.databasePath());
        QVERIFY(db.resize(40960)); // header intact, most pages gone
    } else if (setup == QLatin1String("bad-option")) {
        arguments << QStringLiteral("--frobnicate");
    }
    const CliResult result = runCli(arguments);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
    QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestGolden::shouldUseAGivenVersionWhenTheInstallIsMissing()
{
    ScratchProject project;
    QVERIFY(QDir(project.path() + QStringLiteral("/node_modules")).removeRecursively());

    const CliResult without = runCli({QStringLiteral("report"), project.path()});
    QCOMPARE(without.exitCode, 2);
    QVERIFY2(without.err.contains(QStringLiteral("--directus-version")), qPrintable(without.err));

    const CliResult with = runCli({QStringLiteral("report"), project.path(),
                                   QStringLiteral("--directus-version"), QStringLiteral("12.4.1")});
    QVERIFY2(with.exitCode == 0, qPrintable(with.err));
    QCOMPARE(with.out, JsonWriter::stringify(expectedReport(QStringLiteral("empty-sqlite"))));
    QVERIFY2(with.err.contains(QStringLiteral("--directus-version")), qPrintable(with.err));
}

void TestGolden::shouldShowEstimatesOnlyOnStandardErrorWithProgress()
{
    // Given a project whose database keeps statistics (ANALYZE writes sqlite_stat1)
    ScratchProject project(QStringLiteral("blog-sqlite"));
    project.exec({QStringLiteral("analyze")});
    const JsValue expected = expectedReport(QStringLiteral("blog-sqlite"));

    // When the report runs with --progress
    const CliResult result = runCli({QStringLiteral("report"), project.path(), QStringLiteral("--progress")});

    // Then the estimate and the steps go to stderr, and stdout holds the exact report alone
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("items \u2248")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Counting users by access level")), qPrintable(result.err));
    const JsonReader::Result printed = JsonReader::parseUtf8(result.out);
    QVERIFY2(printed.ok, result.out.constData());
    for (const char *key : {"collections", "items", "fields_total", "admin_users", "app_users", "api_users"})
        QCOMPARE(JsonWriter::stringify(printed.value.member(QString::fromLatin1(key))),
                 JsonWriter::stringify(expected.member(QString::fromLatin1(key))));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
