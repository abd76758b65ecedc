// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL and MariaDB projects against real servers: this program starts its own throwaway instances on
// 127.0.0.1 (never a system server), loads the fixtures' dumps, and checks the report Directus computed, the
// per-dialect collection rules, read-only sessions, and the errors a user meets when something is wrong.
#include "MariadbTestServer.h"
#include "PostgresTestServer.h"
#include "ScratchProject.h"
#include "db/DatabaseError.h"
#include "db/DatabaseSettings.h"
#include "db/ReadOnlyConnection.h"
#include "db/SqlSession.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

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
    qint64 elapsedMs = 0;
};

CliResult runCli(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(DTI_CLI_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

const QString Postgres = QStringLiteral("postgres");
const QString Mariadb = QStringLiteral("mariadb");
} // namespace

class TestSqlServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldComputeTheReportDirectusComputed_data();
    void shouldComputeTheReportDirectusComputed();
    void shouldPrintTheWireBytesFromTheCli_data();
    void shouldPrintTheWireBytesFromTheCli();
    void shouldEstimateItemsFromTheServersStatistics_data();
    void shouldEstimateItemsFromTheServersStatistics();
    void shouldRefuseWritesThroughTheInspectorsConnection_data();
    void shouldRefuseWritesThroughTheInspectorsConnection();
    void shouldStopASlowStatementAtTheQueryTimeout_data();
    void shouldStopASlowStatementAtTheQueryTimeout();

    void shouldNotCountViewsCompositeKeysOrKeylessTables_data();
    void shouldNotCountViewsCompositeKeysOrKeylessTables();
    void shouldIgnorePostgresTablesOutsideTheSearchPath();
    void shouldCountEverySchemaOfATwoSchemaSearchPath();
    void shouldIgnoreMysqlTablesInAnotherDatabase();
    void shouldCountAMysqlTableWithAUniqueNotNullColumnAndNoKey();
    void shouldConnectThroughAConnectionString();
    void shouldConnectThroughALocalSocket_data();
    void shouldConnectThroughALocalSocket();

    void shouldExplainWhyItCannotConnect_data();
    void shouldExplainWhyItCannotConnect();
    void shouldUseTlsAsConfigured_data();
    void shouldUseTlsAsConfigured();
    void shouldNameTheTableItMayNotRead();
    void shouldNameTheMysqlTableItMayNotRead();
    void shouldGiveUpOnAServerThatNeverAnswers_data();
    void shouldGiveUpOnAServerThatNeverAnswers();
    void shouldAskForThePasswordWithoutShowingIt();
    void shouldReadTheServerEnvironmentFromACompose_data();
    void shouldReadTheServerEnvironmentFromACompose();
    void shouldGiveUpWhenTheServerStopsAnsweringMidReport_data();
    void shouldGiveUpWhenTheServerStopsAnsweringMidReport();
    void shouldDiscardThePartialReportWhenTheServerDies_data();
    void shouldDiscardThePartialReportWhenTheServerDies();

private:
    TestDatabaseServer *server(const QString &kind) const
    {
        return kind == Postgres ? static_cast<TestDatabaseServer *>(m_postgres.get()) : m_mariadb.get();
    }
    static QString fixtureFor(const QString &kind)
    {
        return kind == Postgres ? QStringLiteral("blog-pg") : QStringLiteral("blog-mysql");
    }
    // A copy of the kind's fixture project pointed at database `name` on the test server.
    std::unique_ptr<ScratchProject> project(const QString &kind, const QString &name = QStringLiteral("blog"))
    {
        auto scratch = std::make_unique<ScratchProject>(fixtureFor(kind));
        scratch->setEnv(QStringLiteral("DB_PORT"), QString::number(server(kind)->port()));
        scratch->setEnv(QStringLiteral("DB_DATABASE"), name);
        return scratch;
    }
    bool loadCopy(const QString &kind, const QString &name)
    {
        QString error;
        const bool ok = server(kind)->createDatabase(
            name, fixturePath(fixtureFor(kind)) + QStringLiteral("/dump.sql"), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    std::unique_ptr<PostgresTestServer> m_postgres;
    std::unique_ptr<MariadbTestServer> m_mariadb;
    std::unique_ptr<PostgresTestServer> m_tlsPostgres; // started by the TLS test only
};

void TestSqlServers::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_postgres = std::make_unique<PostgresTestServer>();
    m_mariadb = std::make_unique<MariadbTestServer>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
    const qint64 postgresStarted = timer.restart();
    QVERIFY2(m_mariadb->start(&error), qPrintable(error));
    const qint64 mariadbStarted = timer.restart();
    QVERIFY(loadCopy(Postgres, QStringLiteral("blog")));
    QVERIFY(loadCopy(Mariadb, QStringLiteral("blog")));
    qInfo("servers ready: PostgreSQL on port %d in %lld ms, MariaDB on port %d in %lld ms, dumps loaded in "
          "%lld ms",
          m_postgres->port(), postgresStarted, m_mariadb->port(), mariadbStarted, timer.elapsed());
}

void TestSqlServers::shouldComputeTheReportDirectusComputed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("blog-pg on PostgreSQL") << Postgres;
    QTest::newRow("blog-mysql on MariaDB") << Mariadb;
}

