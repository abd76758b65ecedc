// SPDX-License-Identifier: GPL-3.0-or-later
// Opt-out / opt-in (issue 7): TELEMETRY is changed in the file Directus reads and nothing else is; the
// result is read back through the real loader; every refusal leaves the file as it was.
#include "ScratchProject.h"
#include "config/DotenvParser.h"
#include "config/YamlConfigReader.h"
#include "gating/LicenseVerifier.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"
#include "optout/DotenvEditor.h"
#include "optout/JsonConfigEditor.h"
#include "optout/TelemetrySwitch.h"
#include "optout/YamlConfigEditor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

TelemetrySwitch::Clock fixedClock()
{
    return [] { return Now; };
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// The project's config loaded as Directus would, with the config file named by CONFIG_PATH when given.
std::optional<ProjectConfig> load(const QString &projectDir, const QString &configPath = QString(),
                                  const QList<QPair<QString, QString>> &environment = {})
{
    ProjectConfig::Options options;
    options.projectDir = projectDir;
    options.serverEnvironment = environment;
    if (!configPath.isEmpty())
        options.serverEnvironment.append({QStringLiteral("CONFIG_PATH"), configPath});
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    if (!config)
        qWarning("load failed: %s", qPrintable(error));
    return config;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(DTI_CLI_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestOptOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldChangeOnlyTheTelemetryValue_data();
    void shouldChangeOnlyTheTelemetryValue();
    void shouldKeepAnExactBackupNamedByTheClock();
    void shouldLeaveTheOriginalIntactWhenTheWriteFails();
    void shouldRefuseAReadOnlyFile();
    void shouldRefuseAReadOnlyFolder();
    void shouldRefuseASymlinkLeadingOutsideTheProject();
    void shouldRefuseADanglingSymlink();
    void shouldWriteThroughASymlinkInsideTheProject();
    void shouldKeepTheFileOwner();
    void shouldRefuseWhatItCannotEditSafely_data();
    void shouldRefuseWhatItCannotEditSafely();
    void shouldRefuseAFileChangedSincePlanned();
    void shouldReportARecursiveYamlAliasInsteadOfCrashing();
    void shouldDoNothingWhenAlreadySet();
    void shouldNotCreateAConfigFileUnlessAsked();
    void shouldSayTheFileOverridesTheServerEnvironment();
    void shouldRefuseWhenTelemetryComesFromAFile();
    void shouldSayPlainlyThatWithoutALicenceTheOptOutIsIgnored();
    void shouldAskBeforeWritingFromTheCli();
    void shouldKeepEveryOtherBindingInGeneratedFiles();
    void shouldKeepEveryOtherMemberInGeneratedJson();
    void shouldKeepEveryOtherMemberInGeneratedYaml();
};

void TestOptOut::shouldChangeOnlyTheTelemetryValue_data()
{
    QTest::addColumn<QString>("fileName"); // the config file, named by CONFIG_PATH unless .env
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<bool>("enable");
    QTest::addColumn<QByteArray>("after");

    const QString env = QStringLiteral(".env");
    QTest::newRow("plain value") << env << QByteArray("A=1\nTELEMETRY=true\nB=2\n") << false
                                 << QByteArray("A=1\nTELEMETRY=false\nB=2\n");
    QTest::newRow("comments kept") << env << QByteArray("# top\nTELEMETRY=true # why it is on\n# end\n")
                                   << false << QByteArray("# top\nTELEMETRY=false # why it is on\n# end\n");
    QTest::newRow("export prefix") << env << QByteArray("export A=1\nexport TELEMETRY=true\n") << false
                                   << QByteArray("export A=1\nexport TELEMETRY=false\n");
    QTest::newRow("double quotes kept") << env << QByteArray("TELEMETRY=\"true\"\nX=\"a b\"\n") << false
                                        << QByteArray("TELEMETRY=\"false\"\nX=\"a b\"\n");
    QTest::newRow("single quotes kept")
        << env << QByteArray("TELEMETRY='true'\n") << false << QByteArray("TELEMETRY='false'\n");
    QTest::newRow("backticks kept") << env << QByteArray("TELEMETRY=`1`\n") << false
                                    << QByteArray("TELEMETRY=`false`\n");
    QTest::newRow("colon separator") << env << QByteArray("TELEMETRY: true\n") << false
                                     << QByteArray("TELEMETRY: false\n");
    QTest::newRow("spaces around =") << env << QByteArray("  TELEMETRY = true  \n") << false
                                     << QByteArray("  TELEMETRY = false  \n");
    QTest::newRow("empty value") << env << QByteArray("TELEMETRY=\nA=1\n") << true
                                 << QByteArray("TELEMETRY=true\nA=1\n");
    QTest::newRow("CRLF") << env << QByteArray("A=1\r\nTELEMETRY=true\r\nB=2\r\n") << false
                          << QByteArray("A=1\r\nTELEMETRY=false\r\nB=2\r\n");
    QTest::newRow("CRLF, appended") << env << QByteArray("A=1\r\nB=2\r\n") << false
                                    << QByteArray("A=1\r\nB=2\r\nTELEMETRY=false\r\n");
    QTest::newRow("no final newline")
        << env << QByteArray("A=1\nTELEMETRY=true") << false << QByteArray("A=1\nTELEMETRY=false");
    QTest::newRow("no final newline, appended")
        << env << QByteArray("A=1\nB=2") << false << QByteArray("A=1\nB=2\nTELEMETRY=false");
    QTest::newRow("duplicates: every one changed")
        << env << QByteArray("TELEMETRY=false\nA=1\nTELEMETRY=true # the one that wins\n") << false
        << QByteArray("TELEMETRY=false\nA=1\nTELEMETRY=false # the one that wins\n");
    QTest::newRow("inside another value is not a binding")
        << env << QByteArray("NOTE=\"first\nTELEMETRY=true\"\nA=1\n") << false
        << QByteArray("NOTE=\"first\nTELEMETRY=true\"\nA=1\nTELEMETRY=false\n");
    QTest::newRow("last line takes the next as its value: add at the top")
        << env << QByteArray("A=1\nTEXT:\n") << false << QByteArray("TELEMETRY=false\nA=1\nTEXT:\n");
    QTest::newRow("commented-out line left alone") << env << QByteArray("# TELEMETRY=true\nA=1\n") << false
                                                   << QByteArray("# TELEMETRY=true\nA=1\nTELEMETRY=false\n");
    QTest::newRow("non-ASCII before") << env << QByteArray("NAME=Zoë 🎉 ✓\nTELEMETRY=true\n") << false
                                      << QByteArray("NAME=Zoë 🎉 ✓\nTELEMETRY=false\n");
    QTest::newRow("BOM") << env
                         << QByteArray("\xEF\xBB\xBF"
                                       "TELEMETRY=true\n")
                         << false
                         << QByteArray("\xEF\xBB\xBF"
                                       "TELEMETRY=false\n");
    QTest::newRow("TRUE means off: opt-in")
        << env << QByteArray("TELEMETRY=TRUE\n") << true << QByteArray("TELEMETRY=true\n");
    QTest::newRow("opt-in") << env << QByteArray("A=1\nTELEMETRY=false\n") << true
                            << QByteArray("A=1\nTELEMETRY=true\n");
    QTest::newRow("dotenv under another name") << QStringLiteral("directus.conf") << QByteArray("A=1\n")
                                               << false << QByteArray("A=1\nTELEMETRY=false\n");

    const QString json = QStringLiteral("config.json");
    QTest::newRow("json value")
        << json
        << QByteArray(
               "{\n  \"DB_CLIENT\": \"sqlite3\",\n  \"TELEMETRY\": true,\n  \"X\": [1, {\"a\": \"}\"}]\n}\n")
        << false
        << QByteArray("{\n  \"DB_CLIENT\": \"sqlite3\",\n  \"TELEMETRY\": false,\n  \"X\": [1, {\"a\": "
                      "\"}\"}]\n}\n");
    QTest::newRow("json string value") << json << QByteArray("{\"TELEMETRY\": \"true\"}") << false
                                       << QByteArray("{\"TELEMETRY\": \"false\"}");
    QTest::newRow("json appended")
        << json << QByteArray("{\n    \"DB_CLIENT\": \"sqlite3\",\n    \"DB_FILENAME\": \"./directus.db\"\n}")
        << false
        << QByteArray("{\n    \"DB_CLIENT\": \"sqlite3\",\n    \"DB_FILENAME\": \"./directus.db\",\n    "
                      "\"TELEMETRY\": false\n}");
    QTest::newRow("json compact, CRLF") << json << QByteArray("{\"A\":\"1\",\"TELEMETRY\":1}\r\n") << false
                                        << QByteArray("{\"A\":\"1\",\"TELEMETRY\":false}\r\n");
    QTest::newRow("json empty object")
        << json << QByteArray("{}\n") << false << QByteArray("{\"TELEMETRY\": false}\n");

    const QString yaml = QStringLiteral("config.yaml");
    QTest::newRow("yaml value, comment kept")
        << yaml << QByteArray("# Directus\nDB_CLIENT: sqlite3\nTELEMETRY: true   # note\nNESTED:\n  a: 1\n")
        << false
        << QByteArray("# Directus\nDB_CLIENT: sqlite3\nTELEMETRY: false   # note\nNESTED:\n  a: 1\n");
    QTest::newRow("yaml quoted") << yaml << QByteArray("TELEMETRY: 'true'\nB: \"x\"\n") << false
                                 << QByteArray("TELEMETRY: 'false'\nB: \"x\"\n");
    QTest::newRow("yaml appended, no final newline")
        << yaml << QByteArray("A: x") << false << QByteArray("A: x\nTELEMETRY: false");
    QTest::newRow("yaml ending inside a block scalar")
        << yaml << QByteArray("# c\nA: x\nTEXT: |\n  kept as is") << false
        << QByteArray("# c\nTELEMETRY: false\nA: x\nTEXT: |\n  kept as is");
    QTest::newRow("yaml null value") << yaml << QByteArray("TELEMETRY:\nB: 1\n") << true
                                     << QByteArray("TELEMETRY: true\nB: 1\n");
    QTest::newRow("yml, CRLF") << QStringLiteral("config.yml") << QByteArray("A: x\r\nTELEMETRY: true\r\n")
                               << false << QByteArray("A: x\r\nTELEMETRY: false\r\n");
}

void TestOptOut::shouldChangeOnlyTheTelemetryValue()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, before);
    QFETCH(bool, enable);
    QFETCH(QByteArray, after);

    // Given a project whose config file holds `before`
    ScratchProject project;
    const bool isEnv = fileName == QLatin1String(".env");
    if (!isEnv)
        QFile::remove(project.path() + QStringLiteral("/.env"));
    const QString path = project.path() + QLatin1Char('/') + fileName;
    writeAll(path, before);
    const auto config = load(project.path(), isEnv ? QString() : fileName);
    QVERIFY(config);
    QCOMPARE(config->configFilePath(), path);
    const QList<QPair<QString, JsValue>> othersBefore = [&] {
        QList<QPair<QString, JsValue>> values;
        for (const QString &key : config->keys()) {
            if (key != QLatin1String("TELEMETRY"))
                values.append({key, config->value(key)});
        }
        return values;
    }();

    // When TELEMETRY is switched
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Plan plan = telemetrySwitch.plan(enable);
    QVERIFY2(plan.ok, qPrintable(plan.error));
    QVERIFY(!plan.nothingToDo);
    QCOMPARE(plan.after, after);
    // The lines shown for confirmation are TELEMETRY's own (never another key's, which may be a secret)
    const QList<QByteArray> afterLines
        = QByteArray(after).replace("\r\n", "\n").replace('\r', '\n').split('\n');
    QVERIFY(!plan.changedLines.isEmpty());
    for (const int line : plan.changedLines)
        QVERIFY2(afterLines.value(line - 1).contains("TELEMETRY")
                     || afterLines.value(line - 1).contains("false")
                     || afterLines.value(line - 1).contains("true"),
                 afterLines.value(line - 1).constData());
    const TelemetrySwitch::Result result = telemetrySwitch.apply(plan);
    QVERIFY2(result.ok, qPrintable(result.error));

    // Then the file differs only there, and the real loader reads the new value and the same others
    QCOMPARE(readAll(path), after);
    QCOMPARE(readAll(result.backupFile), before);
    const auto reloaded = load(project.path(), isEnv ? QString() : fileName);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->origin(QStringLiteral("TELEMETRY")).kind, ProjectConfig::Origin::Kind::ConfigFile);
    QCOMPARE(TelemetryGate::evaluate(*reloaded, {}, LicenseVerifier::directusEmbedded(), Now).requested,
             enable);
    for (const auto &[key, value] : othersBefore)
        QVERIFY2(reloaded->value(key) == value, qPrintable(key));
}

