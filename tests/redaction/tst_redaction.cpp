// SPDX-License-Identifier: GPL-3.0-or-later
// The redaction check must pass on every genuine report and catch each kind of leak planted into one, with
// evidence that never reprints the secret.
#include "ScratchProject.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"
#include "redaction/RedactionChecker.h"
#include "redaction/RedactionTextFormatter.h"
#include "secrets/DirectusDecryptor.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString BlogSecret = QStringLiteral("fixture-secret-blog-0123456789abcdef");

ProjectConfig loadFixture(const QString &fixture)
{
    ProjectConfig::Options options;
    options.projectDir = fixturePath(fixture);
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    if (!config)
        qFatal("cannot load %s: %s", qPrintable(fixture), qPrintable(error));
    return *config;
}

QString readSetting(const QString &column)
{
    QString value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read-settings"));
        db.setDatabaseName(fixturePath(QStringLiteral("blog-sqlite")) + QStringLiteral("/directus.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select %1 from directus_settings").arg(column)) && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read-settings"));
    return value;
}

// The genuine report of the blog fixture with one member replaced (or added).
QByteArray plant(const QString &key, const JsValue &value)
{
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const auto outcome = project.report();
    QList<JsValue::Member> members = outcome.report.toJsValue().members();
    bool replaced = false;
    for (auto &member : members) {
        if (member.first == key) {
            member.second = value;
            replaced = true;
        }
    }
    if (!replaced)
        members.append({key, value});
    return JsonWriter::stringify(JsValue::object(members));
}

RedactionVerdict verdictFor(const RedactionVerdicts &verdicts, const QString &id)
{
    for (const RedactionVerdict &verdict : verdicts) {
        if (verdict.id == id)
            return verdict;
    }
    return {};
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldPassOnEveryGenuineReport_data();
    void shouldPassOnEveryGenuineReport();
    void shouldCatchEachPlantedLeak_data();
    void shouldCatchEachPlantedLeak();
    void shouldCatchLeaksInsideEscapedJson();
    void shouldNotTrustANonJsonPayload();
    void shouldSayWhatCouldNotBeCheckedWithoutADatabase();
    void shouldNeverPrintAPlantedSecretFromTheCli();

private:
    InstanceFacts m_blogFacts;
    QString m_openAiKey;
    QString m_prompt;
};

void TestRedaction::initTestCase()
{
    const auto facts = ReportEngine(loadFixture(QStringLiteral("blog-sqlite"))).gatherFacts();
    QVERIFY2(facts.ok, qPrintable(facts.error));
    m_blogFacts = facts.facts;
    const auto key
        = DirectusDecryptor::decrypt(readSetting(QStringLiteral("ai_openai_api_key")), BlogSecret.toUtf8());
    QVERIFY(key.has_value() && !key->isEmpty());
    m_openAiKey = *key;
    m_prompt = readSetting(QStringLiteral("ai_system_prompt"));
    QVERIFY(m_prompt.size() > 10);
}

void TestRedaction::shouldPassOnEveryGenuineReport_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("empty-sqlite") << "empty-sqlite";
    QTest::newRow("blog-sqlite") << "blog-sqlite";
    QTest::newRow("extensions-sqlite") << "extensions-sqlite";
}

void TestRedaction::shouldPassOnEveryGenuineReport()
{
    QFETCH(QString, fixture);
    const auto outcome = ReportEngine(loadFixture(fixture)).run();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.verdicts.size(), 6);
    QVERIFY2(RedactionChecker::allPassed(outcome.verdicts),
             qPrintable(RedactionTextFormatter::format(outcome.verdicts)));
    // The evidence says what was searched
    QVERIFY(verdictFor(outcome.verdicts, QStringLiteral("people"))
                .summary.contains(QStringLiteral("user email")));
}

void TestRedaction::shouldCatchEachPlantedLeak_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("plantedValue"); // empty: use the member below
    QTest::addColumn<QString>("secretKind"); // which secret fills plantedValue: "", "openai", "prompt"
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("collection name") << "version"
                                     << "newsletter_signups"
                                     << ""
                                     << "identifiers"
                                     << "collection name";
    QTest::newRow("field name") << "database"
                                << "site_title"
                                << ""
                                << "identifiers"
                                << "field name";
    QTest::newRow("role name") << "url"
                               << "Senior editors"
                               << ""
                               << "identifiers"
                               << "role name";
    QTest::newRow("file title") << "project_id"
                                << "press-kit.pdf"
                                << ""
                                << "identifiers"
                                << "file name";
    QTest::newRow("user email") << "version"
                                << "ERIN.EDITOR@blog.example.com"
                                << ""
                                << "people"
                                << "user email";
    QTest::newRow("user last name") << "database"
                                    << "Inkwell"
                                    << ""
                                    << "people"
                                    << "user name";
    QTest::newRow("SECRET") << "url" << BlogSecret << ""
                            << "secrets"
                            << "secret configuration value";
    QTest::newRow("stored OpenAI key") << "version"
                                       << ""
                                       << "openai"
                                       << "secrets"
                                       << "stored AI key";
    QTest::newRow("AI prompt") << "database"
                               << ""
                               << "prompt"
                               << "secrets"
                               << "stored AI key";
    QTest::newRow("foreign URL") << "url"
                                 << "https://collector.evil.example.net/x"
                                 << ""
                                 << "urls"
                                 << "collector.evil.example.net";
    QTest::newRow("unknown key") << "favourite_colour"
                                 << "blue"
                                 << ""
                                 << "schema"
                                 << "unknown key";
    QTest::newRow("flag replaced by the key") << "ai_openai_api_key"
                                              << ""
                                              << "openai"
                                              << "schema"
                                              << "should be boolean";
    QTest::newRow("flag replaced by the key, secrets") << "ai_openai_api_key"
                                                       << ""
                                                       << "openai"
                                                       << "secrets"
                                                       << "stored AI key";
    QTest::newRow("JWT-shaped token") << "version"
                                      << "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXh5eg"
                                      << ""
                                      << "secrets"
                                      << "JWT-shaped";
}

