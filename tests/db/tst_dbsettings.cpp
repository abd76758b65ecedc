// SPDX-License-Identifier: GPL-3.0-or-later
// DB_* variables as Directus maps them to a connection (spec §4), without a server: client names, the
// connection string replacing every other key, TLS, DB_SEARCH_PATH, and what the inspector refuses.
#include "config/ProjectConfig.h"
#include "db/DatabaseSettings.h"
#include "db/MysqlDialect.h"
#include "db/PostgresDialect.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(JsValue)

namespace {
ProjectConfig configOf(const QList<JsValue::Member> &values)
{
    return ProjectConfig::fromValues(QStringLiteral("/srv/directus"), values);
}

QList<JsValue::Member> pgValues()
{
    return {
        {QStringLiteral("DB_CLIENT"), JsValue("pg")},     {QStringLiteral("DB_HOST"), JsValue("db.local")},
        {QStringLiteral("DB_PORT"), JsValue(5433)},       {QStringLiteral("DB_DATABASE"), JsValue("cms")},
        {QStringLiteral("DB_USER"), JsValue("directus")}, {QStringLiteral("DB_PASSWORD"), JsValue("pw")}};
}
} // namespace

class TestDbSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportTheDatabaseAsDirectusNamesIt_data();
    void shouldReportTheDatabaseAsDirectusNamesIt();
    void shouldReadHostPortAndCredentials();
    void shouldLetTheConnectionStringReplaceEveryOtherKey();
    void shouldUseATypedPasswordEvenWithAConnectionString();
    void shouldMapTlsSettings_data();
    void shouldMapTlsSettings();
    void shouldKeepTheSearchPathInOrder();
    void shouldRefuseWhatItCannotRead_data();
    void shouldRefuseWhatItCannotRead();
    void shouldReadColumnDefaultsAsValues_data();
    void shouldReadColumnDefaultsAsValues();
};

void TestDbSettings::shouldReportTheDatabaseAsDirectusNamesIt_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("reported");
    QTest::newRow("pg") << "pg"
                        << "postgres";
    QTest::newRow("postgres alias") << "postgres"
                                    << "postgres";
    QTest::newRow("postgresql alias") << "postgresql"
                                      << "postgres";
    QTest::newRow("mysql") << "mysql"
                           << "mysql";
    QTest::newRow("mysql2 alias (MariaDB too)") << "mysql2"
                                                << "mysql";
    QTest::newRow("cockroachdb") << "cockroachdb"
                                 << "cockroachdb";
    QTest::newRow("pgnative: Directus throws") << "pgnative"
                                               << "";
}

void TestDbSettings::shouldReportTheDatabaseAsDirectusNamesIt()
{
    QFETCH(QString, client);
    QFETCH(QString, reported);
    QCOMPARE(DatabaseSettings::reportedClientName(client), reported);
}

void TestDbSettings::shouldReadHostPortAndCredentials()
{
    QString error;
    const auto settings = DatabaseSettings::fromConfig(configOf(pgValues()), &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->client, DatabaseSettings::Client::Postgres);
    QCOMPARE(settings->host, QStringLiteral("db.local"));
    QCOMPARE(settings->port, 5433);
    QCOMPARE(settings->databaseName, QStringLiteral("cms"));
    QCOMPARE(settings->user, QStringLiteral("directus"));
    QCOMPARE(settings->password, QStringLiteral("pw"));
    QCOMPARE(settings->tls, DatabaseSettings::Tls::Off);
    QVERIFY(settings->searchPath.isEmpty());
    QCOMPARE(settings->describe(), QStringLiteral("cms on db.local:5433"));
}

void TestDbSettings::shouldLetTheConnectionStringReplaceEveryOtherKey()
{
    // Given DB_* keys and a connection string with other values (percent-encoded password)
    QList<JsValue::Member> values = pgValues();
    values.append({QStringLiteral("DB_CONNECTION_STRING"),
                   JsValue("postgresql://app:p%40ss@pg.example.com:6543/content?sslmode=require")});
    QString error;
    const auto settings = DatabaseSettings::fromConfig(configOf(values), &error);
    QVERIFY2(settings, qPrintable(error));
    // Then the string wins, as it replaces the whole connection object in Directus
    QCOMPARE(settings->host, QStringLiteral("pg.example.com"));
    QCOMPARE(settings->port, 6543);
    QCOMPARE(settings->user, QStringLiteral("app"));
    QCOMPARE(settings->password, QStringLiteral("p@ss"));
    QCOMPARE(settings->databaseName, QStringLiteral("content"));
    QCOMPARE(settings->tls, DatabaseSettings::Tls::VerifyFull);
}