void TestOptOut::shouldKeepAnExactBackupNamedByTheClock()
{
    // Given a .env with restrictive permissions
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    const QByteArray original = readAll(env);
    QVERIFY(QFile::setPermissions(env, QFile::ReadOwner | QFile::WriteOwner));

    // When it is switched off, then on again, at the same clock second
    const auto config = load(project.path());
    const TelemetrySwitch::Result first
        = TelemetrySwitch(*config, fixedClock()).apply(TelemetrySwitch(*config, fixedClock()).plan(false));
    QVERIFY2(first.ok, qPrintable(first.error));
    const auto changed = load(project.path());
    const TelemetrySwitch again(*changed, fixedClock());
    const TelemetrySwitch::Result second = again.apply(again.plan(true));
    QVERIFY2(second.ok, qPrintable(second.error));

    // Then each backup is an exact copy, named by the clock, never overwritten, as private as the file
    QCOMPARE(first.backupFile, env + QStringLiteral(".backup-20261125T120000Z"));
    QCOMPARE(second.backupFile, env + QStringLiteral(".backup-20261125T120000Z-2"));
    QCOMPARE(readAll(first.backupFile), original);
    QCOMPARE(readAll(second.backupFile), original + "TELEMETRY=false\n");
    QCOMPARE(QFileInfo(first.backupFile).permissions(), QFileInfo(env).permissions());
    QCOMPARE(QFileInfo(env).permissions() & 0x7777,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QCOMPARE(readAll(env), original + "TELEMETRY=true\n");

    // And an unusual mode (group may write, others nothing) survives exactly, even when root edits
    QVERIFY(QFile::setPermissions(env, QFile::ReadGroup | QFile::WriteGroup));
    const auto groupOnly = load(project.path());
    const TelemetrySwitch third(*groupOnly, [] { return Now.addSecs(1); });
    const TelemetrySwitch::Result result = third.apply(third.plan(false));
    QVERIFY2(result.ok, qPrintable(result.error));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(env).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, mode_t(0060));
    QCOMPARE(::stat(QFile::encodeName(result.backupFile).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, mode_t(0060));
}

void TestOptOut::shouldLeaveTheOriginalIntactWhenTheWriteFails()
{
    // Given a writer that gets half-way through a real QSaveFile and then fails (a full disk, a crash)
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    const QByteArray original = readAll(env);
    const QStringList filesBefore = filesIn(project.path());
    const auto failing = [](const QString &path, const QByteArray &bytes, QString *error) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(bytes.left(bytes.size() / 2));
        *error = QStringLiteral("simulated failure after %1 bytes").arg(bytes.size() / 2);
        return false; // never committed: QSaveFile discards the temporary file
    };
    const auto config = load(project.path());
    const TelemetrySwitch telemetrySwitch(*config, fixedClock(), failing);

    // When the change is applied
    const TelemetrySwitch::Result result = telemetrySwitch.apply(telemetrySwitch.plan(false));

    // Then it fails plainly, the file is byte-identical, and no backup or temporary file is left
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("simulated failure")), qPrintable(result.error));
    QVERIFY2(result.error.contains(env), qPrintable(result.error));
    QCOMPARE(readAll(env), original);
    QCOMPARE(filesIn(project.path()), filesBefore);
}

