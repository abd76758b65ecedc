// SPDX-License-Identifier: GPL-3.0-or-later
// One small database per rule of spec §6: each test changes a scratch copy of the empty fixture and checks
// the fields that rule decides.
#include "ScratchProject.h"
#include "json/JsonWriter.h"
#include "secrets/DirectusDecryptor.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {
const QString AdminRole = QStringLiteral("0eb71801-1493-4572-a133-d04de65c3ab0");

QString insertUser(const QString &id, const QString &status, const QString &role)
{
    return QStringLiteral(
               "insert into directus_users (id, email, status, role) values ('%1', '%1@example.test', "
               "'%2', %3)")
        .arg(id, status,
             role.isEmpty() ? QStringLiteral("null") : QLatin1Char('\'') + role + QLatin1Char('\''));
}

QString insertRole(const QString &id, const QString &parent = QString())
{
    return QStringLiteral("insert into directus_roles (id, name, parent) values ('%1', '%1', %2)")
        .arg(id, parent.isEmpty() ? QStringLiteral("null") : QLatin1Char('\'') + parent + QLatin1Char('\''));
}

QString insertPolicy(const QString &id, int admin, int app)
{
    return QStringLiteral(
               "insert into directus_policies (id, name, admin_access, app_access) values ('%1', '%1', %2, "
               "%3)")
        .arg(id)
        .arg(admin)
        .arg(app);
}

QString insertAccess(const QString &id, const QString &role, const QString &user, const QString &policy)
{
    const auto literal = [](const QString &v) {
        return v.isEmpty() ? QStringLiteral("null") : QLatin1Char('\'') + v + QLatin1Char('\'');
    };
    return QStringLiteral("insert into directus_access (id, role, user, policy) values ('%1', %2, %3, '%4')")
        .arg(id, literal(role), literal(user), policy);
}

// Given-When helper: the report, which must have been computed.
Report reportOf(const ScratchProject &project)
{
    const ReportEngine::Outcome outcome = project.report();
    if (!outcome.ok)
        qWarning("report failed: %s", qPrintable(outcome.error));
    return outcome.report;
}

QString json(const JsValue &value)
{
    return QString::fromUtf8(JsonWriter::stringify(value));
}

// "admin/app/api" for compact assertions
QString seats(const Report &report)
{
    return QStringLiteral("%1/%2/%3")
        .arg(json(report.value(QStringLiteral("admin_users"))),
             json(report.value(QStringLiteral("app_users"))),
             json(report.value(QStringLiteral("api_users"))));
}
} // namespace

class TestCollectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountUsersByAccessLevel_data();
    void shouldCountUsersByAccessLevel();
    void shouldFollowRoleRowOrderForInheritance_data();
    void shouldFollowRoleRowOrderForInheritance();
    void shouldFallBackToDirectus10UserCountingWithoutPolicies();
    void shouldApplyEveryCollectionFilter();
    void shouldMatchExcludedTablesExactlyAfterCasting();
    void shouldCountOddTableNamesSafely();
    void shouldFlagATableWithADotAsAReportDirectusCannotMake();
    void shouldCountFieldsPerCollection();
    void shouldCountOnlyActiveFlowsAndAllFilesAndShares();
    void shouldSumFileSizesIgnoringNulls();
    void shouldReportTheDatabaseSizeAsTheConnectionSeesIt();
    void shouldUseSchemaDefaultsWithoutASettingsRow();
    void shouldFlagAMissingSettingsColumn();
    void shouldPassUnrecognisedSettingsValuesThrough_data();
    void shouldPassUnrecognisedSettingsValuesThrough();
    void shouldDecideAiKeyFlagsByDecryption();
    void shouldMarkAiKeyFlagsApproximateWithoutSecret();
    void shouldHonourEnvFlags_data();
    void shouldHonourEnvFlags();
    void shouldFlagMissingTablesButStillShowValues();
    void shouldNeverChangeTheInspectedFile();
};