void TestSqlServers::shouldComputeTheReportDirectusComputed()
{
    QFETCH(QString, kind);
    // Given the fixture's dump loaded into a fresh server, and its size as the dialect's own query sees it
    TestDatabaseServer *db = server(kind);
    const QByteArray before = db->dumpChecksum(QStringLiteral("blog"));
    QVERIFY(!before.isEmpty());
    const QString sizeBefore = db->scalar(QStringLiteral("blog"), db->sizeQuery(QStringLiteral("blog")));
    const auto scratch = project(kind);

    // When the inspector computes the report
    const ReportEngine::Outcome outcome = scratch->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // Then every key, in order, equals Directus's own report; database_size equals the size query's answer
    JsValue expected = expectedReport(fixtureFor(kind));
    const JsValue actual = outcome.report.toJsValue();
    QCOMPARE(actual.members().size(), expected.members().size());
    for (qsizetype i = 0; i < expected.members().size(); ++i) {
        const auto &want = expected.members().at(i);
        const auto &got = actual.members().at(i);
        QCOMPARE(got.first, want.first);
        if (want.first == QLatin1String("database_size")) {
            QCOMPARE(QString::fromUtf8(JsonWriter::stringify(got.second)), sizeBefore);
            continue;
        }
        QVERIFY2(got.second == want.second,
                 qPrintable(QStringLiteral("%1: got %2, Directus sent %3")
                                .arg(want.first, QString::fromUtf8(JsonWriter::stringify(got.second)),
                                     QString::fromUtf8(JsonWriter::stringify(want.second)))));
    }
    QVERIFY(!outcome.report.directusWouldFail());
    // And the database is unchanged, to the byte of a full dump
    QCOMPARE(db->dumpChecksum(QStringLiteral("blog")), before);
    QCOMPARE(db->scalar(QStringLiteral("blog"), db->sizeQuery(QStringLiteral("blog"))), sizeBefore);
}