void TestOptOut::shouldRefuseAReadOnlyFile()
{
    // Given a .env marked read-only (even root, who could write it, is stopped: the mode says "don't")
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    const QByteArray original = readAll(env);
    QVERIFY(QFile::setPermissions(env, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QStringList filesBefore = filesIn(project.path());

    // When opting out
    const auto config = load(project.path());
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Plan plan = telemetrySwitch.plan(false);

    // Then it is refused with the file named and what to do; nothing changes
    QVERIFY(!plan.ok);
    QVERIFY2(plan.error.contains(env) && plan.error.contains(QLatin1String("read-only"))
                 && plan.error.contains(QLatin1String("chmod")),
             qPrintable(plan.error));
    QVERIFY(!telemetrySwitch.apply(plan).ok);
    QCOMPARE(readAll(env), original);
    QCOMPARE(filesIn(project.path()), filesBefore);
}

void TestOptOut::shouldRefuseAReadOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("root may write into a read-only folder; the read-only file test covers root");
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    const QByteArray original = readAll(env);
    const auto config = load(project.path());
    QVERIFY(QFile::setPermissions(project.path(), QFile::ReadOwner | QFile::ExeOwner));
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Result result = telemetrySwitch.apply(telemetrySwitch.plan(false));
    QFile::setPermissions(project.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(project.path()), qPrintable(result.error));
    QCOMPARE(readAll(env), original);
}

void TestOptOut::shouldRefuseASymlinkLeadingOutsideTheProject()
{
    // Given a .env that is a link to a file in another folder
    ScratchProject project(QStringLiteral("blog-sqlite"));
    QTemporaryDir elsewhere;
    const QString shared = elsewhere.filePath(QStringLiteral("shared.env"));
    const QString env = project.path() + QStringLiteral("/.env");
    QVERIFY(QFile::rename(env, shared));
    QVERIFY(QFile::link(shared, env));
    const QByteArray original = readAll(shared);

    // When opting out
    const auto config = load(project.path());
    QVERIFY(config);
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Plan plan = telemetrySwitch.plan(false);

    // Then it refuses, naming the link and where it leads; nothing changes anywhere
    QVERIFY(!plan.ok);
    QVERIFY2(plan.error.contains(env) && plan.error.contains(QFileInfo(shared).canonicalFilePath())
                 && plan.error.contains(QLatin1String("symbolic link")),
             qPrintable(plan.error));
    QCOMPARE(readAll(shared), original);
    QVERIFY(QFileInfo(env).isSymLink());
    QCOMPARE(filesIn(elsewhere.path()), QStringList {QStringLiteral("shared.env")});
}

void TestOptOut::shouldRefuseADanglingSymlink()
{
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    QVERIFY(QFile::remove(env));
    QVERIFY(QFile::link(project.path() + QStringLiteral("/gone.env"), env));
    const auto config = load(project.path(), QString(),
                             {{QStringLiteral("DB_CLIENT"), QStringLiteral("sqlite3")},
                              {QStringLiteral("DB_FILENAME"), QStringLiteral("./directus.db")}});
    TelemetrySwitch::Options options;
    options.createConfigIfMissing = true;
    const TelemetrySwitch::Plan plan = TelemetrySwitch(*config, fixedClock()).plan(false, options);
    QVERIFY(!plan.ok);
    QVERIFY2(plan.error.contains(QLatin1String("does not exist")) && plan.error.contains(env),
             qPrintable(plan.error));
    QVERIFY(!QFileInfo::exists(project.path() + QStringLiteral("/gone.env")));
}

void TestOptOut::shouldWriteThroughASymlinkInsideTheProject()
{
    // Given a .env that links to config/real.env inside the project
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    QVERIFY(QDir(project.path()).mkdir(QStringLiteral("config")));
    const QString real = project.path() + QStringLiteral("/config/real.env");
    QVERIFY(QFile::rename(env, real));
    QVERIFY(QFile::link(QStringLiteral("config/real.env"), env));
    const QByteArray original = readAll(real);

    const auto config = load(project.path());
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Result result = telemetrySwitch.apply(telemetrySwitch.plan(false));

    // Then the target is edited, the link stays a link, and the backup sits next to the target
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(QFileInfo(env).isSymLink());
    QCOMPARE(readAll(real), original + "TELEMETRY=false\n");
    QCOMPARE(QFileInfo(result.backupFile).absolutePath(), QFileInfo(real).canonicalPath());
    QCOMPARE(load(project.path())->value(QStringLiteral("TELEMETRY")), JsValue(false));
}

void TestOptOut::shouldKeepTheFileOwner()
{
    if (::geteuid() != 0)
        QSKIP("only root can give a file to another user");
    // Given a .env owned by another user (Directus's service account), edited by root
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    QCOMPARE(::chown(QFile::encodeName(env).constData(), 65534, 65534), 0);
    const auto config = load(project.path());
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Result result = telemetrySwitch.apply(telemetrySwitch.plan(false));
    QVERIFY2(result.ok, qPrintable(result.error));

    // Then the new file still belongs to that user, so Directus can still read it
    QCOMPARE(QFileInfo(env).ownerId(), 65534u);
    QCOMPARE(QFileInfo(env).groupId(), 65534u);
    QCOMPARE(QFileInfo(result.backupFile).ownerId(), 65534u);
}

void TestOptOut::shouldRefuseWhatItCannotEditSafely_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("yaml block scalar")
        << QStringLiteral("config.yaml") << QByteArray("TELEMETRY: |\n  true\n")
        << QStringLiteral("several lines");
    QTest::newRow("yaml tag") << QStringLiteral("config.yaml") << QByteArray("TELEMETRY: !!str true\n")
                              << QStringLiteral("tag");
    QTest::newRow("yaml flow mapping") << QStringLiteral("config.yaml") << QByteArray("{TELEMETRY: true}\n")
                                       << QStringLiteral("not a simple");
    QTest::newRow("dotenv, invalid UTF-8")
        << QStringLiteral(".env") << QByteArray("NAME=\xff\xfe\nTELEMETRY=true\n") << QStringLiteral("UTF-8");
}