void TestCollectors::shouldCountUsersByAccessLevel_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expectedSeats");
    QTest::newRow("bootstrap admin only") << QStringList {} << "1/0/0";
    QTest::newRow("suspended admin is not counted")
        << QStringList {insertUser("u-suspended", "suspended", AdminRole)} << "1/0/0";
    QTest::newRow("status is case-sensitive on SQLite")
        << QStringList {insertUser("u-cased", "Active", AdminRole)} << "1/0/0";
    QTest::newRow("no role and no policy is an API user")
        << QStringList {insertUser("u-api", "active", {})} << "1/0/1";
    QTest::newRow("child role of an admin role is admin")
        << QStringList {insertRole("r-child", AdminRole), insertUser("u-child", "active", "r-child")}
        << "2/0/0";
    QTest::newRow("direct admin policy on a user")
        << QStringList {insertUser("u-direct", "active", {}),
                        insertAccess("a-direct", {}, "u-direct", "3a7e74e5-d138-4c21-8258-d75dbd793818")}
        << "2/0/0";
    QTest::newRow("direct admin policy on a suspended user")
        << QStringList {insertUser("u-direct", "suspended", {}),
                        insertAccess("a-direct", {}, "u-direct", "3a7e74e5-d138-4c21-8258-d75dbd793818")}
        << "1/0/0";
    QTest::newRow("app role") << QStringList {insertPolicy("p-app", 0, 1),
                                              insertRole("r-app"),
                                              insertAccess("a-app", "r-app", {}, "p-app"),
                                              insertUser("u-app1", "active", "r-app"),
                                              insertUser("u-app2", "active", "r-app"),
                                              insertUser("u-app3", "archived", "r-app")}
                              << "1/2/0";
    QTest::newRow("direct app policy without a role")
        << QStringList {insertPolicy("p-app", 0, 1), insertUser("u-app", "active", {}),
                        insertAccess("a-app", {}, "u-app", "p-app")}
        << "1/1/0";
    QTest::newRow("double count: direct app policy and an inherited admin role")
        << QStringList {insertPolicy("Admins2", 1, 1),
                        insertPolicy("AppOnly", 0, 1),
                        insertRole("Q"),
                        insertAccess("a-q", "Q", {}, "Admins2"),
                        insertRole("C", "Q"),
                        insertUser("uD", "active", "C"),
                        insertAccess("a-d", {}, "uD", "AppOnly")}
        << "2/1/0";
}

void TestCollectors::shouldCountUsersByAccessLevel()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expectedSeats);
    ScratchProject project;
    project.exec(statements);
    QCOMPARE(seats(reportOf(project)), expectedSeats);
}

void TestCollectors::shouldFollowRoleRowOrderForInheritance_data()
{
    QTest::addColumn<bool>("childFirst");
    QTest::addColumn<QString>("expectedSeats");
    // The worked examples of spec §6.3, checked there with Directus's own fetchUserCount.
    QTest::newRow("P inserted before X") << false << "3/0/0";
    QTest::newRow("X inserted before P") << true << "2/1/0";
}

void TestCollectors::shouldFollowRoleRowOrderForInheritance()
{
    QFETCH(bool, childFirst);
    QFETCH(QString, expectedSeats);
    ScratchProject project;
    QStringList roles = {insertRole("P", "Q"), insertRole("X", "P")};
    if (childFirst)
        std::reverse(roles.begin(), roles.end());
    project.exec(
        QStringList {insertPolicy("Admins2", 1, 1), insertPolicy("AppOnly", 0, 1), insertRole("Q")} + roles
        + QStringList {insertAccess("a-q", "Q", {}, "Admins2"), insertAccess("a-p", "P", {}, "AppOnly"),
                       insertUser("uP", "active", "P"), insertUser("uX", "active", "X")});
    QCOMPARE(seats(reportOf(project)), expectedSeats);
}