void TestSqlServers::shouldPrintTheWireBytesFromTheCli_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldPrintTheWireBytesFromTheCli()
{
    QFETCH(QString, kind);
    const auto scratch = project(kind);
    const CliResult result = runCli({QStringLiteral("report"), scratch->path()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const JsValue printed = JsonReader::parseUtf8(result.out).value;
    QCOMPARE(printed.member(QStringLiteral("database")).toString(),
             kind == Postgres ? QStringLiteral("postgres") : QStringLiteral("mysql"));
    QCOMPARE(printed.member(QStringLiteral("items")).toNumber(), 94.0);
}

void TestSqlServers::shouldEstimateItemsFromTheServersStatistics_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldEstimateItemsFromTheServersStatistics()
{
    QFETCH(QString, kind);
    // Given the loaded blog, whose statistics the server gathered while loading (ANALYZE on PostgreSQL,
    // InnoDB's own on MariaDB)
    const auto scratch = project(kind);
    QString error;
    const auto config = scratch->config(&error);
    QVERIFY2(config, qPrintable(error));
    ReportEngine engine(*config);
    QList<ReportEngine::ItemsEstimate> estimates;
    engine.setItemsEstimateCallback(
        [&](const ReportEngine::ItemsEstimate &estimate) { estimates.append(estimate); });

    // When the report runs
    const ReportEngine::Outcome outcome = engine.run();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // Then an estimate arrived first, for the same collections, near the exact count (statistics are
    // approximate, so only the order of magnitude is checked)
    QCOMPARE(estimates.size(), 1);
    QCOMPARE(estimates.first().collections, 5);
    QVERIFY(estimates.first().coveredTables > 0);
    QVERIFY2(estimates.first().items > 10 && estimates.first().items < 1000,
             qPrintable(QString::number(estimates.first().items)));
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 94.0);
}

void TestSqlServers::shouldRefuseWritesThroughTheInspectorsConnection_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldRefuseWritesThroughTheInspectorsConnection()
{
    QFETCH(QString, kind);
    // Given the inspector's own connection, as the fixture's user (who owns and may write every table)
    const QByteArray before = server(kind)->dumpChecksum(QStringLiteral("blog"));
    const auto scratch = project(kind);
    QString error;
    const auto config = scratch->config(&error);
    QVERIFY2(config, qPrintable(error));
    const auto settings = DatabaseSettings::fromConfig(*config, &error);
    QVERIFY2(settings, qPrintable(error));
    ReadOnlyConnection connection(*settings);
    QVERIFY2(connection.open(&error), qPrintable(error));

    // When anything tries to write through it
    const QStringList writes = {
        QStringLiteral(
            "insert into directus_roles (id, name) values ('00000000-0000-0000-0000-000000000001', "
            "'intruder')"),
        QStringLiteral("update directus_settings set project_name = 'changed'"),
        QStringLiteral("delete from tags"),
        QStringLiteral("create table intruder (id int primary key)"),
    };
    for (const QString &sql : writes) {
        QSqlQuery query(connection.database());
        // Then the server refuses every statement
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QVERIFY2(query.lastError().text().contains(QLatin1String("read-only"), Qt::CaseInsensitive)
                     || query.lastError().text().contains(QLatin1String("READ ONLY"), Qt::CaseInsensitive),
                 qPrintable(query.lastError().text()));
    }
    // And the database is byte-for-byte what it was
    QCOMPARE(server(kind)->dumpChecksum(QStringLiteral("blog")), before);
}

void TestSqlServers::shouldStopASlowStatementAtTheQueryTimeout_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("slowQuery");
    QTest::newRow("blog-pg on PostgreSQL") << Postgres << "select pg_sleep(10)";
    QTest::newRow("blog-mysql on MariaDB") << Mariadb << "select sleep(10)";
}

void TestSqlServers::shouldStopASlowStatementAtTheQueryTimeout()
{
    QFETCH(QString, kind);
    QFETCH(QString, slowQuery);
    // Given the inspector's connection with a one-second query timeout
    const auto scratch = project(kind);
    QString error;
    const auto config = scratch->config(&error);
    QVERIFY2(config, qPrintable(error));
    auto settings = DatabaseSettings::fromConfig(*config, &error);
    QVERIFY2(settings, qPrintable(error));
    settings->queryTimeoutSeconds = 1;
    ReadOnlyConnection connection(*settings);
    QVERIFY2(connection.open(&error), qPrintable(error));
    SqlSession session(connection.database(), connection.dialect(), nullptr, connection.watchdog());

    // When a statement runs longer than that
    QElapsedTimer timer;
    timer.start();
    QString message;
    try {
        session.rows(slowQuery);
    } catch (const DatabaseError &failure) {
        message = failure.message;
    }

    // Then the server stops it after about a second (MariaDB's SLEEP returns 1 when interrupted)
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    if (kind == Postgres)
        QVERIFY2(message.contains(QLatin1String("statement timeout")), qPrintable(message));
}