void TestDbSettings::shouldUseATypedPasswordEvenWithAConnectionString()
{
    // Given a project configured by connection string, and a password typed at --ask-password
    QTemporaryDir project;
    QFile env(project.filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("DB_CLIENT=pg\nDB_CONNECTION_STRING=postgres://app:stale@pg.example.com/content\n");
    env.close();
    ProjectConfig::Options options;
    options.projectDir = project.path();
    options.directusVersion = QStringLiteral("12.4.1");
    options.overrides = {{QStringLiteral("DB_PASSWORD"), QStringLiteral("typed")}};
    options.overridesSource = QStringLiteral("typed at --ask-password");
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    QVERIFY2(config, qPrintable(error));

    // Then the typed password is the one used, and its origin says so
    const auto settings = DatabaseSettings::fromConfig(*config, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->password, QStringLiteral("typed"));
    QCOMPARE(settings->user, QStringLiteral("app"));
    QCOMPARE(config->origin(QStringLiteral("DB_PASSWORD")).detail, QStringLiteral("typed at --ask-password"));
}

void TestDbSettings::shouldMapTlsSettings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<JsValue>("value");
    QTest::addColumn<int>("tls");
    QTest::newRow("DB_SSL=true verifies the certificate")
        << "DB_SSL" << JsValue(true) << int(DatabaseSettings::Tls::VerifyFull);
    QTest::newRow("DB_SSL=false") << "DB_SSL" << JsValue(false) << int(DatabaseSettings::Tls::Off);
    QTest::newRow("DB_SSL__REJECT_UNAUTHORIZED=false encrypts without checking")
        << "DB_SSL__REJECT_UNAUTHORIZED" << JsValue(false) << int(DatabaseSettings::Tls::Require);
    QTest::newRow("DB_SSL__CA alone verifies against it")
        << "DB_SSL__CA" << JsValue("-----BEGIN CERTIFICATE-----") << int(DatabaseSettings::Tls::VerifyFull);
}

void TestDbSettings::shouldMapTlsSettings()
{
    QFETCH(QString, key);
    QFETCH(JsValue, value);
    QFETCH(int, tls);
    QList<JsValue::Member> values = pgValues();
    values.append({key, value});
    QString error;
    const auto settings = DatabaseSettings::fromConfig(configOf(values), &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(int(settings->tls), tls);
}

void TestDbSettings::shouldKeepTheSearchPathInOrder()
{
    // A value with a comma is cast to an array by Directus (spec §3.4)
    QList<JsValue::Member> values = pgValues();
    values.append({QStringLiteral("DB_SEARCH_PATH"), JsValue::array({JsValue("tenant"), JsValue("public")})});
    QString error;
    const auto settings = DatabaseSettings::fromConfig(configOf(values), &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->searchPath, (QStringList {QStringLiteral("tenant"), QStringLiteral("public")}));
}

void TestDbSettings::shouldRefuseWhatItCannotRead_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("CockroachDB") << "DB_CLIENT"
                                 << "cockroachdb"
                                 << "only read SQLite, PostgreSQL and MySQL";
    QTest::newRow("a connection string that is no URL") << "DB_CONNECTION_STRING"
                                                        << "host=db dbname=cms"
                                                        << "DB_CONNECTION_STRING is not a postgres URL";
    QTest::newRow("a MySQL URL for PostgreSQL") << "DB_CONNECTION_STRING"
                                                << "mysql://u:p@h/db"
                                                << "DB_CONNECTION_STRING is not a postgres URL";
}

void TestDbSettings::shouldRefuseWhatItCannotRead()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, says);
    QList<JsValue::Member> values = pgValues();
    values.removeIf([&](const JsValue::Member &member) { return member.first == key; });
    values.append({key, JsValue(value)});
    QString error;
    QVERIFY(!DatabaseSettings::fromConfig(configOf(values), &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestDbSettings::shouldReadColumnDefaultsAsValues_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("pg: typed string literal")
        << "pg" << QVariant("'it''s'::character varying") << QVariant("it's");
    QTest::newRow("pg: json literal") << "pg" << QVariant("'[]'::json") << QVariant("[]");
    QTest::newRow("pg: boolean") << "pg" << QVariant("true") << QVariant("true");
    QTest::newRow("pg: typed NULL") << "pg" << QVariant("NULL::character varying") << QVariant();
    QTest::newRow("mariadb: quoted string") << "mysql" << QVariant("'draft'") << QVariant("draft");
    QTest::newRow("mariadb: NULL as text") << "mysql" << QVariant("NULL") << QVariant();
    QTest::newRow("mysql: bare number") << "mysql" << QVariant("1") << QVariant("1");
}

void TestDbSettings::shouldReadColumnDefaultsAsValues()
{
    QFETCH(QString, dialect);
    QFETCH(QVariant, raw);
    QFETCH(QVariant, value);
    const QVariant parsed = dialect == QLatin1String("pg") ? PostgresDialect::parseDefault(raw)
                                                           : MysqlDialect::parseDefault(raw);
    QCOMPARE(parsed.isNull(), value.isNull());
    if (!value.isNull())
        QCOMPARE(parsed.toString(), value.toString());
}

QTEST_GUILESS_MAIN(TestDbSettings)
#include "tst_dbsettings.moc"