void TestCollectors::shouldFallBackToDirectus10UserCountingWithoutPolicies()
{
    // Given a Directus 10 style schema: role flags, no access/policy tables
    ScratchProject project;
    project.exec(
        {QStringLiteral("drop table directus_access"), QStringLiteral("drop table directus_policies"),
         QStringLiteral("alter table directus_roles add column admin_access boolean default 0"),
         QStringLiteral("alter table directus_roles add column app_access boolean default 0"),
         QStringLiteral("update directus_roles set admin_access = 1"),
         QStringLiteral("insert into directus_roles (id, name, app_access) values ('r-app', 'r-app', 1)"),
         insertUser("u-app", "active", "r-app"), insertUser("u-api", "active", {})});
    const Report report = reportOf(project);
    QCOMPARE(seats(report), QStringLiteral("1/1/1"));
    // Then Directus 12.4.1 would fail, and the values say they are approximate
    QVERIFY(report.directusWouldFail());
    QVERIFY(report.directusFailureReason().contains(QStringLiteral("directus_access")));
    QCOMPARE(report.field(QStringLiteral("admin_users"))->exactness, ReportField::Exactness::Approximate);
}

void TestCollectors::shouldApplyEveryCollectionFilter()
{
    ScratchProject project;
    project.exec({
        QStringLiteral("create table posts (id integer primary key, title text)"),
        QStringLiteral("insert into posts (title) values ('a'), ('b'), ('c')"),
        QStringLiteral("create table legacy_log (line text)"), // no primary key
        QStringLiteral("insert into legacy_log values ('x')"),
        QStringLiteral("create table pairs (a int, b int, primary key (a, b))"), // composite key
        QStringLiteral("create table \"my table\" (id integer primary key)"), // a space
        QStringLiteral("insert into \"my table\" default values"),
        QStringLiteral("create table directus_webhooks (id integer primary key)"), // not a system collection
        QStringLiteral("insert into directus_webhooks default values"),
        QStringLiteral("create table spatial_ref_sys (id integer primary key)"), // default exclude list
        QStringLiteral("create table sqliteX_notes (id integer primary key)"), // LIKE 'sqlite_%'
        QStringLiteral("create table tags (name text primary key) without rowid"),
        QStringLiteral("insert into tags values ('t1'), ('t2')"),
        QStringLiteral("create view post_titles as select title from posts"), // views are not tables
    });
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("collections"))),
             QStringLiteral("3")); // posts, directus_webhooks, tags
    QCOMPARE(json(report.value(QStringLiteral("items"))), QStringLiteral("6"));
    QVERIFY(!report.directusWouldFail());
}

void TestCollectors::shouldMatchExcludedTablesExactlyAfterCasting()
{
    // Given DB_EXCLUDE_TABLES="a, b,123,0123", which casts to ["a"," b",123,"0123"]
    ScratchProject project;
    project.appendEnv(QStringLiteral("DB_EXCLUDE_TABLES=\"a, b,123,0123\""));
    project.exec({QStringLiteral("create table a (id integer primary key)"),
                  QStringLiteral("create table b (id integer primary key)"),
                  QStringLiteral("create table \"123\" (id integer primary key)"),
                  QStringLiteral("create table \"0123\" (id integer primary key)")});
    // Then only a and 0123 are excluded: " b" is not b, and the number 123 is not the name "123"
    QCOMPARE(json(reportOf(project).value(QStringLiteral("collections"))), QStringLiteral("2"));
}

void TestCollectors::shouldCountOddTableNamesSafely()
{
    ScratchProject project;
    project.exec({QStringLiteral("create table \"a\"\"b\" (id integer primary key)"),
                  QStringLiteral("insert into \"a\"\"b\" default values"),
                  QStringLiteral("insert into \"a\"\"b\" default values"),
                  QStringLiteral("create table \"x';drop_table_directus_users;--\" (id integer primary key)"),
                  QStringLiteral("insert into \"x';drop_table_directus_users;--\" default values")});
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("collections"))), QStringLiteral("2"));
    QCOMPARE(json(report.value(QStringLiteral("items"))), QStringLiteral("3"));
    QCOMPARE(seats(report), QStringLiteral("1/0/0"));
}