void TestSqlServers::shouldNotCountViewsCompositeKeysOrKeylessTables_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldNotCountViewsCompositeKeysOrKeylessTables()
{
    QFETCH(QString, kind);
    // Given a copy of the blog with a view, a composite-key table and a table without any key, each with rows
    const QString name = QStringLiteral("rules_shapes");
    QVERIFY(loadCopy(kind, name));
    QString output;
    QVERIFY2(server(kind)->exec(name,
                                QStringLiteral("create view post_titles as select id, title from posts;"
                                               "create table post_tags (post int not null, tag int not null, "
                                               "primary key (post, tag));"
                                               "insert into post_tags values (1, 1), (1, 2);"
                                               "create table audit_rows (id int, note text);"
                                               "insert into audit_rows values (1, 'x');"),
                                &output),
             qPrintable(output));

    // When the report is computed
    const ReportEngine::Outcome outcome = project(kind, name)->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // Then none of them is a collection and their rows are not items
    QCOMPARE(outcome.report.field(QStringLiteral("collections"))->value.toNumber(), 5.0);
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 94.0);
}

void TestSqlServers::shouldIgnorePostgresTablesOutsideTheSearchPath()
{
    // Given a table with a primary key in a second schema, and no DB_SEARCH_PATH
    const QString name = QStringLiteral("rules_schema");
    QVERIFY(loadCopy(Postgres, name));
    QString output;
    QVERIFY2(m_postgres->exec(name,
                              QStringLiteral("create schema archive authorization directus;"
                                             "create table archive.old_posts (id int primary key);"
                                             "insert into archive.old_posts values (1), (2), (3);"
                                             "alter table archive.old_posts owner to directus;"),
                              &output),
             qPrintable(output));

    // When the report is computed, Directus inspects `public` only
    const ReportEngine::Outcome outcome = project(Postgres, name)->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.report.field(QStringLiteral("collections"))->value.toNumber(), 5.0);
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 94.0);
}

void TestSqlServers::shouldCountEverySchemaOfATwoSchemaSearchPath()
{
    // Given a table in a second schema, and DB_SEARCH_PATH naming both schemas
    const QString name = QStringLiteral("rules_search_path");
    QVERIFY(loadCopy(Postgres, name));
    QString output;
    QVERIFY2(m_postgres->exec(name,
                              QStringLiteral("create schema archive authorization directus;"
                                             "create table archive.old_posts (id int primary key);"
                                             "insert into archive.old_posts values (1), (2), (3);"
                                             "alter table archive.old_posts owner to directus;"),
                              &output),
             qPrintable(output));
    const auto scratch = project(Postgres, name);
    scratch->setEnv(QStringLiteral("DB_SEARCH_PATH"), QStringLiteral("public,archive"));

    // When the report is computed
    const ReportEngine::Outcome outcome = scratch->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // Then the second schema's table is a collection, counted through the session's search_path
    QCOMPARE(outcome.report.field(QStringLiteral("collections"))->value.toNumber(), 6.0);
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 97.0);
}

void TestSqlServers::shouldIgnoreMysqlTablesInAnotherDatabase()
{
    // Given a keyed table in another database the user can read
    const QString name = QStringLiteral("rules_other_db");
    QVERIFY(loadCopy(Mariadb, name));
    QString output;
    QVERIFY2(m_mariadb->exec(QString(),
                             QStringLiteral("create database if not exists elsewhere;"
                                            "create table elsewhere.notes (id int primary key);"
                                            "insert into elsewhere.notes values (1), (2);"
                                            "grant select on elsewhere.* to 'directus'@'%';"),
                             &output),
             qPrintable(output));

    // When the report is computed, only the connection's database is inspected
    const ReportEngine::Outcome outcome = project(Mariadb, name)->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.report.field(QStringLiteral("collections"))->value.toNumber(), 5.0);
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 94.0);
}

void TestSqlServers::shouldCountAMysqlTableWithAUniqueNotNullColumnAndNoKey()
{
    // Given a table with no primary key but a UNIQUE NOT NULL column, which the server lists as PRI
    const QString name = QStringLiteral("rules_unique");
    QVERIFY(loadCopy(Mariadb, name));
    QString output;
    QVERIFY2(m_mariadb->exec(name,
                             QStringLiteral("create table subscribers (email varchar(100) not null unique, "
                                            "name text);"
                                            "insert into subscribers values ('a@example.com', 'a'), "
                                            "('b@example.com', 'b');"),
                             &output),
             qPrintable(output));
    QCOMPARE(m_mariadb->scalar(name,
                               QStringLiteral("select column_key from information_schema.columns where "
                                              "table_schema = database() and table_name = "
                                              "'subscribers' and column_name = 'email'")),
             QStringLiteral("PRI"));

    // When the report is computed
    const ReportEngine::Outcome outcome = project(Mariadb, name)->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // Then it counts as a collection, as it does for Directus
    QCOMPARE(outcome.report.field(QStringLiteral("collections"))->value.toNumber(), 6.0);
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 96.0);
}