void TestOptOut::shouldRefuseWhatItCannotEditSafely()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    ScratchProject project;
    const QString path = project.path() + QLatin1Char('/') + fileName;
    writeAll(path, content);
    const auto config = load(project.path(), fileName == QLatin1String(".env") ? QString() : fileName);
    QVERIFY(config);
    const TelemetrySwitch::Plan plan = TelemetrySwitch(*config, fixedClock()).plan(false);
    QVERIFY(!plan.ok);
    QVERIFY2(plan.error.contains(reason) && plan.error.contains(path)
                 && plan.error.contains(QLatin1String("by hand")),
             qPrintable(plan.error));
    QCOMPARE(readAll(path), content);
}

void TestOptOut::shouldRefuseAFileChangedSincePlanned()
{
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    const auto config = load(project.path());
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Plan plan = telemetrySwitch.plan(false);
    QVERIFY(plan.ok);
    project.appendEnv(QStringLiteral("ADDED_BY_SOMEONE=1"));
    const QByteArray edited = readAll(env);
    const TelemetrySwitch::Result result = telemetrySwitch.apply(plan);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("changed since")), qPrintable(result.error));
    QCOMPARE(readAll(env), edited);
}

void TestOptOut::shouldReportARecursiveYamlAliasInsteadOfCrashing()
{
    // Found by fuzz_yaml: an anchor on a mapping that contains its own alias made the reader recurse forever.
    ScratchProject project;
    QFile::remove(project.path() + QStringLiteral("/.env"));
    writeAll(project.path() + QStringLiteral("/config.yaml"), "A: &anchor\n 1B: *anchor\nTELEMETRY: true\n");
    ProjectConfig::Options options;
    options.projectDir = project.path();
    options.serverEnvironment = {{QStringLiteral("CONFIG_PATH"), QStringLiteral("config.yaml")}};
    QString error;
    QVERIFY(!ProjectConfig::load(options, &error));
    QVERIFY2(error.contains(QLatin1String("config.yaml")) && error.contains(QLatin1String("alias")),
             qPrintable(error));
}

