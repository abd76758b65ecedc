// SPDX-License-Identifier: GPL-3.0-or-later
// A Docker Compose file as the source of the server's environment: which service, which values from where,
// in Compose's order, with Compose's interpolation from the .env beside the file.
#include "config/ComposeEnvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString valueOf(const ComposeEnvironment::Result &result, const QString &key)
{
    QString value = QStringLiteral("<absent>");
    for (const ComposeEnvironment::Entry &entry : result.entries) {
        if (entry.key == key)
            value = entry.value; // later entries win, as in Compose
    }
    return value;
}
} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shouldLetEnvironmentOverrideEnvFile();
    void shouldInterpolateFromTheComposeDotEnv_data();
    void shouldInterpolateFromTheComposeDotEnv();
    void shouldWarnAboutValuesOnlyComposesShellKnows();
    void shouldExplainWhichServiceToChoose_data();
    void shouldExplainWhichServiceToChoose();
    void shouldTakeTheVersionFromTheImageTag_data();
    void shouldTakeTheVersionFromTheImageTag();

private:
    void write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString composePath() const { return m_dir->filePath(QStringLiteral("compose.yaml")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCompose::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCompose::shouldLetEnvironmentOverrideEnvFile()
{
    // Given a value in both env_file and environment:
    write(QStringLiteral("compose.yaml"),
          "services:\n"
          "  directus:\n"
          "    image: directus/directus:12.4.1\n"
          "    env_file: [base.env]\n"
          "    environment:\n"
          "      DB_HOST: database\n"
          "      DB_PORT: 5432\n");
    write(QStringLiteral("base.env"), "DB_HOST=from-file\nDB_USER=directus\n");
    QString error;
    const auto result = ComposeEnvironment::read(composePath(), QString(), &error);
    QVERIFY2(result, qPrintable(error));
    // Then environment: wins, env_file fills in the rest, and each entry says where it came from
    QCOMPARE(result->service, QStringLiteral("directus"));
    QCOMPARE(valueOf(*result, QStringLiteral("DB_HOST")), QStringLiteral("database"));
    QCOMPARE(valueOf(*result, QStringLiteral("DB_PORT")), QStringLiteral("5432"));
    QCOMPARE(valueOf(*result, QStringLiteral("DB_USER")), QStringLiteral("directus"));
    QVERIFY(result->entries.first().source.contains(QLatin1String("base.env")));
    QVERIFY(result->entries.last().source.contains(QLatin1String("environment:")));
}

void TestCompose::shouldInterpolateFromTheComposeDotEnv_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::newRow("${SET}") << "${SET}"
                            << "value";
    QTest::newRow("$SET") << "$SET"
                          << "value";
    QTest::newRow("${EMPTY:-default} uses the default") << "${EMPTY:-default}"
                                                        << "default";
    QTest::newRow("${EMPTY-default} keeps the empty value") << "${EMPTY-default}"
                                                            << "";
    QTest::newRow("${MISSING-default}") << "${MISSING-default}"
                                        << "default";
    QTest::newRow("${SET:+alt}") << "${SET:+alt}"
                                 << "alt";
    QTest::newRow("$$ is a dollar") << "pa$$word"
                                    << "pa$word";
    QTest::newRow("around text") << "pre-${SET}-post"
                                 << "pre-value-post";
}

void TestCompose::shouldInterpolateFromTheComposeDotEnv()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    write(QStringLiteral(".env"), "SET=value\nEMPTY=\n");
    write(QStringLiteral("compose.yaml"),
          "services:\n"
          "  directus:\n"
          "    image: directus/directus\n"
          "    environment:\n"
          "      - VALUE="
              + expression.toUtf8() + "\n");
    QString error;
    const auto result = ComposeEnvironment::read(composePath(), QString(), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(valueOf(*result, QStringLiteral("VALUE")), expected);
}

void TestCompose::shouldWarnAboutValuesOnlyComposesShellKnows()
{
    write(QStringLiteral("compose.yaml"),
          "services:\n"
          "  directus:\n"
          "    image: directus/directus\n"
          "    environment:\n"
          "      SECRET:\n"
          "      KEY: ${NOT_IN_DOTENV}\n");
    QString error;
    const auto result = ComposeEnvironment::read(composePath(), QString(), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(valueOf(*result, QStringLiteral("SECRET")), QStringLiteral("<absent>"));
    QCOMPARE(result->warnings.size(), 2);
    QVERIFY(result->warnings.join(QLatin1Char('\n')).contains(QLatin1String("--env SECRET=")));
    QVERIFY(result->warnings.join(QLatin1Char('\n')).contains(QLatin1String("${NOT_IN_DOTENV}")));
}

void TestCompose::shouldExplainWhichServiceToChoose_data()
{
    QTest::addColumn<QByteArray>("compose");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("says");
    QTest::newRow("no Directus image") << QByteArray("services:\n  app:\n    image: nginx\n") << QString()
                                       << "name the Directus service with --service (services: app)";
    QTest::newRow("two Directus images") << QByteArray(
        "services:\n  a:\n    image: directus/directus:11\n  b:\n    image: directus/directus:12\n")
                                         << QString() << "Several services";
    QTest::newRow("unknown service") << QByteArray("services:\n  app:\n    image: directus/directus\n")
                                     << "cms"
                                     << "has no service \"cms\"; it has: app";
    QTest::newRow("missing env_file")
        << QByteArray("services:\n  app:\n    image: directus/directus\n    env_file: gone.env\n")
        << QString() << "gone.env, which does not exist";
    QTest::newRow("a scalar, not a mapping") << QByteArray("just text\n") << QString() << "has no services:";
    QTest::newRow("services is a list")
        << QByteArray("services:\n  - directus\n") << QString() << "has no services:";
    QTest::newRow("not YAML") << QByteArray("services: [\n") << QString() << "is not valid YAML";
}

void TestCompose::shouldExplainWhichServiceToChoose()
{
    QFETCH(QByteArray, compose);
    QFETCH(QString, service);
    QFETCH(QString, says);
    write(QStringLiteral("compose.yaml"), compose);
    QString error;
    QVERIFY(!ComposeEnvironment::read(composePath(), service, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestCompose::shouldTakeTheVersionFromTheImageTag_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("version");
    QTest::newRow("Docker Hub") << "directus/directus:12.4.1"
                                << "12.4.1";
    QTest::newRow("another registry") << "ghcr.io/directus/directus:11.5.0"
                                      << "11.5.0";
    QTest::newRow("latest says nothing") << "directus/directus:latest"
                                         << "";
    QTest::newRow("major only says nothing") << "directus/directus:11"
                                             << "";
    QTest::newRow("no tag") << "directus/directus"
                            << "";
}

void TestCompose::shouldTakeTheVersionFromTheImageTag()
{
    QFETCH(QString, image);
    QFETCH(QString, version);
    QCOMPARE(ComposeEnvironment::directusVersionFromImage(image), version);
}

QTEST_GUILESS_MAIN(TestCompose)
#include "tst_compose.moc"