void TestSqlServers::shouldConnectThroughAConnectionString()
{
    // Given only DB_CONNECTION_STRING (DB_HOST/DB_PORT/DB_USER/DB_PASSWORD/DB_DATABASE removed)
    const auto scratch = project(Postgres);
    for (const char *key : {"DB_HOST", "DB_PORT", "DB_USER", "DB_PASSWORD", "DB_DATABASE"})
        scratch->setEnv(QLatin1String(key), QString(), true);
    scratch->setEnv(
        QStringLiteral("DB_CONNECTION_STRING"),
        QStringLiteral("postgres://directus:directus-pass@127.0.0.1:%1/blog").arg(m_postgres->port()));

    // When the report is computed
    const ReportEngine::Outcome outcome = scratch->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // Then it reads the same database, and database_size is 0 as in Directus (the size query binds the
    // unset env DB_DATABASE)
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 94.0);
    QCOMPARE(outcome.report.field(QStringLiteral("database_size"))->value.toNumber(), 0.0);
}

void TestSqlServers::shouldConnectThroughALocalSocket_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldConnectThroughALocalSocket()
{
    QFETCH(QString, kind);
    // Given a project that reaches the server through its Unix socket: DB_SOCKET_PATH for MySQL (which then
    // needs no DB_HOST/DB_PORT), a socket folder as DB_HOST for PostgreSQL
    const auto scratch = project(kind);
    if (kind == Mariadb) {
        scratch->setEnv(QStringLiteral("DB_HOST"), QString(), true);
        scratch->setEnv(QStringLiteral("DB_PORT"), QString(), true);
        scratch->setEnv(QStringLiteral("DB_SOCKET_PATH"), server(kind)->folder() + QStringLiteral("/sock"));
    } else {
        scratch->setEnv(QStringLiteral("DB_HOST"), server(kind)->folder());
    }

    // When the report is computed
    const ReportEngine::Outcome outcome = scratch->report();

    // Then it reads the same database
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.report.field(QStringLiteral("items"))->value.toNumber(), 94.0);
}

void TestSqlServers::shouldExplainWhyItCannotConnect_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    const int closedPort = TestServerProcess::freePort();
    for (const QString &kind : {Postgres, Mariadb}) {
        const QByteArray prefix = kind.toUtf8() + ": ";
        QTest::newRow(prefix + "wrong password") << kind << "DB_PASSWORD"
                                                 << "not-the-password"
                                                 << "wrong password or user";
        QTest::newRow(prefix + "unknown user") << kind << "DB_USER"
                                               << "nobody"
                                               << "wrong password or user";
        QTest::newRow(prefix + "missing database") << kind << "DB_DATABASE"
                                                   << "nope"
                                                   << "has no database \"nope\"";
        QTest::newRow(prefix + "nothing listens on the port")
            << kind << "DB_PORT" << QString::number(closedPort)
            << QStringLiteral("Nothing accepts connections at 127.0.0.1:%1").arg(closedPort);
    }
    QTest::newRow("postgres: TLS required, server offers none") << Postgres << "DB_SSL__REJECT_UNAUTHORIZED"
                                                                << "false"
                                                                << "TLS to 127.0.0.1";
    QTest::newRow("mariadb: TLS required, server offers none") << Mariadb << "DB_SSL"
                                                               << "true"
                                                               << "TLS to 127.0.0.1";
}

void TestSqlServers::shouldExplainWhyItCannotConnect()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, says);
    // Given a project whose connection cannot work
    const auto scratch = project(kind);
    scratch->setEnv(key, value);

    // When the CLI runs
    const CliResult result = runCli({QStringLiteral("report"), scratch->path()});

    // Then it exits with the database code, says what is wrong, prints no report, and does not hang
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.elapsedMs < 15000, qPrintable(QString::number(result.elapsedMs)));
}