void TestCollectors::shouldFlagATableWithADotAsAReportDirectusCannotMake()
{
    ScratchProject project;
    project.exec({QStringLiteral("create table \"a.b\" (id integer primary key)"),
                  QStringLiteral("insert into \"a.b\" default values")});
    const Report report = reportOf(project);
    QVERIFY(report.directusWouldFail());
    QVERIFY(report.directusFailureReason().contains(QStringLiteral("a.b")));
    QCOMPARE(json(report.value(QStringLiteral("items"))), QStringLiteral("1"));
    QCOMPARE(report.field(QStringLiteral("items"))->exactness, ReportField::Exactness::Approximate);
}

void TestCollectors::shouldCountFieldsPerCollection()
{
    ScratchProject project;
    project.exec(
        {QStringLiteral("insert into directus_fields (collection, field) values ('posts', 'id'), ('posts', "
                        "'title'), ('posts', 'body'), ('gone', 'id'), ('directus_users', 'extra')")});
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("fields_max"))), QStringLiteral("3"));
    QCOMPARE(json(report.value(QStringLiteral("fields_total"))), QStringLiteral("5"));
}

void TestCollectors::shouldCountOnlyActiveFlowsAndAllFilesAndShares()
{
    ScratchProject project;
    project.exec({QStringLiteral(
                      "insert into directus_flows (id, name, status, trigger) values ('f1', 'f1', 'active', "
                      "'manual'), ('f2', 'f2', 'inactive', 'manual'), ('f3', 'f3', 'Active', 'manual')"),
                  QStringLiteral("insert into directus_dashboards (id, name) values ('d1', 'd1')"),
                  insertRole("r-extra")});
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("flows"))), QStringLiteral("1"));
    QCOMPARE(json(report.value(QStringLiteral("dashboards"))), QStringLiteral("1"));
    QCOMPARE(json(report.value(QStringLiteral("roles"))), QStringLiteral("2"));
}

void TestCollectors::shouldSumFileSizesIgnoringNulls()
{
    ScratchProject project;
    project.exec(
        {QStringLiteral("insert into directus_files (id, storage, filename_download, filesize) values "
                        "('x1', 'local', 'a', 100), ('x2', 'local', 'b', null), ('x3', 'local', 'c', 23)")});
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("files"))), QStringLiteral("3"));
    QCOMPARE(json(report.value(QStringLiteral("files_size_total"))), QStringLiteral("123"));
}

void TestCollectors::shouldReportTheDatabaseSizeAsTheConnectionSeesIt()
{
    ScratchProject project;
    project.exec(
        {QStringLiteral("create table big (id integer primary key, body text)"),
         QStringLiteral("insert into big (body) select hex(randomblob(2000)) from directus_migrations")});
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("database_size"))),
             QString::number(QFileInfo(project.databasePath()).size()));
}

void TestCollectors::shouldUseSchemaDefaultsWithoutASettingsRow()
{
    ScratchProject project;
    project.exec({QStringLiteral("delete from directus_settings")});
    const Report report = reportOf(project);
    // project_id is left out of the wire bytes entirely
    QVERIFY(report.value(QStringLiteral("project_id")).isUndefined());
    QVERIFY(!report.wireBytes().contains("project_id"));
    QCOMPARE(json(report.value(QStringLiteral("mcp_enabled"))), QStringLiteral("false"));
    QCOMPARE(json(report.value(QStringLiteral("mcp_system_prompt_enabled"))), QStringLiteral("true"));
    QCOMPARE(json(report.value(QStringLiteral("visual_editor_urls"))), QStringLiteral("0"));
    QCOMPARE(json(report.value(QStringLiteral("collaborative_editing_enabled"))), QStringLiteral("false"));
    QVERIFY(!report.directusWouldFail());
}