void TestOptOut::shouldDoNothingWhenAlreadySet()
{
    ScratchProject project(QStringLiteral("blog-sqlite"));
    project.appendEnv(QStringLiteral("TELEMETRY=0"));
    const QString env = project.path() + QStringLiteral("/.env");
    const QByteArray original = readAll(env);
    const QStringList filesBefore = filesIn(project.path());
    const auto config = load(project.path());
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Plan plan = telemetrySwitch.plan(false);
    QVERIFY(plan.ok && plan.nothingToDo);
    QVERIFY2(plan.notes.join(QLatin1Char(' ')).contains(QLatin1String("nothing to change")),
             qPrintable(plan.notes.join(QLatin1Char(' '))));
    const TelemetrySwitch::Result result = telemetrySwitch.apply(plan);
    QVERIFY(result.ok && !result.changed);
    QCOMPARE(readAll(env), original);
    QCOMPARE(filesIn(project.path()), filesBefore);
}

void TestOptOut::shouldNotCreateAConfigFileUnlessAsked()
{
    // Given a project configured only through the server environment (no .env)
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    QVERIFY(QFile::remove(env));
    const QList<QPair<QString, QString>> environment {
        {QStringLiteral("DB_CLIENT"), QStringLiteral("sqlite3")},
        {QStringLiteral("DB_FILENAME"), QStringLiteral("./directus.db")}};
    const auto config = load(project.path(), QString(), environment);
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());

    // Then by default it explains where to set TELEMETRY instead, and creates nothing
    const TelemetrySwitch::Plan refused = telemetrySwitch.plan(false);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(env) && refused.error.contains(QLatin1String("environment"))
                 && refused.error.contains(QLatin1String("--create-config")),
             qPrintable(refused.error));
    QVERIFY(!QFileInfo::exists(env));

    // And when asked, it creates .env holding only TELEMETRY, which the loader then reads
    TelemetrySwitch::Options options;
    options.createConfigIfMissing = true;
    const TelemetrySwitch::Result created = telemetrySwitch.apply(telemetrySwitch.plan(false, options));
    QVERIFY2(created.ok, qPrintable(created.error));
    QCOMPARE(readAll(env), QByteArray("TELEMETRY=false\n"));
    QCOMPARE(load(project.path(), QString(), environment)->value(QStringLiteral("TELEMETRY")),
             JsValue(false));

    // But not in a folder that is not a Directus install
    ScratchProject bare(QStringLiteral("blog-sqlite"));
    QVERIFY(QFile::remove(bare.path() + QStringLiteral("/.env")));
    QVERIFY(QDir(bare.path() + QStringLiteral("/node_modules")).removeRecursively());
    ProjectConfig::Options bareOptions;
    bareOptions.projectDir = bare.path();
    bareOptions.directusVersion = QStringLiteral("12.4.1");
    QString error;
    const auto bareConfig = ProjectConfig::load(bareOptions, &error);
    QVERIFY2(bareConfig, qPrintable(error));
    const TelemetrySwitch::Plan notAnInstall
        = TelemetrySwitch(*bareConfig, fixedClock()).plan(false, options);
    QVERIFY(!notAnInstall.ok);
    QVERIFY2(notAnInstall.error.contains(QLatin1String("not a Directus install")),
             qPrintable(notAnInstall.error));
    QVERIFY(!QFileInfo::exists(bare.path() + QStringLiteral("/.env")));
}