void TestSqlServers::shouldUseTlsAsConfigured_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("DB_SSL__CA_FILE: verified against the server's certificate")
        << QStringList {QStringLiteral("DB_SSL__CA_FILE=<cert>")} << 0 << QString();
    QTest::newRow("DB_SSL__REJECT_UNAUTHORIZED=false: encrypted, not verified")
        << QStringList {QStringLiteral("DB_SSL__REJECT_UNAUTHORIZED=false")} << 0 << QString();
    QTest::newRow("DB_SSL=true: an unknown CA is refused")
        << QStringList {QStringLiteral("DB_SSL=true")} << 3 << "TLS to 127.0.0.1";
    QTest::newRow("no DB_SSL: the server requires TLS") << QStringList {} << 3 << "TLS to 127.0.0.1";
    QTest::newRow("connection string with sslmode=no-verify") << QStringList {
        QStringLiteral("DB_CONNECTION_STRING=postgres://directus:directus-pass@127.0.0.1:<port>/"
                       "blog?sslmode=no-verify")} << 0 << QString();
}

void TestSqlServers::shouldUseTlsAsConfigured()
{
    QFETCH(QStringList, settings);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    // Given a PostgreSQL server that accepts TCP only over TLS, with a self-signed certificate
    if (!m_tlsPostgres) {
        m_tlsPostgres = std::make_unique<PostgresTestServer>();
        m_tlsPostgres->requireTls();
        QString error;
        QVERIFY2(m_tlsPostgres->start(&error), qPrintable(error));
        QVERIFY2(m_tlsPostgres->createDatabase(
                     QStringLiteral("blog"),
                     fixturePath(QStringLiteral("blog-pg")) + QStringLiteral("/dump.sql"), &error),
                 qPrintable(error));
    }
    ScratchProject scratch(QStringLiteral("blog-pg"));
    scratch.setEnv(QStringLiteral("DB_PORT"), QString::number(m_tlsPostgres->port()));
    for (QString setting : settings) {
        setting.replace(QLatin1String("<cert>"), m_tlsPostgres->certificateFile());
        setting.replace(QLatin1String("<port>"), QString::number(m_tlsPostgres->port()));
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        scratch.setEnv(setting.left(equals), setting.mid(equals + 1));
    }

    // When the CLI runs
    const CliResult result = runCli({QStringLiteral("report"), scratch.path()});

    // Then it connects exactly when the settings allow it, and explains TLS failures
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
    if (exitCode == 0)
        QCOMPARE(JsonReader::parseUtf8(result.out).value.member(QStringLiteral("items")).toNumber(), 94.0);
    else
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
}

void TestSqlServers::shouldNameTheTableItMayNotRead()
{
    // Given a user who may read everything but directus_shares
    QString output;
    QVERIFY2(m_postgres->exec(QStringLiteral("blog"),
                              QStringLiteral("create role reader login password 'reader-pass';"
                                             "grant select on all tables in schema public to reader;"
                                             "revoke select on directus_shares from reader;"),
                              &output),
             qPrintable(output));
    const auto scratch = project(Postgres);
    scratch->setEnv(QStringLiteral("DB_USER"), QStringLiteral("reader"));
    scratch->setEnv(QStringLiteral("DB_PASSWORD"), QStringLiteral("reader-pass"));

    // When the CLI runs
    const CliResult result = runCli({QStringLiteral("report"), scratch->path()});

    // Then no report is printed and the error names the table
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QLatin1String("directus_shares")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("permission denied")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestSqlServers::shouldNameTheMysqlTableItMayNotRead()
{
    // Given a user with SELECT on every table but directus_shares (MySQL then hides that table)
    const QString tables = m_mariadb->scalar(
        QStringLiteral("blog"),
        QStringLiteral("select group_concat(table_name) from information_schema.tables "
                       "where table_schema = 'blog' and table_name <> 'directus_shares'"));
    QString grants
        = QStringLiteral("create user if not exists 'reader'@'%' identified by 'reader-pass';"
                         "create user if not exists 'reader'@'localhost' identified by 'reader-pass';");
    for (const QString &table : tables.split(QLatin1Char(','))) {
        for (const char *host : {"%", "localhost"})
            grants += QStringLiteral("grant select on blog.`%1` to 'reader'@'%2';")
                          .arg(table, QLatin1String(host));
    }
    QString output;
    QVERIFY2(m_mariadb->exec(QString(), grants, &output), qPrintable(output));
    const auto scratch = project(Mariadb);
    scratch->setEnv(QStringLiteral("DB_USER"), QStringLiteral("reader"));
    scratch->setEnv(QStringLiteral("DB_PASSWORD"), QStringLiteral("reader-pass"));

    // When the CLI runs
    const CliResult result = runCli({QStringLiteral("report"), scratch->path()});

    // Then the table is named as forbidden, not as missing, and no report is printed
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QLatin1String("may not read table directus_shares")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestSqlServers::shouldGiveUpOnAServerThatNeverAnswers_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldGiveUpOnAServerThatNeverAnswers()
{
    QFETCH(QString, kind);
    // Given a port where the kernel accepts connections but nothing ever answers
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const auto scratch = project(kind);
    scratch->setEnv(QStringLiteral("DB_PORT"), QString::number(silent.serverPort()));

    // When the CLI runs with a short connect timeout
    const CliResult result = runCli({QStringLiteral("report"), scratch->path(),
                                     QStringLiteral("--connect-timeout"), QStringLiteral("2")});

    // Then it gives up soon after, says so and names the server
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort())),
             qPrintable(result.err));
    QVERIFY2(result.elapsedMs < 12000, qPrintable(QString::number(result.elapsedMs)));
}

