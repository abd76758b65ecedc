// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance export (issue 7): made from the blog fixture it verifies; any change to the payload, its
// hash or its parsed form makes verification fail; and it never carries a secret of the instance.
#include "ScratchProject.h"
#include "export/ComplianceExport.h"
#include "export/ComplianceExportVerifier.h"
#include "gating/LicenseVerifier.h"
#include "history/ReportHistory.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"
#include "secrets/DirectusDecryptor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0, 250), Qt::UTC);

// The export of a project, made with a fixed clock and version so it is reproducible.
QByteArray exportOf(const ProjectConfig &config)
{
    const ReportEngine engine(config);
    const ReportEngine::Outcome outcome = engine.run();
    if (!outcome.ok)
        qFatal("report failed: %s", qPrintable(outcome.error));
    const ReportEngine::GateOutcome gate = engine.evaluateGate(LicenseVerifier::directusEmbedded(), Now);
    if (!gate.ok)
        qFatal("gate failed: %s", qPrintable(gate.error));
    return ComplianceExport([] { return Now; }, QStringLiteral("9.9.9-test"))
        .build(config, outcome, gate.state);
}

QString readSetting(const QString &databasePath, const QString &column)
{
    QString value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("export-settings"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select %1 from directus_settings").arg(column)) && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("export-settings"));
    return value;
}

int runCli(const QStringList &arguments, QString *output = nullptr)
{
    // The CLI's default history folder lives under XDG_DATA_HOME: keep it out of the real one.
    static QTemporaryDir dataHome;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DTI_CLI_BINARY), arguments);
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QStringList failedChecks(const ComplianceExportVerifier::Result &result)
{
    QStringList failed;
    for (const auto &check : result.checks) {
        if (!check.passed)
            failed.append(check.id);
    }
    return failed;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldVerifyTheExportOfTheBlogFixture();
    void shouldBeReproducibleWithKeysInAFixedOrder();
    void shouldFailVerificationWhenTampered_data();
    void shouldFailVerificationWhenTampered();
    void shouldContainNoSecretOfTheInstance();
    void shouldResolveTheDestinationLikeDirectus_data();
    void shouldResolveTheDestinationLikeDirectus();
    void shouldExportAndVerifyFromTheCli();

private:
    std::optional<ProjectConfig> m_blog;
    QByteArray m_blogExport;
};

void TestExport::initTestCase()
{
    ProjectConfig::Options options;
    options.projectDir = fixturePath(QStringLiteral("blog-sqlite"));
    QString error;
    m_blog = ProjectConfig::load(options, &error);
    QVERIFY2(m_blog, qPrintable(error));
    m_blogExport = exportOf(*m_blog);
}