void TestCollectors::shouldFlagAMissingSettingsColumn()
{
    ScratchProject project;
    project.exec({QStringLiteral("alter table directus_settings drop column mcp_allow_deletes")});
    const Report report = reportOf(project);
    QVERIFY(report.directusWouldFail());
    QVERIFY(report.directusFailureReason().contains(QStringLiteral("mcp_allow_deletes")));
    QCOMPARE(json(report.value(QStringLiteral("mcp_allow_deletes"))), QStringLiteral("false"));
    QCOMPARE(report.field(QStringLiteral("mcp_enabled"))->exactness, ReportField::Exactness::Approximate);
}

void TestCollectors::shouldPassUnrecognisedSettingsValuesThrough_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mcp_enabled 2") << "mcp_enabled = 2"
                                   << "mcp_enabled"
                                   << "2";
    QTest::newRow("mcp_enabled 'yes'") << "mcp_enabled = 'yes'"
                                       << "mcp_enabled"
                                       << "\"yes\"";
    QTest::newRow("mcp_enabled 'true' text") << "mcp_enabled = 'true'"
                                             << "mcp_enabled"
                                             << "\"true\"";
    QTest::newRow("mcp_enabled '0.0' is stored as 0") << "mcp_enabled = '0.0'"
                                                      << "mcp_enabled"
                                                      << "false";
    QTest::newRow("visual editor array") << "visual_editor_urls = '[\"a\",\"b\",\"c\"]'"
                                         << "visual_editor_urls"
                                         << "3";
    QTest::newRow("visual editor JSON string") << "visual_editor_urls = '\"[1,2,3]\"'"
                                               << "visual_editor_urls"
                                               << "7";
    QTest::newRow("visual editor object length") << "visual_editor_urls = '{\"length\":2.5}'"
                                                 << "visual_editor_urls"
                                                 << "2.5";
    QTest::newRow("visual editor not JSON") << "visual_editor_urls = 'h😀'"
                                            << "visual_editor_urls"
                                            << "3";
    QTest::newRow("visual editor number") << "visual_editor_urls = '5'"
                                          << "visual_editor_urls"
                                          << "0";
    QTest::newRow("prompt '0' is text") << "ai_system_prompt = '0'"
                                        << "ai_system_prompt"
                                        << "true";
    QTest::newRow("prompt empty") << "ai_system_prompt = ''"
                                  << "ai_system_prompt"
                                  << "false";
    QTest::newRow("collab 2 is not coerced") << "collaborative_editing_enabled = 2"
                                             << "collaborative_editing_enabled"
                                             << "2";
    QTest::newRow("project_id null") << "project_id = null"
                                     << "project_id"
                                     << "null";
}

void TestCollectors::shouldPassUnrecognisedSettingsValuesThrough()
{
    QFETCH(QString, assignment);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    ScratchProject project;
    project.exec({QStringLiteral("update directus_settings set ") + assignment});
    QCOMPARE(json(reportOf(project).value(key)), expected);
}

void TestCollectors::shouldDecideAiKeyFlagsByDecryption()
{
    // Given one key encrypted with the project's SECRET and one with another secret
    ScratchProject project;
    const QString good = DirectusDecryptor::encrypt(
        QStringLiteral("sk-test-key"), QByteArrayLiteral("fixture-secret-empty-0123456789abcdef"));
    const QString foreign
        = DirectusDecryptor::encrypt(QStringLiteral("sk-other"), QByteArrayLiteral("other"));
    project.exec(
        {QStringLiteral("update directus_settings set ai_openai_api_key = '%1', ai_anthropic_api_key = '%2'")
             .arg(good, foreign)});
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("ai_openai_api_key"))), QStringLiteral("true"));
    QCOMPARE(json(report.value(QStringLiteral("ai_anthropic_api_key"))), QStringLiteral("false"));
    QCOMPARE(report.field(QStringLiteral("ai_anthropic_api_key"))->exactness, ReportField::Exactness::Exact);
    // And the stored key appears nowhere in what is reported
    QVERIFY(!report.wireBytes().contains("sk-"));
}