void TestRedaction::shouldCatchEachPlantedLeak()
{
    QFETCH(QString, key);
    QFETCH(QString, plantedValue);
    QFETCH(QString, secretKind);
    QFETCH(QString, check);
    QFETCH(QString, evidence);
    if (secretKind == QLatin1String("openai"))
        plantedValue = m_openAiKey;
    else if (secretKind == QLatin1String("prompt"))
        plantedValue = m_prompt;

    // Given a genuine report with one planted value
    const QByteArray payload = plant(key, JsValue(plantedValue));
    // When it is checked
    const RedactionVerdicts verdicts = RedactionChecker::check(payload, m_blogFacts);
    // Then the right check fails with evidence naming the kind, and no verdict reprints the value
    const RedactionVerdict verdict = verdictFor(verdicts, check);
    const QString text = RedactionTextFormatter::format(verdicts);
    QVERIFY2(verdict.status == RedactionVerdict::Status::Fail, qPrintable(text));
    QVERIFY2(verdict.findings.join(QLatin1Char('\n')).contains(evidence), qPrintable(text));
    if (plantedValue.size() > 8)
        QVERIFY2(!text.contains(plantedValue, Qt::CaseInsensitive),
                 "the evidence reprints the planted value");
}

void TestRedaction::shouldCatchLeaksInsideEscapedJson()
{
    // Given a collection name written with JSON escapes, so it is not in the raw bytes as such
    QByteArray payload = plant(QStringLiteral("version"), JsValue(QStringLiteral("12.4.1")));
    payload.replace("\"version\":\"12.4.1\"", "\"version\":\"12.4.1 \\u006eewsletter\\u005fsignups\"");
    QVERIFY(!payload.contains("newsletter_signups"));
    const RedactionVerdicts verdicts = RedactionChecker::check(payload, m_blogFacts);
    QCOMPARE(verdictFor(verdicts, QStringLiteral("identifiers")).status, RedactionVerdict::Status::Fail);
}

void TestRedaction::shouldNotTrustANonJsonPayload()
{
    const QByteArray payload = "url=https://blog.example.com&secret=" + BlogSecret.toUtf8();
    const RedactionVerdicts verdicts = RedactionChecker::check(payload, m_blogFacts);
    QCOMPARE(verdictFor(verdicts, QStringLiteral("schema")).status, RedactionVerdict::Status::Fail);
    QCOMPARE(verdictFor(verdicts, QStringLiteral("secrets")).status, RedactionVerdict::Status::Fail);
}

void TestRedaction::shouldSayWhatCouldNotBeCheckedWithoutADatabase()
{
    const InstanceFacts facts = InstanceFacts::fromConfig(loadFixture(QStringLiteral("blog-sqlite")));
    const RedactionVerdicts verdicts
        = RedactionChecker::check(plant(QStringLiteral("url"), JsValue("https://blog.example.com")), facts);
    QCOMPARE(verdictFor(verdicts, QStringLiteral("identifiers")).status,
             RedactionVerdict::Status::CouldNotCheck);
    QCOMPARE(verdictFor(verdicts, QStringLiteral("people")).status, RedactionVerdict::Status::CouldNotCheck);
    QCOMPARE(verdictFor(verdicts, QStringLiteral("schema")).status, RedactionVerdict::Status::Pass);
    QVERIFY(!RedactionChecker::allPassed(verdicts));
}

void TestRedaction::shouldNeverPrintAPlantedSecretFromTheCli()
{
    // Given a payload carrying the SECRET, the stored key and the prompt at once
    QList<JsValue::Member> members
        = JsonReader::parseUtf8(plant(QStringLiteral("url"), JsValue(BlogSecret))).value.members();
    members.append({QStringLiteral("k1"), JsValue(m_openAiKey)});
    members.append({QStringLiteral("k2"), JsValue(m_prompt)});
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("captured.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(JsonWriter::stringify(JsValue::object(members)));
    file.close();

    QProcess cli;
    cli.start(QStringLiteral(DTI_CLI_BINARY),
              {QStringLiteral("check"), fixturePath(QStringLiteral("blog-sqlite")),
               QStringLiteral("--payload"), file.fileName()});
    QVERIFY(cli.waitForFinished(60000));
    const QString output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 6);
    QVERIFY(output.contains(QStringLiteral("FAIL")));
    for (const QString &secret : {BlogSecret, m_openAiKey, m_prompt})
        QVERIFY2(!output.contains(secret, Qt::CaseInsensitive), "the CLI output reprints a planted secret");

    // And the genuine report passes with exit code 0
    QProcess genuine;
    genuine.start(QStringLiteral(DTI_CLI_BINARY),
                  {QStringLiteral("check"), fixturePath(QStringLiteral("blog-sqlite"))});
    QVERIFY(genuine.waitForFinished(60000));
    QVERIFY2(genuine.exitCode() == 0, genuine.readAllStandardOutput().constData());
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