void TestOptOut::shouldSayTheFileOverridesTheServerEnvironment()
{
    // Given TELEMETRY=true in the server environment and not in the .env
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QList<QPair<QString, QString>> environment {{QStringLiteral("TELEMETRY"), QStringLiteral("true")}};
    const auto config = load(project.path(), QString(), environment);
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    const TelemetrySwitch::Plan plan = telemetrySwitch.plan(false);
    QVERIFY2(plan.ok, qPrintable(plan.error));
    QVERIFY2(plan.notes.join(QLatin1Char(' ')).contains(QLatin1String("server environment")),
             qPrintable(plan.notes.join(QLatin1Char(' '))));
    QVERIFY(telemetrySwitch.apply(plan).ok);
    // Then the file's value wins over the environment's, as in Directus (spec §3.1)
    QCOMPARE(load(project.path(), QString(), environment)->value(QStringLiteral("TELEMETRY")),
             JsValue(false));
}

void TestOptOut::shouldRefuseWhenTelemetryComesFromAFile()
{
    ScratchProject project(QStringLiteral("blog-sqlite"));
    writeAll(project.path() + QStringLiteral("/telemetry.txt"), "true");
    project.appendEnv(QStringLiteral("TELEMETRY_FILE=./telemetry.txt"));
    const QString env = project.path() + QStringLiteral("/.env");
    const QByteArray original = readAll(env);
    const auto config = load(project.path());
    const TelemetrySwitch::Plan plan = TelemetrySwitch(*config, fixedClock()).plan(false);
    QVERIFY(!plan.ok);
    QVERIFY2(plan.error.contains(QLatin1String("TELEMETRY_FILE"))
                 && plan.error.contains(QLatin1String("telemetry.txt")),
             qPrintable(plan.error));
    QCOMPARE(readAll(env), original);
}

void TestOptOut::shouldSayPlainlyThatWithoutALicenceTheOptOutIsIgnored()
{
    // Given the blog project (no licence) opted out
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const auto config = load(project.path());
    const TelemetrySwitch telemetrySwitch(*config, fixedClock());
    QVERIFY(telemetrySwitch.apply(telemetrySwitch.plan(false)).ok);

    // When the gate is evaluated on the reloaded configuration
    const ReportEngine::GateOutcome gate
        = ReportEngine(*load(project.path())).evaluateGate(LicenseVerifier::directusEmbedded(), Now);
    QVERIFY2(gate.ok, qPrintable(gate.error));

    // Then the request is off, the effect is not, and the admin is told why and to restart
    QVERIFY(!gate.state.requested);
    QVERIFY(gate.state.effective);
    QCOMPARE(gate.state.reason, TelemetryGate::Reason::RequiredByCoreLicence);
    const QString text = TelemetrySwitch::describe(gate.state).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("ignores TELEMETRY=false")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("restart Directus")), qPrintable(text));
}