void TestExport::shouldVerifyTheExportOfTheBlogFixture()
{
    const ComplianceExportVerifier::Result result = ComplianceExportVerifier::verify(m_blogExport);
    QVERIFY2(result.ok, qPrintable(failedChecks(result).join(QLatin1Char(','))));
    QCOMPARE(result.checks.size(), 9);

    // The payload is the fixture's report byte for byte, and the facts around it are recorded
    const JsValue document = JsonReader::parseUtf8(m_blogExport).value;
    const JsValue payload = document.member(QStringLiteral("payload"));
    const QByteArray bytes = payload.member(QStringLiteral("bytes")).toString().toUtf8();
    QCOMPARE(bytes, ReportEngine(*m_blog).run().report.wireBytes());
    QCOMPARE(payload.member(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(document.member(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2026-11-25T12:00:00.250Z"));
    QCOMPARE(document.member(QStringLiteral("inspector")).member(QStringLiteral("version")).toString(),
             QStringLiteral("9.9.9-test"));
    QCOMPARE(document.member(QStringLiteral("directus")).member(QStringLiteral("version")).toString(),
             QStringLiteral("12.4.1"));
    QCOMPARE(document.member(QStringLiteral("database")).member(QStringLiteral("client")).toString(),
             QStringLiteral("sqlite3"));
    QCOMPARE(document.member(QStringLiteral("destination")).member(QStringLiteral("url")).toString(),
             QStringLiteral("https://telemetry.directus.io/v1/metrics"));
    const JsValue telemetry = document.member(QStringLiteral("telemetry"));
    QCOMPARE(telemetry.member(QStringLiteral("requested")), JsValue(true));
    QCOMPARE(telemetry.member(QStringLiteral("effective")), JsValue(true));
    QCOMPARE(telemetry.member(QStringLiteral("reason")).toString(), QStringLiteral("enabled-by-config"));
    QCOMPARE(document.member(QStringLiteral("redaction")).elements().size(), 6);
    const QList<JsValue> fields = document.member(QStringLiteral("fields")).elements();
    QCOMPARE(fields.size(), 36);
    const JsValue openAi = fields.at(24);
    QCOMPARE(openAi.member(QStringLiteral("key")).toString(), QStringLiteral("ai_openai_api_key"));
    QVERIFY(!openAi.member(QStringLiteral("category")).toString().isEmpty());
    QVERIFY(!openAi.member(QStringLiteral("description")).toString().isEmpty());
    QVERIFY(!openAi.member(QStringLiteral("provenance")).toString().isEmpty());
    QCOMPARE(openAi.member(QStringLiteral("exactness")).toString(), QStringLiteral("exact"));
}

void TestExport::shouldBeReproducibleWithKeysInAFixedOrder()
{
    QCOMPARE(exportOf(*m_blog), m_blogExport);
    QStringList keys;
    const JsonReader::Result parsed = JsonReader::parseUtf8(m_blogExport);
    for (const auto &member : parsed.value.members())
        keys.append(member.first);
    QCOMPARE(
        keys.join(QLatin1Char(',')),
        QStringLiteral("format,formatVersion,createdAt,inspector,directus,database,destination,telemetry,"
                       "directusWouldSendNothing,payload,fields,redaction,warnings"));
}

void TestExport::shouldFailVerificationWhenTampered_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("failingCheck");

    // One byte of the payload string: "files":3 becomes "files":4
    QTest::newRow("one payload byte")
        << QByteArray("\\\"files\\\":3,") << QByteArray("\\\"files\\\":4,") << QStringLiteral("sha256");
    QTest::newRow("one hash digit") << QByteArray("\"sha256\": \"") << QByteArray("\"sha256\": \"0")
                                    << QStringLiteral("sha256");
    QTest::newRow("parsed payload") << QByteArray("\"files\": 3,") << QByteArray("\"files\": 4,")
                                    << QStringLiteral("parsed");
    QTest::newRow("byte length") << QByteArray("\"byteLength\": ") << QByteArray("\"byteLength\": 1")
                                 << QStringLiteral("length");
    QTest::newRow("missing hash") << QByteArray("\"sha256\"") << QByteArray("\"sha-256\"")
                                  << QStringLiteral("structure");
    QTest::newRow("other format") << QByteArray("\"formatVersion\": 1") << QByteArray("\"formatVersion\": 2")
                                  << QStringLiteral("format");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\"") << QByteArray("{{\n  \"format\"")
                              << QStringLiteral("json");
    QTest::newRow("version disagrees")
        << QByteArray("\"version\": \"12.4.1\",\n    \"versionSource\"")
        << QByteArray("\"version\": \"12.4.2\",\n    \"versionSource\"") << QStringLiteral("consistent");
}

void TestExport::shouldFailVerificationWhenTampered()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, failingCheck);
    QCOMPARE(m_blogExport.count(from), 1);
    const QByteArray tampered = QByteArray(m_blogExport).replace(from, to);
    const ComplianceExportVerifier::Result result = ComplianceExportVerifier::verify(tampered);
    QVERIFY(!result.ok);
    QVERIFY2(failedChecks(result).contains(failingCheck),
             qPrintable(failedChecks(result).join(QLatin1Char(','))));
}

void TestExport::shouldContainNoSecretOfTheInstance()
{
    // Given the blog project with every kind of secret configured as well
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString dbPassword = QStringLiteral("db-password-Zq8wL1");
    const QString authorization = QStringLiteral("Bearer telemetry-auth-Kx93");
    const QString licenceToken = QStringLiteral("licence-token-not-a-jwt-Pp27");
    const QString urlPassword = QStringLiteral("url-pass-Mm55");
    project.appendEnv(QStringLiteral("DB_PASSWORD=") + dbPassword);
    project.appendEnv(QStringLiteral("TELEMETRY_AUTHORIZATION=\"") + authorization + QLatin1Char('"'));
    project.appendEnv(QStringLiteral("LICENSE_TOKEN=") + licenceToken);
    project.appendEnv(QStringLiteral("TELEMETRY_URL=https://collector:") + urlPassword
                      + QStringLiteral("@telemetry.example.org:443/base/path?q=1#frag"));
    QString error;
    const auto config = project.config(&error);
    QVERIFY2(config, qPrintable(error));
    const QByteArray document = exportOf(*config);
    QVERIFY(ComplianceExportVerifier::verify(document).ok);

    const QString secret = config->value(QStringLiteral("SECRET")).toString();
    const auto openAiKey = DirectusDecryptor::decrypt(
        readSetting(project.databasePath(), QStringLiteral("ai_openai_api_key")), secret.toUtf8());
    QVERIFY(openAiKey && openAiKey->size() > 8);
    const QString prompt = readSetting(project.databasePath(), QStringLiteral("ai_system_prompt"));
    QVERIFY(prompt.size() > 10);
    const QString storedKey = readSetting(project.databasePath(), QStringLiteral("ai_openai_api_key"));

    // Then none of them is in the export, in any spelling the JSON could give it (while what is sent is)
    const QString text = QString::fromUtf8(document);
    QVERIFY(text.contains(QLatin1String("https://blog.example.com")));
    for (const QString &needle :
         {secret, dbPassword, authorization, QStringLiteral("telemetry-auth-Kx93"), licenceToken, urlPassword,
          *openAiKey, prompt, prompt.left(24), storedKey}) {
        QVERIFY2(!text.contains(needle, Qt::CaseInsensitive), qPrintable(needle));
        QVERIFY2(!text.contains(QString::fromUtf8(JsonWriter::quote(needle)).mid(1).chopped(1),
                                Qt::CaseInsensitive),
                 qPrintable(needle));
    }
    // And what is recorded instead says what is sent without the values
    const JsValue destination = JsonReader::parseUtf8(document).value.member(QStringLiteral("destination"));
    QCOMPARE(destination.member(QStringLiteral("url")).toString(),
             QStringLiteral("https://telemetry.example.org/v1/metrics"));
    QCOMPARE(destination.member(QStringLiteral("credentialsWithheld")), JsValue(true));
    // fetch refuses a URL with credentials, so Directus's send fails; the export says so
    QVERIFY(destination.member(QStringLiteral("problem")).toString().contains(QLatin1String("password")));
    QCOMPARE(destination.member(QStringLiteral("authorizationHeader")).toString(),
             QStringLiteral("sent (value withheld)"));
}