void TestSqlServers::shouldAskForThePasswordWithoutShowingIt()
{
    // Given a project whose configured password is wrong
    const auto scratch = project(Postgres);
    scratch->setEnv(QStringLiteral("DB_PASSWORD"), QStringLiteral("stale-password"));

    // When the user types the right one at --ask-password (fed through a pipe here)
    const CliResult result = runCli(
        {QStringLiteral("report"), scratch->path(), QStringLiteral("--ask-password")}, "directus-pass\n");

    // Then the report is computed with it, and the password appears nowhere in the output
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("Database password:")));
    QVERIFY(!result.err.contains(QLatin1String("directus-pass")));
    QVERIFY(!result.out.contains("directus-pass"));
    QCOMPARE(JsonReader::parseUtf8(result.out).value.member(QStringLiteral("items")).toNumber(), 94.0);
}

void TestSqlServers::shouldReadTheServerEnvironmentFromACompose_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("compose");
    // environment: as a map, the password from an env_file, the database name interpolated from .env
    QTest::newRow("map form, postgres") << Postgres
                                        << "services:\n"
                                           "  database:\n"
                                           "    image: postgres:15\n"
                                           "  directus:\n"
                                           "    image: directus/directus:12.4.1\n"
                                           "    env_file: directus.env\n"
                                           "    environment:\n"
                                           "      DB_CLIENT: pg\n"
                                           "      DB_HOST: database\n"
                                           "      DB_PORT: 5432\n"
                                           "      DB_DATABASE: ${DB_NAME:-wrong}\n"
                                           "      PUBLIC_URL: https://blog.example.com\n"
                                           "      WEBSOCKETS_ENABLED: 'true'\n";
    // environment: as a KEY=VALUE list, service chosen by its image
    QTest::newRow("list form, mariadb") << Mariadb
                                        << "services:\n"
                                           "  db:\n"
                                           "    image: mariadb:10.11\n"
                                           "  cms:\n"
                                           "    image: directus/directus:12.4.1\n"
                                           "    env_file:\n"
                                           "      - path: directus.env\n"
                                           "      - path: optional.env\n"
                                           "        required: false\n"
                                           "    environment:\n"
                                           "      - DB_CLIENT=mysql\n"
                                           "      - DB_HOST=db\n"
                                           "      - DB_PORT=3306\n"
                                           "      - DB_DATABASE=${DB_NAME}\n"
                                           "      - PUBLIC_URL=https://blog.example.com\n"
                                           "      - WEBSOCKETS_ENABLED=true\n";
}