void TestOptOut::shouldAskBeforeWritingFromTheCli()
{
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString env = project.path() + QStringLiteral("/.env");
    const QByteArray original = readAll(env);

    // "n" (or no answer) changes nothing
    const CliResult declined = runCli({QStringLiteral("opt-out"), project.path()}, "n\n");
    QCOMPARE(declined.exitCode, 9);
    QVERIFY2(declined.out.contains(QLatin1String("TELEMETRY=false")), qPrintable(declined.out));
    QCOMPARE(readAll(env), original);
    QCOMPARE(runCli({QStringLiteral("opt-out"), project.path()}).exitCode, 9);
    QCOMPARE(readAll(env), original);

    // "y" writes, and the state afterwards is spelled out
    const CliResult accepted = runCli({QStringLiteral("opt-out"), project.path()}, "y\n");
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(readAll(env), original + "TELEMETRY=false\n");
    QVERIFY2(accepted.out.contains(QLatin1String("Requested:   off (TELEMETRY=false)"))
                 && accepted.out.contains(QLatin1String("ignores TELEMETRY=false"))
                 && accepted.out.contains(QLatin1String("restart Directus")),
             qPrintable(accepted.out));

    // --yes does not ask; opt-in restores the value
    const CliResult optIn = runCli({QStringLiteral("opt-in"), project.path(), QStringLiteral("--yes")});
    QCOMPARE(optIn.exitCode, 0);
    QCOMPARE(readAll(env), original + "TELEMETRY=true\n");

    // A refusal has its own exit code and names the file
    QVERIFY(QFile::setPermissions(env, QFile::ReadOwner));
    const CliResult refused = runCli({QStringLiteral("opt-out"), project.path(), QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 12);
    QVERIFY2(refused.err.contains(env), qPrintable(refused.err));
}

void TestOptOut::shouldKeepEveryOtherBindingInGeneratedFiles()
{
    // Given many files assembled from the dotenv shapes that trip editors up (multi-line quoted values that
    // hold TELEMETRY=, `KEY=` followed by a quoted line, comments, CRLF and lone CR, no final newline)
    const QList<QByteArray> pieces {
        "A=1",
        "# TELEMETRY=true",
        "export TELEMETRY=true",
        "TELEMETRY=1 # on",
        "  TELEMETRY = 'true'  ",
        "TELEMETRY: \"true\"",
        "TELEMETRY=",
        "NOTE=\"x\nTELEMETRY=true\ny\"",
        "Q='a # not a comment'",
        "EMPTY=",
        "\"quoted on its own line\"",
        "B=foo#bar",
        "C=\"unbalanced",
        "D=`tick`",
        "bad line without equals",
        "Zoë=1",
        "COLON:",
        "COLON2: value",
        "E=Zoë 🎉",
        "",
    };
    const QList<QByteArray> breaks {"\n", "\r\n", "\r"};
    QRandomGenerator random(20261125); // fixed seed: reproducible
    int edited = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray content;
        const int lines = int(random.bounded(1, 9));
        for (int i = 0; i < lines; ++i) {
            content += pieces.at(int(random.bounded(pieces.size())));
            if (i + 1 < lines || random.bounded(2))
                content += breaks.at(int(random.bounded(breaks.size())));
        }
        // When TELEMETRY is set to false
        const ConfigTextEdit edit = DotenvEditor::setValue(content, QStringLiteral("TELEMETRY"), "false");
        QVERIFY2(edit.ok, content.constData());
        const QByteArray after = edit.apply(content);

        // Then dotenv reads every other binding exactly as before, and TELEMETRY as false
        QList<DotenvParser::Entry> others;
        for (const auto &entry : DotenvParser::parse(content)) {
            if (entry.key != QLatin1String("TELEMETRY"))
                others.append(entry);
        }
        QString telemetry;
        QList<DotenvParser::Entry> othersAfter;
        for (const auto &entry : DotenvParser::parse(after)) {
            if (entry.key == QLatin1String("TELEMETRY"))
                telemetry = entry.value;
            else
                othersAfter.append(entry);
        }
        QCOMPARE(telemetry, QStringLiteral("false"));
        QCOMPARE(othersAfter.size(), others.size());
        for (qsizetype i = 0; i < others.size(); ++i) {
            QCOMPARE(othersAfter.at(i).key, others.at(i).key);
            QVERIFY2(othersAfter.at(i).value == others.at(i).value, content.constData());
        }
        // And outside the replaced values (and an appended line) not a byte differs
        qsizetype shift = 0;
        qsizetype copied = 0;
        for (const auto &replacement : edit.replacements) {
            QCOMPARE(after.mid(copied + shift, replacement.start - copied),
                     content.mid(copied, replacement.start - copied));
            shift += replacement.text.size() - replacement.length;
            copied = replacement.start + replacement.length;
        }
        QCOMPARE(after.mid(copied + shift), content.mid(copied));
        edited += edit.appended ? 0 : 1;
    }
    qInfo("2000 generated files: %d changed in place, %d appended", edited, 2000 - edited);
    QVERIFY(edited > 500); // most files had a TELEMETRY binding to change in place
}

void TestOptOut::shouldKeepEveryOtherMemberInGeneratedJson()
{
    // Given JSON objects in several layouts, with TELEMETRY absent, present once or twice, of any type,
    // and values that hold braces, quotes and the word TELEMETRY in strings
    const QList<QByteArray> values {"true",
                                    "\"true\"",
                                    "1",
                                    "null",
                                    "[1, \"}\", {\"TELEMETRY\": true}]",
                                    "{\"a\": {\"b\": \"\\\"}\"}}",
                                    "\"TELEMETRY\"",
                                    "-2.5e3",
                                    "\"Zoë 🎉\""};
    const QList<QByteArray> keys {"A", "DB_CLIENT", "TELEMETRY", "X\\u0041", "TELEMETRY_URL"};
    const QList<QByteArray> indents {"", "\n  ", "\n    ", "\r\n\t", " "};
    QRandomGenerator random(7);
    for (int round = 0; round < 1000; ++round) {
        const QByteArray indent = indents.at(int(random.bounded(indents.size())));
        const QByteArray colon = random.bounded(2) ? ": " : ":";
        QByteArray content = "{";
        const int members = int(random.bounded(0, 6));
        for (int i = 0; i < members; ++i) {
            content += (i ? "," : "") + indent + '"' + keys.at(int(random.bounded(keys.size()))) + '"' + colon
                + values.at(int(random.bounded(values.size())));
        }
        content
            += (members && !indent.isEmpty() ? indent.left(indent.indexOf('\n') + 1) : QByteArray()) + "}";
        if (random.bounded(2))
            content += indent.contains('\r') ? "\r\n" : "\n";
        const JsonReader::Result before = JsonReader::parseUtf8(content);
        QVERIFY2(before.ok, content.constData());

        // When TELEMETRY is set to false
        const ConfigTextEdit edit = JsonConfigEditor::setValue(content, QStringLiteral("TELEMETRY"), "false");
        QVERIFY2(edit.ok, qPrintable(edit.error + QStringLiteral(": ") + QString::fromUtf8(content)));
        const JsonReader::Result after = JsonReader::parseUtf8(edit.apply(content));

        // Then JSON.parse sees the same members but TELEMETRY, which is now false (or "false")
        QVERIFY2(after.ok, edit.apply(content).constData());
        QList<JsValue::Member> othersBefore;
        QList<JsValue::Member> othersAfter;
        for (const auto &member : before.value.members()) {
            if (member.first != QLatin1String("TELEMETRY"))
                othersBefore.append(member);
        }
        for (const auto &member : after.value.members()) {
            if (member.first != QLatin1String("TELEMETRY"))
                othersAfter.append(member);
        }
        QVERIFY2(othersBefore == othersAfter, edit.apply(content).constData());
        const JsValue telemetry = after.value.member(QStringLiteral("TELEMETRY"));
        QVERIFY2(telemetry == JsValue(false) || telemetry == JsValue(QStringLiteral("false")),
                 edit.apply(content).constData());
    }
}

