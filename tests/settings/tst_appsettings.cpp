// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings facade on a temporary file, and connection profiles becoming the server environment a
// ProjectConfig reads (the password only in memory).
#include "config/ProjectConfig.h"
#include "db/DatabaseSettings.h"
#include "settings/AppSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldKeepRecentProjectsMostRecentFirstWithoutDuplicates();
    void shouldRoundTripConnectionProfilesWithoutPasswords();
    void shouldMigrateAnEmptyFileToTheCurrentVersion();
    void shouldFollowTheSystemLanguageUntilOneIsChosen();
    void shouldTurnAProfileIntoTheServerEnvironment_data();
    void shouldTurnAProfileIntoTheServerEnvironment();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_qsettings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
}

void TestAppSettings::cleanup()
{
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

void TestAppSettings::shouldKeepRecentProjectsMostRecentFirstWithoutDuplicates()
{
    QSignalSpy changed(m_settings.get(), &AppSettings::changed);
    for (int i = 0; i < AppSettings::MaxRecentProjects + 3; ++i)
        m_settings->addRecentProject(QStringLiteral("/srv/p%1").arg(i));
    m_settings->addRecentProject(QStringLiteral("/srv/p5"));
    const QStringList recent = m_settings->recentProjects();
    QCOMPARE(recent.size(), AppSettings::MaxRecentProjects);
    QCOMPARE(recent.first(), QStringLiteral("/srv/p5"));
    QCOMPARE(recent.count(QStringLiteral("/srv/p5")), 1);
    QCOMPARE(recent.at(1), QStringLiteral("/srv/p%1").arg(AppSettings::MaxRecentProjects + 2));
    QCOMPARE(changed.count(), AppSettings::MaxRecentProjects + 4);
    QCOMPARE(changed.first().first().value<AppSettings::Key>(), AppSettings::Key::RecentProjects);
    m_settings->removeRecentProject(QStringLiteral("/srv/p5"));
    QVERIFY(!m_settings->recentProjects().contains(QStringLiteral("/srv/p5")));
}

void TestAppSettings::shouldRoundTripConnectionProfilesWithoutPasswords()
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = QStringLiteral("Production");
    profile.driver = QStringLiteral("mysql");
    profile.host = QStringLiteral("db.example.com");
    profile.port = 3307;
    profile.database = QStringLiteral("cms");
    profile.user = QStringLiteral("reader");
    profile.ssl = true;
    profile.directusVersion = QStringLiteral("12.4.0");
    m_settings->saveConnectionProfile(profile);

    AppSettings reread(m_qsettings.get());
    const auto loaded = reread.connectionProfile(profile.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, profile.name);
    QCOMPARE(loaded->driver, profile.driver);
    QCOMPARE(loaded->host, profile.host);
    QCOMPARE(loaded->port, profile.port);
    QCOMPARE(loaded->database, profile.database);
    QCOMPARE(loaded->user, profile.user);
    QCOMPARE(loaded->ssl, true);
    QCOMPARE(loaded->directusVersion, profile.directusVersion);
    QCOMPARE(reread.connectionProfiles().size(), 1);
    QCOMPARE(profile.passwordKey(), profile.id + QStringLiteral("/db-password"));

    m_settings->removeConnectionProfile(profile.id);
    QVERIFY(!m_settings->connectionProfile(profile.id));
    QVERIFY(m_settings->connectionProfiles().isEmpty());
}

void TestAppSettings::shouldMigrateAnEmptyFileToTheCurrentVersion()
{
    m_settings->migrate();
    QCOMPARE(m_qsettings->value(QStringLiteral("settingsVersion")).toInt(), AppSettings::CurrentVersion);
    m_settings->migrate(); // idempotent
    QCOMPARE(m_qsettings->value(QStringLiteral("settingsVersion")).toInt(), AppSettings::CurrentVersion);
}

void TestAppSettings::shouldTurnAProfileIntoTheServerEnvironment_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("reported");
    QTest::newRow("PostgreSQL") << "pg"
                                << "postgres";
    QTest::newRow("MySQL") << "mysql"
                           << "mysql";
}

void TestAppSettings::shouldTurnAProfileIntoTheServerEnvironment()
{
    QFETCH(QString, driver);
    QFETCH(QString, reported);
    // Given a profile as the connection form makes it
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.driver = driver;
    profile.host = QStringLiteral("db.example.com");
    profile.port = 6543;
    profile.database = QStringLiteral("cms");
    profile.user = QStringLiteral("reader");
    // When it stands in for the server's environment of an empty project folder
    QTemporaryDir folder;
    ProjectConfig::Options options;
    options.projectDir = folder.path();
    options.serverEnvironment = profile.serverEnvironment(QStringLiteral("pw"));
    options.directusVersion = profile.directusVersion;
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    QVERIFY2(config, qPrintable(error));
    // Then Directus's connection settings are the form's
    const auto settings = DatabaseSettings::fromConfig(*config, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->clientName, reported);
    QCOMPARE(settings->host, QStringLiteral("db.example.com"));
    QCOMPARE(settings->port, 6543);
    QCOMPARE(settings->databaseName, QStringLiteral("cms"));
    QCOMPARE(settings->user, QStringLiteral("reader"));
    QCOMPARE(settings->password, QStringLiteral("pw"));
    QCOMPARE(config->directusVersion(), QStringLiteral("12.4.1"));
    QVERIFY(!settings->describe().contains(QStringLiteral("pw")));
}

void TestAppSettings::shouldFollowTheSystemLanguageUntilOneIsChosen()
{
    // Given fresh settings: no language, that is the system's
    QCOMPARE(m_settings->language(), QString());
    QSignalSpy changed(m_settings.get(), &AppSettings::changed);
    // When choosing German, choosing it again, then the system default
    m_settings->setLanguage(QStringLiteral("de"));
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    m_settings->setLanguage(QStringLiteral("de"));
    m_settings->setLanguage(QString());
    // Then each real change is announced once, and "system" leaves no value behind
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.first().first().value<AppSettings::Key>(), AppSettings::Key::Language);
    QVERIFY(!m_qsettings->contains(AppSettings::keyName(AppSettings::Key::Language)));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
