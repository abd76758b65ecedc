// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration loading as Directus 12.4.1 does it (spec §3): dotenv syntax, casting, _FILE, JSON/YAML
// files, merge order, defaults and the version.
#include "config/DotenvParser.h"
#include "config/EnvCaster.h"
#include "config/ProjectConfig.h"
#include "json/JsonWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QString dotenvValue(const QByteArray &content, const QString &key)
{
    for (const DotenvParser::Entry &entry : DotenvParser::parse(content)) {
        if (entry.key == key)
            return entry.value;
    }
    return QStringLiteral("<absent>");
}

QStringList dotenvKeys(const QByteArray &content)
{
    QStringList keys;
    for (const DotenvParser::Entry &entry : DotenvParser::parse(content))
        keys.append(entry.key);
    return keys;
}

QByteArray castJson(const QString &value, const QString &key = QString())
{
    return JsonWriter::stringify(EnvCaster::cast(JsValue(value), key));
}

// A project folder with the given files (relative path → content) and an installed Directus 12.4.1.
class ProjectFolder
{
public:
    ProjectFolder()
    {
        write(QStringLiteral("node_modules/directus/package.json"),
              R"({"name":"directus","version":"12.4.1"})");
    }
    void write(const QString &relativePath, const QByteArray &content)
    {
        const QString path = m_dir.filePath(relativePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString path() const { return m_dir.path(); }
    std::optional<ProjectConfig> load(const QList<QPair<QString, QString>> &environment = {},
                                      QString *error = nullptr, const QString &configFile = QString()) const
    {
        ProjectConfig::Options options;
        options.projectDir = m_dir.path();
        options.configFile = configFile;
        options.serverEnvironment = environment;
        QString ignored;
        return ProjectConfig::load(options, error ? error : &ignored);
    }

private:
    QTemporaryDir m_dir;
};

QByteArray json(const JsValue &value)
{
    return JsonWriter::stringify(value);
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dotenvSyntax_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("A=1") << "A"
                               << "1";
        QTest::newRow("export") << QByteArray("export A=1") << "A"
                                << "1";
        QTest::newRow("colon with space") << QByteArray("A: 1") << "A"
                                          << "1";
        QTest::newRow("colon without space") << QByteArray("A:1") << "A"
                                             << "<absent>";
        QTest::newRow("space colon") << QByteArray("A :1") << "A"
                                     << "<absent>";
        QTest::newRow("key with space") << QByteArray("X Y=1") << "Y"
                                        << "<absent>";
        QTest::newRow("non-ascii key") << QByteArray("\xc3\x84=1") << "\u00c4"
                                       << "<absent>";
        QTest::newRow("dollar key") << QByteArray("$A=1") << "A"
                                    << "<absent>";
        QTest::newRow("comment line") << QByteArray("# A=1") << "A"
                                      << "<absent>";
        QTest::newRow("hash without space") << QByteArray("A=foo#bar") << "A"
                                            << "foo";
        QTest::newRow("inner spaces kept") << QByteArray("A=\" x \"") << "A"
                                           << " x ";
        QTest::newRow("double quote escapes") << QByteArray("A=\"a\\nb\"") << "A"
                                              << "a\nb";
        QTest::newRow("double backslash n") << QByteArray("A=\"a\\\\nb\"") << "A"
                                            << "a\\\nb";
        QTest::newRow("single quote no escapes") << QByteArray("A='a\\nb'") << "A"
                                                 << "a\\nb";
        QTest::newRow("backtick") << QByteArray("A=`x'y\"z`") << "A"
                                  << "x'y\"z";
        QTest::newRow("multi-line") << QByteArray("A=\"line1\nline2\"\nB=2") << "A"
                                    << "line1\nline2";
        QTest::newRow("empty") << QByteArray("A=") << "A"
                               << "";
        QTest::newRow("empty with comment") << QByteArray("A= # note") << "A"
                                            << "";
        QTest::newRow("quote on next line") << QByteArray("A=\n\"x\"") << "A"
                                            << "x";
        QTest::newRow("colon at end takes next line") << QByteArray("A:\nvalue") << "A"
                                                      << "value";
        QTest::newRow("unbalanced trailing text") << QByteArray("A=\"x\" y") << "A"
                                                  << "\"x\" y";
        QTest::newRow("no closing quote") << QByteArray("A=\"abc") << "A"
                                          << "\"abc";
        QTest::newRow("inner single quote") << QByteArray("A='a'b'") << "A"
                                            << "a'b";
        QTest::newRow("quoted then comment") << QByteArray("A=\"x#y\" # c") << "A"
                                             << "x#y";
        QTest::newRow("crlf") << QByteArray("A=1\r\nB=2\r\n") << "B"
                              << "2";
        QTest::newRow("lone cr") << QByteArray("A=1\rB=2") << "B"
                                 << "2";
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                           "A=1")
                             << "A"
                             << "1";
        QTest::newRow("bad utf-8") << QByteArray("A=x\xff") << "A"
                                   << "x\ufffd";
        QTest::newRow("no expansion") << QByteArray("B=1\nA=${B}") << "A"
                                      << "${B}";
        QTest::newRow("digit-first key") << QByteArray("1A.b-c=v") << "1A.b-c"
                                         << "v";
        QTest::newRow("trimmed") << QByteArray("A=   spaced   ") << "A"
                                 << "spaced";
    }