void TestCollectors::shouldMarkAiKeyFlagsApproximateWithoutSecret()
{
    ScratchProject project;
    QFile env(project.path() + QStringLiteral("/.env"));
    QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
    env.write("DB_CLIENT=sqlite3\nDB_FILENAME=./directus.db\n");
    env.close();
    project.exec({QStringLiteral("update directus_settings set ai_openai_api_key = 'anything'")});
    const Report report = reportOf(project);
    QCOMPARE(json(report.value(QStringLiteral("ai_openai_api_key"))), QStringLiteral("true"));
    QCOMPARE(report.field(QStringLiteral("ai_openai_api_key"))->exactness,
             ReportField::Exactness::Approximate);
    QVERIFY(report.field(QStringLiteral("ai_openai_api_key"))->note.contains(QStringLiteral("SECRET")));
}

void TestCollectors::shouldHonourEnvFlags_data()
{
    QTest::addColumn<QString>("envLine");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WEBSOCKETS_ENABLED=true") << "WEBSOCKETS_ENABLED=true"
                                             << "websockets_enabled"
                                             << "true";
    QTest::newRow("WEBSOCKETS_ENABLED=1") << "WEBSOCKETS_ENABLED=1"
                                          << "websockets_enabled"
                                          << "true";
    QTest::newRow("WEBSOCKETS_ENABLED=TRUE is false") << "WEBSOCKETS_ENABLED=TRUE"
                                                      << "websockets_enabled"
                                                      << "false";
    QTest::newRow("PUBLIC_URL number") << "PUBLIC_URL=123"
                                       << "url"
                                       << "123";
    QTest::newRow("PUBLIC_URL with comma") << "PUBLIC_URL=https://a,https://b"
                                           << "url"
                                           << "[\"https://a\",\"https://b\"]";
    QTest::newRow("collab off in env") << "WEBSOCKETS_COLLAB_ENABLED=false"
                                       << "collaborative_editing_enabled"
                                       << "false";
}

void TestCollectors::shouldHonourEnvFlags()
{
    QFETCH(QString, envLine);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    ScratchProject project;
    project.exec({QStringLiteral("update directus_settings set collaborative_editing_enabled = 1")});
    project.appendEnv(envLine);
    QCOMPARE(json(reportOf(project).value(key)), expected);
}

void TestCollectors::shouldFlagMissingTablesButStillShowValues()
{
    ScratchProject project;
    project.exec({QStringLiteral("drop table directus_flows"), QStringLiteral("drop table directus_shares")});
    const ReportEngine::Outcome outcome = project.report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.report.directusWouldFail());
    QVERIFY(outcome.report.directusFailureReason().contains(QStringLiteral("directus_flows")));
    QCOMPARE(json(outcome.report.value(QStringLiteral("flows"))), QStringLiteral("0"));
    QCOMPARE(outcome.report.field(QStringLiteral("shares"))->exactness, ReportField::Exactness::Approximate);
}

void TestCollectors::shouldNeverChangeTheInspectedFile()
{
    // Given a populated database with every kind of table the collectors read
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QByteArray before = fileChecksum(project.databasePath());
    for (int i = 0; i < 3; ++i)
        QVERIFY(project.report().ok);
    QCOMPARE(fileChecksum(project.databasePath()), before);
    QVERIFY(!QFileInfo::exists(project.databasePath() + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(project.databasePath() + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestCollectors)
#include "tst_collectors.moc"