void TestOptOut::shouldKeepEveryOtherMemberInGeneratedYaml()
{
    // Given block mappings with comments, nested maps, quoted keys and values, and TELEMETRY written in the
    // ways the editor handles (plus block scalars and tags, which it must refuse rather than guess)
    const QList<QByteArray> lines {
        "A: 1",
        "B: 'it''s # not a comment'",
        "C: \"x: y\" # comment",
        "# TELEMETRY: true",
        "NESTED:\n  TELEMETRY: true\n  b: [1, 2]",
        "TELEMETRY: true",
        "TELEMETRY: 'true'   # keep",
        "\"TELEMETRY\": 1",
        "TELEMETRY:",
        "TELEMETRY : \"true\"",
        "LIST:\n  - a\n  - TELEMETRY",
        "TEXT: |\n  TELEMETRY: true\n  more",
        "",
        "---",
    };
    const QList<QByteArray> refused {"TELEMETRY: |\n  true", "TELEMETRY: !!str true", "TELEMETRY: &x true"};
    QRandomGenerator random(42);
    int edited = 0;
    int refusals = 0;
    for (int round = 0; round < 1000; ++round) {
        const QByteArray eol = random.bounded(3) ? "\n" : "\r\n";
        QList<QByteArray> chosen;
        QSet<QByteArray> keysUsed; // js-yaml rejects duplicate keys, so each key appears once
        const int count = int(random.bounded(1, 7));
        for (int i = 0; i < count; ++i) {
            const QByteArray line = random.bounded(20) == 0 ? refused.at(int(random.bounded(refused.size())))
                                                            : lines.at(int(random.bounded(lines.size())));
            if (line == "---" && !chosen.isEmpty())
                continue;
            const QByteArray key = line.left(line.indexOf(':')).replace('"', "").trimmed();
            if (!key.isEmpty() && !key.startsWith('#') && keysUsed.contains(key))
                continue;
            keysUsed.insert(key);
            chosen.append(line);
        }
        QByteArray content = chosen.join(eol).replace("\n", eol == "\n" ? "\n" : "\r\n");
        content.replace("\r\r\n", "\r\n");
        if (random.bounded(2))
            content += eol;
        const YamlConfigReader::Result before = YamlConfigReader::parse(content);
        if (!before.ok || !before.value.isObject())
            continue;

        const ConfigTextEdit edit = YamlConfigEditor::setValue(content, QStringLiteral("TELEMETRY"), "false");
        if (!edit.ok) {
            ++refusals;
            QVERIFY2(edit.error.contains(QLatin1String("by hand")), qPrintable(edit.error));
            // Only the shapes it must not guess at are refused
            QVERIFY2(std::any_of(refused.cbegin(), refused.cend(),
                                 [&](const QByteArray &shape) { return content.contains(shape.left(12)); }),
                     content.constData());
            continue;
        }
        const QByteArray changed = edit.apply(content);
        const YamlConfigReader::Result after = YamlConfigReader::parse(changed);
        QVERIFY2(after.ok, changed.constData());
        QList<JsValue::Member> othersBefore;
        QList<JsValue::Member> othersAfter;
        for (const auto &member : before.value.members()) {
            if (member.first != QLatin1String("TELEMETRY"))
                othersBefore.append(member);
        }
        for (const auto &member : after.value.members()) {
            if (member.first != QLatin1String("TELEMETRY"))
                othersAfter.append(member);
        }
        QVERIFY2(othersBefore == othersAfter, changed.constData());
        QVERIFY2(after.value.member(QStringLiteral("TELEMETRY")) == JsValue(false)
                     || after.value.member(QStringLiteral("TELEMETRY")) == JsValue(QStringLiteral("false")),
                 changed.constData());
        ++edited;
    }
    qInfo("generated YAML files: %d edited and checked, %d refused (block scalar, tag, anchor)", edited,
          refusals);
    QVERIFY(edited > 300);
}

QTEST_GUILESS_MAIN(TestOptOut)
#include "tst_optout.moc"