    void dotenvSyntax()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(dotenvValue(content, key), expected);
    }

    void dotenvRepeatedKeyKeepsFirstPosition()
    {
        const QByteArray content = "A=1\nB=2\nA=3\n";
        QCOMPARE(dotenvKeys(content), (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(dotenvValue(content, QStringLiteral("A")), QStringLiteral("3"));
        const QList<DotenvParser::Entry> entries = DotenvParser::parse(content);
        QCOMPARE(entries.first().line, 1);
        QCOMPARE(entries.last().line, 2);
    }

    void dotenvMalformedInputNeverFails()
    {
        // Binary junk, unterminated quotes and stray separators: lines that do not fit are skipped.
        QByteArray junk = "GOOD=yes\n";
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 37) % 256));
        junk.append("\n=\n==\n\"\n'''\nexport\nexport =1\n");
        QCOMPARE(dotenvValue(junk, QStringLiteral("GOOD")), QStringLiteral("yes"));
    }

    void dotenvVeryLongLine()
    {
        // A 10 MB value must neither crash nor hide the keys after it.
        QByteArray content = "BIG=";
        content.append(QByteArray(10 * 1024 * 1024, 'x'));
        content.append("\nAFTER=1\n");
        const QList<DotenvParser::Entry> entries = DotenvParser::parse(content);
        QCOMPARE(dotenvValue(content, QStringLiteral("AFTER")), QStringLiteral("1"));
        QCOMPARE(dotenvValue(content, QStringLiteral("BIG")).size(), 10 * 1024 * 1024);
    }

    void casting_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("TRUE is a string") << "TELEMETRY"
                                          << "TRUE" << QByteArray(R"("TRUE")");
        QTest::newRow("true") << "TELEMETRY"
                              << "true" << QByteArray("true");
        QTest::newRow("0 via json") << "TELEMETRY"
                                    << "0" << QByteArray("0");
        QTest::newRow("1 number") << "WEBSOCKETS_ENABLED"
                                  << "1" << QByteArray("1");
        QTest::newRow("exclude tables") << "DB_EXCLUDE_TABLES"
                                        << "a, b,123,0123" << QByteArray(R"(["a"," b",123,"0123"])");
        QTest::newRow("authorization array") << "TELEMETRY_AUTHORIZATION"
                                             << "x, 5" << QByteArray(R"(["x",5])");
        QTest::newRow("json with comma") << "X"
                                         << "[1,2]" << QByteArray(R"(["[1","2]"])");
        QTest::newRow("json without comma") << "X"
                                            << "[1]" << QByteArray("[1]");
        QTest::newRow("json prefix") << "X"
                                     << "json:[1,2]" << QByteArray("[1,2]");
        QTest::newRow("string prefix") << "X"
                                       << "string:1,2" << QByteArray(R"("1,2")");
        QTest::newRow("upper prefix is no prefix") << "X"
                                                   << "STRING:x" << QByteArray(R"("STRING:x")");
        QTest::newRow("array number prefix") << "X"
                                             << "array:number:1,x" << QByteArray(R"([1,"x"])");
        QTest::newRow("array drops empty") << "X"
                                           << "," << QByteArray("[]");
        QTest::newRow("array space is 0") << "X"
                                          << "array: ,a" << QByteArray(R"([0,"a"])");
        QTest::newRow("boolean yes") << "X"
                                     << "boolean:yes" << QByteArray("false");
        QTest::newRow("boolean TRUE") << "X"
                                      << "boolean:TRUE" << QByteArray("false");
        QTest::newRow("boolean 1") << "X"
                                   << "boolean:1" << QByteArray("true");
        QTest::newRow("number abc") << "X"
                                    << "number:abc" << QByteArray("null"); // NaN
        QTest::newRow("number empty") << "X"
                                      << "number:" << QByteArray("0");
        QTest::newRow("number 012") << "X"
                                    << "number:012" << QByteArray("12");
        QTest::newRow("number hex") << "X"
                                    << "number:0x1f" << QByteArray("31");
        QTest::newRow("leading zero stays") << "X"
                                            << "0123" << QByteArray(R"("0123")");
        QTest::newRow("00 stays") << "X"
                                  << "00" << QByteArray(R"("00")");
        QTest::newRow("0x10 stays") << "X"
                                    << "0x10" << QByteArray(R"("0x10")");
        QTest::newRow("0.5 via json") << "X"
                                      << "0.5" << QByteArray("0.5");
        QTest::newRow("exponent") << "X"
                                  << "1e3" << QByteArray("1000");
        QTest::newRow("minus leading zero") << "X"
                                            << "-0123" << QByteArray("-123");
        QTest::newRow("underscore") << "X"
                                    << "1_000" << QByteArray(R"("1_000")");
        QTest::newRow("beyond safe") << "X"
                                     << "9007199254740993" << QByteArray("9007199254740992");
        QTest::newRow("fixed string port") << "PORT"
                                           << "8055" << QByteArray(R"("8055")");
        QTest::newRow("fixed number db port") << "DB_PORT"
                                              << "05432" << QByteArray("5432");
        QTest::newRow("password keeps newline") << "DB_PASSWORD"
                                                << "1234\n"
                                                << QByteArray(R"("1234\n")");
        QTest::newRow("guessed ignores newline") << "TELEMETRY_AUTHORIZATION"
                                                 << "1234\n"
                                                 << QByteArray("1234");
        QTest::newRow("proto dropped") << "X"
                                       << R"(json:{"__proto__":1,"a":2})" << QByteArray(R"({"a":2})");
        QTest::newRow("plain text") << "X"
                                    << "hello" << QByteArray(R"("hello")");
        QTest::newRow("url") << "PUBLIC_URL"
                             << "https://a.example" << QByteArray("\"https://a.example\"");
    }

    void casting()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(castJson(value, key), expected);
    }

    void castingNonStrings()
    {
        QCOMPARE(json(EnvCaster::cast(JsValue::null(), QStringLiteral("X"))), QByteArray("0"));
        QCOMPARE(json(EnvCaster::cast(JsValue(8056), QStringLiteral("PORT"))), QByteArray(R"("8056")"));
        QCOMPARE(json(EnvCaster::cast(JsValue(true), QStringLiteral("X"))), QByteArray("true"));
        const JsValue object = JsValue::object({{QStringLiteral("a"), JsValue(1)}});
        QCOMPARE(json(EnvCaster::cast(object, QStringLiteral("X"))), QByteArray(R"({"a":1})"));
        const JsValue array = JsValue::array({JsValue(QStringLiteral("number:2")), JsValue(QString())});
        QCOMPARE(json(EnvCaster::cast(array, QStringLiteral("X"))), QByteArray("[2]"));
    }

    void invalidRegexIsAnError()
    {
        QString error;
        const JsValue value
            = EnvCaster::cast(JsValue(QStringLiteral("regex:([a-")), QStringLiteral("X"), &error);
        QVERIFY(value.isUndefined());
        QVERIFY2(error.contains(QStringLiteral("X")), qPrintable(error));
        error.clear();
        EnvCaster::cast(JsValue(QStringLiteral("regex:^a+$")), QStringLiteral("X"), &error);
        QVERIFY(error.isEmpty());
    }

    void toBoolean()
    {
        QVERIFY(EnvCaster::toBoolean(JsValue(true)));
        QVERIFY(EnvCaster::toBoolean(JsValue(1)));
        QVERIFY(EnvCaster::toBoolean(JsValue(QStringLiteral("true"))));
        QVERIFY(EnvCaster::toBoolean(JsValue(QStringLiteral("1"))));
        QVERIFY(!EnvCaster::toBoolean(JsValue(QStringLiteral("TRUE"))));
        QVERIFY(!EnvCaster::toBoolean(JsValue(2)));
        QVERIFY(!EnvCaster::toBoolean(JsValue(QStringLiteral("yes"))));
        QVERIFY(!EnvCaster::toBoolean(JsValue::null()));
    }

    void defaults()
    {
        ProjectFolder project;
        const auto config = project.load();
        QVERIFY(config);
        QCOMPARE(json(config->value(QStringLiteral("PUBLIC_URL"))), QByteArray(R"("/")"));
        QCOMPARE(json(config->value(QStringLiteral("TELEMETRY"))), QByteArray("true"));
        QCOMPARE(json(config->value(QStringLiteral("DB_EXCLUDE_TABLES"))),
                 QByteArray(R"(["spatial_ref_sys","sysdiagrams"])"));
        QCOMPARE(json(config->value(QStringLiteral("WEBSOCKETS_COLLAB_ENABLED"))), QByteArray("true"));
        QCOMPARE(json(config->value(QStringLiteral("TEMP_PATH"))),
                 QByteArray(R"("./node_modules/.directus")"));
        QVERIFY(!config->contains(QStringLiteral("TELEMETRY_AUTHORIZATION")));
        QCOMPARE(config->origin(QStringLiteral("TELEMETRY")).kind, ProjectConfig::Origin::Kind::Default);
        QVERIFY(!config->configFileExists());
        QCOMPARE(config->directusVersion(), QStringLiteral("12.4.1"));
        QCOMPARE(config->directusVersionSource(), QStringLiteral("node_modules/directus/package.json"));
    }

    void fileOverridesServerEnvironmentAndKeepsOrder()
    {
        ProjectFolder project;
        project.write(QStringLiteral(".env"), "FILE_ONLY=f\nSHARED=from-file\n");
        const auto config = project.load({{QStringLiteral("ENV_ONLY"), QStringLiteral("e")},
                                          {QStringLiteral("SHARED"), QStringLiteral("from-env")}});
        QVERIFY(config);
        QCOMPARE(config->value(QStringLiteral("SHARED")).toString(), QStringLiteral("from-file"));
        QCOMPARE(config->keys().mid(0, 3),
                 (QStringList {QStringLiteral("ENV_ONLY"), QStringLiteral("SHARED"),
                               QStringLiteral("FILE_ONLY")}));
        QCOMPARE(config->origin(QStringLiteral("ENV_ONLY")).kind,
                 ProjectConfig::Origin::Kind::ServerEnvironment);
        const ProjectConfig::Origin shared = config->origin(QStringLiteral("SHARED"));
        QCOMPARE(shared.kind, ProjectConfig::Origin::Kind::ConfigFile);
        QVERIFY2(shared.detail.endsWith(QStringLiteral(".env:2")), qPrintable(shared.detail));
    }

    void configPathFromServerEnvironmentOnly()
    {
        ProjectFolder project;
        project.write(QStringLiteral(".env"), "CONFIG_PATH=other.env\nA=dot\n");
        project.write(QStringLiteral("other.env"), "A=other\n");
        auto config = project.load();
        QVERIFY(config);
        QCOMPARE(config->value(QStringLiteral("A")).toString(), QStringLiteral("dot"));
        config = project.load({{QStringLiteral("CONFIG_PATH"), QStringLiteral("other.env")}});
        QVERIFY(config);
        QCOMPARE(config->value(QStringLiteral("A")).toString(), QStringLiteral("other"));
        QCOMPARE(config->configFilePath(), QDir(project.path()).filePath(QStringLiteral("other.env")));
    }

    void jsonConfig()
    {
        ProjectFolder project;
        project.write(
            QStringLiteral("config.json"),
            R"({"PORT": 8056, "TELEMETRY": false, "N": null, "DB_EXCLUDE_TABLES": "a,b", "O": {"x": 1}})");
        const auto config
            = project.load({{QStringLiteral("CONFIG_PATH"), QStringLiteral("config.json")}}, nullptr);
        QVERIFY(config);
        QCOMPARE(json(config->value(QStringLiteral("PORT"))), QByteArray(R"("8056")"));
        QCOMPARE(json(config->value(QStringLiteral("TELEMETRY"))), QByteArray("false"));
        QCOMPARE(json(config->value(QStringLiteral("N"))), QByteArray("0"));
        QCOMPARE(json(config->value(QStringLiteral("DB_EXCLUDE_TABLES"))), QByteArray(R"(["a","b"])"));
        QCOMPARE(json(config->value(QStringLiteral("O"))), QByteArray(R"({"x":1})"));
    }

    void yamlConfigUsesCoreSchema()
    {
        ProjectFolder project;
        project.write(QStringLiteral("config.YAML"),
                      "TELEMETRY: no\nWEBSOCKETS_ENABLED: True\nQ: 'true'\n"
                      "HEX: 0x1F\nLIST:\n  - a\n  - 2\nNOTHING: ~\nURL: /x\n");
        QString error;
        const auto config
            = project.load({{QStringLiteral("CONFIG_PATH"), QStringLiteral("config.YAML")}}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(json(config->value(QStringLiteral("TELEMETRY"))), QByteArray(R"("no")"));
        QCOMPARE(json(config->value(QStringLiteral("WEBSOCKETS_ENABLED"))), QByteArray("true"));
        QCOMPARE(json(config->value(QStringLiteral("Q"))), QByteArray("true")); // quoted, then guessed
        QCOMPARE(json(config->value(QStringLiteral("HEX"))), QByteArray("31"));
        QCOMPARE(json(config->value(QStringLiteral("LIST"))), QByteArray(R"(["a",2])"));
        QCOMPARE(json(config->value(QStringLiteral("NOTHING"))), QByteArray("0"));
        QCOMPARE(json(config->value(QStringLiteral("URL"))), QByteArray(R"("/x")"));
    }

    void badConfigFilesNameTheFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("json syntax") << "c.json" << QByteArray("{\"A\": 1,}");
        QTest::newRow("json array") << "c.json" << QByteArray("[1]");
        QTest::newRow("yaml syntax") << "c.yaml" << QByteArray("A: [1, 2\nB: {");
        QTest::newRow("yaml scalar") << "c.yml" << QByteArray("just text");
        QTest::newRow("javascript") << "c.js" << QByteArray("module.exports = {}");
    }

    void badConfigFilesNameTheFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        ProjectFolder project;
        project.write(name, content);
        QString error;
        const auto config = project.load({{QStringLiteral("CONFIG_PATH"), name}}, &error);
        QVERIFY(!config);
        QVERIFY2(error.contains(name), qPrintable(error));
    }

    void fileIndirection()
    {
        ProjectFolder project;
        project.write(QStringLiteral("secrets/pw"), "1234\n");
        project.write(QStringLiteral("secrets/json"), "json:{\"a\":1}");
        project.write(QStringLiteral(".env"),
                      "DB_PASSWORD_FILE=secrets/pw\n"
                      "TELEMETRY_AUTHORIZATION_FILE=secrets/pw\n"
                      "PUBLIC_URL_FILE=string:secrets/pw\n"
                      "DB_SSL__CA_FILE=secrets/json\n"
                      "FOO_FILE=secrets/pw\n"
                      "KEY_FILE=secrets/pw\n"
                      "DB__FILE=secrets/pw\n"
                      "db_host_FILE=secrets/pw\n");
        QString error;
        const auto config = project.load({}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(json(config->value(QStringLiteral("DB_PASSWORD"))), QByteArray(R"("1234\n")"));
        QCOMPARE(json(config->value(QStringLiteral("TELEMETRY_AUTHORIZATION"))), QByteArray("1234"));
        QCOMPARE(json(config->value(QStringLiteral("PUBLIC_URL"))), QByteArray(R"("1234\n")"));
        QCOMPARE(json(config->value(QStringLiteral("DB_SSL__CA"))), QByteArray(R"({"a":1})"));
        QVERIFY(!config->contains(QStringLiteral("DB_PASSWORD_FILE")));
        for (const char *ordinary : {"FOO_FILE", "KEY_FILE", "DB__FILE", "db_host_FILE"})
            QCOMPARE(config->value(QString::fromLatin1(ordinary)).toString(), QStringLiteral("secrets/pw"));
        const ProjectConfig::Origin origin = config->origin(QStringLiteral("DB_PASSWORD"));
        QCOMPARE(origin.kind, ProjectConfig::Origin::Kind::FileIndirection);
        QCOMPARE(origin.detail, QDir(project.path()).filePath(QStringLiteral("secrets/pw")));
    }

    void fileIndirectionLaterKeyWins()
    {
        ProjectFolder project;
        project.write(QStringLiteral("s"), "from-file");
        project.write(QStringLiteral(".env"), "SECRET=a\nSECRET_FILE=s\nSECRET=b\n");
        auto config = project.load();
        QVERIFY(config);
        QCOMPARE(config->value(QStringLiteral("SECRET")).toString(), QStringLiteral("from-file"));
        project.write(QStringLiteral(".env"), "SECRET_FILE=s\nSECRET=b\n");
        config = project.load();
        QVERIFY(config);
        QCOMPARE(config->value(QStringLiteral("SECRET")).toString(), QStringLiteral("b"));
    }

    void unreadableFileIndirectionIsAnError()
    {
        ProjectFolder project;
        project.write(QStringLiteral(".env"), "DB_PASSWORD_FILE=/nonexistent/secret\n");
        QString error;
        QVERIFY(!project.load({}, &error));
        QVERIFY2(error.contains(QStringLiteral("DB_PASSWORD_FILE"))
                     && error.contains(QStringLiteral("/nonexistent/secret")),
                 qPrintable(error));
    }

    void versionRules()
    {
        QTemporaryDir dir;
        ProjectConfig::Options options;
        options.projectDir = dir.path();
        QString error;
        QVERIFY(!ProjectConfig::load(options, &error));
        QVERIFY2(error.contains(QStringLiteral("--directus-version")), qPrintable(error));
        options.directusVersion = QStringLiteral("11.0.0");
        const auto config = ProjectConfig::load(options, &error);
        QVERIFY(config);
        QCOMPARE(config->directusVersion(), QStringLiteral("11.0.0"));
        QCOMPARE(config->directusVersionSource(), QStringLiteral("given with --directus-version"));
    }

    void missingProjectFolderIsAnError()
    {
        ProjectConfig::Options options;
        options.projectDir = QStringLiteral("/nonexistent/project");
        QString error;
        QVERIFY(!ProjectConfig::load(options, &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/project")), qPrintable(error));
    }

    void explicitConfigFile()
    {
        ProjectFolder project;
        project.write(QStringLiteral("prod.env"), "PUBLIC_URL=https://x.example\n");
        QString error;
        auto config = project.load({}, &error, QDir(project.path()).filePath(QStringLiteral("prod.env")));
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->value(QStringLiteral("PUBLIC_URL")).toString(), QStringLiteral("https://x.example"));
        config = project.load({}, &error, QDir(project.path()).filePath(QStringLiteral("typo.env")));
        QVERIFY(!config);
        QVERIFY2(error.contains(QStringLiteral("typo.env")), qPrintable(error));
    }

    void devicesPipesAndHugeFilesAreRefused_data()
    {
        QTest::addColumn<QString>("envLine");
        QTest::addColumn<QString>("configPath");
        QTest::addColumn<QString>("named");
        QTest::newRow("_FILE names /dev/zero") << "DB_PASSWORD_FILE=/dev/zero" << QString() << "/dev/zero";
        QTest::newRow("_FILE names a folder") << "SECRET_FILE=." << QString() << "SECRET_FILE";
        QTest::newRow("CONFIG_PATH names a FIFO") << QString() << "pipe.env"
                                                  << "pipe.env";
        QTest::newRow("CONFIG_PATH names a 65 MiB file") << QString() << "huge.env"
                                                         << "huge.env";
    }

    void devicesPipesAndHugeFilesAreRefused()
    {
        // Each would hang or exhaust memory if read blindly; each must end in an error naming the file.
        QFETCH(QString, envLine);
        QFETCH(QString, configPath);
        QFETCH(QString, named);
        ProjectFolder project;
        if (!envLine.isEmpty())
            project.write(QStringLiteral(".env"), envLine.toUtf8() + '\n');
        const QString pipe = QDir(project.path()).filePath(QStringLiteral("pipe.env"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QFile huge(QDir(project.path()).filePath(QStringLiteral("huge.env")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(65LL * 1024 * 1024));
        huge.close();
        QList<QPair<QString, QString>> environment;
        if (!configPath.isEmpty())
            environment.append({QStringLiteral("CONFIG_PATH"), configPath});
        QString error;
        QVERIFY(!project.load(environment, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void envFileForServerEnvironment()
    {
        ProjectFolder project;
        project.write(QStringLiteral("server.env"), "export DB_PASSWORD=\"p w\"\n");
        QString error;
        const auto entries
            = ProjectConfig::readEnvFile(QDir(project.path()).filePath(QStringLiteral("server.env")), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().second, QStringLiteral("p w"));
        ProjectConfig::readEnvFile(QStringLiteral("/nonexistent/server.env"), &error);
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/server.env")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