void TestExport::shouldResolveTheDestinationLikeDirectus_data()
{
    QTest::addColumn<QString>("telemetryUrl");
    QTest::addColumn<QString>("expected"); // empty: not usable

    QTest::newRow("default") << QString() << QStringLiteral("https://telemetry.directus.io/v1/metrics");
    QTest::newRow("path, query, fragment dropped")
        << QStringLiteral("https://h.example/x/y?q=1#f") << QStringLiteral("https://h.example/v1/metrics");
    QTest::newRow("default port dropped")
        << QStringLiteral("http://h.example:80/") << QStringLiteral("http://h.example/v1/metrics");
    QTest::newRow("other port kept") << QStringLiteral("https://h.example:8443/a")
                                     << QStringLiteral("https://h.example:8443/v1/metrics");
    QTest::newRow("host lower-cased") << QStringLiteral("https://Telemetry.Example.ORG")
                                      << QStringLiteral("https://telemetry.example.org/v1/metrics");
    QTest::newRow("not a URL") << QStringLiteral("telemetry.example.org") << QString();
}

void TestExport::shouldResolveTheDestinationLikeDirectus()
{
    QFETCH(QString, telemetryUrl);
    QFETCH(QString, expected);
    QList<JsValue::Member> values;
    if (!telemetryUrl.isEmpty())
        values.append({QStringLiteral("TELEMETRY_URL"), JsValue(telemetryUrl)});
    const ComplianceExport::Destination destination
        = ComplianceExport::destination(ProjectConfig::fromValues(QDir::tempPath(), values));
    QCOMPARE(destination.url, expected);
    QCOMPARE(destination.problem.isEmpty(), !expected.isEmpty());
}

void TestExport::shouldExportAndVerifyFromTheCli()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.json"));
    const QString historyDir = dir.filePath(QStringLiteral("history"));
    QString output;
    QCOMPARE(runCli({QStringLiteral("export"), fixturePath(QStringLiteral("blog-sqlite")),
                     QStringLiteral("--output"), file, QStringLiteral("--history-dir"), historyDir},
                    &output),
             0);
    // The export is listed in the report history with the payload's bytes
    {
        ReportHistory history(historyDir);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.entries().size(), 1);
        QCOMPARE(history.entries().constFirst().kind, HistoryEntry::Kind::Exported);
        QCOMPARE(history.entries().constFirst().destination, file);
        QCOMPARE(history.entries().constFirst().bytes, ReportEngine(*m_blog).run().report.wireBytes());
    }
    QVERIFY2(output.contains(QLatin1String("SHA-256")), qPrintable(output));
    QCOMPARE(runCli({QStringLiteral("verify"), file}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("verifies")), qPrintable(output));

    // One byte of the payload flipped in the file: verify fails with its own exit code and says which check
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QByteArray bytes = exported.readAll();
    exported.close();
    const qsizetype at = bytes.indexOf("\\\"files\\\":3");
    QVERIFY(at > 0);
    bytes[at + 10] = '4';
    const QString tampered = dir.filePath(QStringLiteral("tampered.json"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QCOMPARE(runCli({QStringLiteral("verify"), tampered}, &output), 13);
    QVERIFY2(output.contains(QLatin1String("FAIL  sha256")), qPrintable(output));

    QCOMPARE(runCli({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.json"))}), 14);
    QCOMPARE(runCli({QStringLiteral("export"), fixturePath(QStringLiteral("blog-sqlite"))}), 1);
    QCOMPARE(runCli({QStringLiteral("export"), fixturePath(QStringLiteral("blog-sqlite")),
                     QStringLiteral("--output"), dir.filePath(QStringLiteral("no/such/folder/export.json"))}),
             5);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