void TestSqlServers::shouldReadTheServerEnvironmentFromACompose()
{
    QFETCH(QString, kind);
    QFETCH(QString, compose);
    // Given a Docker deployment: a compose file, an env_file with the credentials, Compose's own .env
    QTemporaryDir deployment;
    const auto write = [&](const char *name, const QByteArray &content) {
        QFile file(deployment.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write("docker-compose.yml", compose.toUtf8());
    write("directus.env", "DB_USER=directus\nDB_PASSWORD=directus-pass\nDB_HOST=from-env-file\n");
    write(".env", "DB_NAME=blog\n");

    // When the CLI reads it, with DB_HOST/DB_PORT overridden for this machine
    const CliResult result
        = runCli({QStringLiteral("report"), QStringLiteral("--compose"),
                  deployment.filePath(QStringLiteral("docker-compose.yml")), QStringLiteral("--env"),
                  QStringLiteral("DB_HOST=127.0.0.1"), QStringLiteral("--env"),
                  QStringLiteral("DB_PORT=%1").arg(server(kind)->port())});

    // Then the report is the fixture's (version from the image tag), and stderr says where values came from
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const JsValue report = JsonReader::parseUtf8(result.out).value;
    QCOMPARE(report.member(QStringLiteral("items")).toNumber(), 94.0);
    QCOMPARE(report.member(QStringLiteral("version")).toString(), QStringLiteral("12.4.1"));
    QCOMPARE(report.member(QStringLiteral("url")).toString(), QStringLiteral("https://blog.example.com"));
    QVERIFY2(result.err.contains(QLatin1String("DB_HOST: --env (overrides ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("directus.env (env_file of docker-compose.yml")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("image tag")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("directus-pass")));
}

void TestSqlServers::shouldGiveUpWhenTheServerStopsAnsweringMidReport_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldGiveUpWhenTheServerStopsAnsweringMidReport()
{
    QFETCH(QString, kind);
    // Given a report in progress with a one-second query timeout
    const auto scratch = project(kind);
    QString error;
    const auto config = scratch->config(&error);
    QVERIFY2(config, qPrintable(error));
    TestDatabaseServer *db = server(kind);
    ReportEngine engine(*config);
    engine.setTimeouts(5, 1);
    bool frozen = false;

    // When the server freezes after the first collectors ran (the kernel still acknowledges, nothing answers)
    // — thawed again after 20 s by a safety net, so a broken deadline fails this test instead of hanging it
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread thawLater([&] {
        std::unique_lock lock(mutex);
        finished.wait_for(lock, std::chrono::seconds(20), [&] { return done; });
        db->thaw();
    });
    QElapsedTimer timer;
    timer.start();
    const ReportEngine::Outcome outcome = engine.run([&](int done, int, const QString &) {
        if (done == 3 && !frozen)
            frozen = db->freeze();
    });
    const qint64 elapsed = timer.elapsed();
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    finished.notify_all();
    thawLater.join();

    // Then the report fails within the deadline instead of hanging, and says the connection is gone
    QVERIFY(frozen);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.failure, ReportEngine::Failure::Database);
    QVERIFY2(outcome.error.contains(QLatin1String("connection")), qPrintable(outcome.error));
    QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    qInfo("gave up after %lld ms: %s", elapsed, qPrintable(outcome.error));
}

void TestSqlServers::shouldDiscardThePartialReportWhenTheServerDies_data()
{
    shouldComputeTheReportDirectusComputed_data();
}

void TestSqlServers::shouldDiscardThePartialReportWhenTheServerDies()
{
    QFETCH(QString, kind);
    // Given a report in progress
    const auto scratch = project(kind);
    QString error;
    const auto config = scratch->config(&error);
    QVERIFY2(config, qPrintable(error));
    TestDatabaseServer *db = server(kind);
    bool killed = false;

    // When the server dies after the first collectors ran
    QElapsedTimer timer;
    timer.start();
    const ReportEngine::Outcome outcome = ReportEngine(*config).run([&](int done, int, const QString &) {
        if (done == 3 && !killed) {
            db->kill();
            killed = true;
        }
    });
    const qint64 elapsed = timer.elapsed();
    const bool restarted = db->start(&error);

    // Then there is no report, but an error that says the connection was lost, quickly
    QVERIFY(killed);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.failure, ReportEngine::Failure::Database);
    QVERIFY2(outcome.error.contains(QLatin1String("connection")), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QLatin1String("No report was made")), qPrintable(outcome.error));
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
    // And the server comes back for the tests after this one
    QVERIFY2(restarted, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSqlServers)
#include "tst_sqlservers.moc"
