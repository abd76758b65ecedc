// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectConfig.h"

#include "DotenvParser.h"
#include "EnvCaster.h"
#include "YamlConfigReader.h"
#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

extern char **environ;

namespace {

// An ordered map with JavaScript object assignment semantics: a new key is appended, an existing key keeps
// its position and takes the new value.
class OrderedValues
{
public:
    void assign(const QString &key, const JsValue &value)
    {
        const auto found = m_index.constFind(key);
        if (found != m_index.constEnd()) {
            m_members[*found].second = value;
            return;
        }
        m_index.insert(key, m_members.size());
        m_members.append({key, value});
    }
    bool contains(const QString &key) const { return m_index.contains(key); }
    const QList<JsValue::Member> &members() const { return m_members; }

private:
    QList<JsValue::Member> m_members;
    QHash<QString, qsizetype> m_index;
};

QList<JsValue::Member> builtInDefaults()
{
    return {
        {QStringLiteral("PUBLIC_URL"), JsValue(QStringLiteral("/"))},
        {QStringLiteral("TELEMETRY"), JsValue(true)},
        {QStringLiteral("TELEMETRY_URL"), JsValue(QStringLiteral("https://telemetry.directus.io"))},
        {QStringLiteral("DB_EXCLUDE_TABLES"),
         JsValue::array(
             {JsValue(QStringLiteral("spatial_ref_sys")), JsValue(QStringLiteral("sysdiagrams"))})},
        {QStringLiteral("WEBSOCKETS_ENABLED"), JsValue(false)},
        {QStringLiteral("WEBSOCKETS_COLLAB_ENABLED"), JsValue(true)},
        {QStringLiteral("CACHE_ENABLED"), JsValue(false)},
        {QStringLiteral("CACHE_STORE"), JsValue(QStringLiteral("memory"))},
        {QStringLiteral("CACHE_NAMESPACE"), JsValue(QStringLiteral("system-cache"))},
        {QStringLiteral("EXTENSIONS_PATH"), JsValue(QStringLiteral("./extensions"))},
        {QStringLiteral("PACKAGE_FILE_LOCATION"), JsValue(QStringLiteral("."))},
        {QStringLiteral("TEMP_PATH"), JsValue(QStringLiteral("./node_modules/.directus"))},
    };
}

QString alternatives(const QString &prefix, const QString &names)
{
    QStringList parts;
    for (const QString &name : names.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parts.append(prefix + name);
    return parts.join(QLatin1Char('|'));
}

// The names whose `_FILE` variant is read from a file (spec §3.3).
const QRegularExpression &fileIndirectionNames()
{
    static const QRegularExpression expression([] {
        QStringList names {
            QStringLiteral("DB_.+|WEBSOCKETS_.+|LOGGER_.+|SERVER_.+|HASH_.+|HSTS_.+|RATE_LIMITER_.+|"
                           "CONTENT_SECURITY_POLICY_.+"),
            alternatives(
                QStringLiteral("STORAGE_.+_"),
                QStringLiteral("DRIVER ROOT KEY SECRET BUCKET REGION ENDPOINT ACL CONTAINER_NAME "
                               "SERVER_SIDE_ENCRYPTION SERVER_SIDE_ENCRYPTION_KMS_KEY_ID ACCOUNT_NAME "
                               "ACCOUNT_KEY KEY_FILENAME HEALTHCHECK_THRESHOLD")),
            alternatives(
                QStringLiteral("AUTH_.+_"),
                QStringLiteral("DRIVER CLIENT_ID CLIENT_SECRET SCOPE AUTHORIZE_URL ACCESS_URL PROFILE_URL "
                               "IDENTIFIER_KEY EMAIL_KEY FIRST_NAME_KEY LAST_NAME_KEY "
                               "ALLOW_PUBLIC_REGISTRATION DEFAULT_ROLE_ID SYNC_USER_INFO ICON LABEL "
                               "PARAMS ISSUER_URL ISSUER_DISCOVERY_MUST_SUCCEED "
                               "AUTH_REQUIRE_VERIFIED_EMAIL CLIENT_URL BIND_DN BIND_PASSWORD USER_DN "
                               "USER_ATTRIBUTE USER_SCOPE MAIL_ATTRIBUTE FIRST_NAME_ATTRIBUTE "
                               "LAST_NAME_ATTRIBUTE GROUP_DN GROUP_ATTRIBUTE GROUP_SCOPE "
                               "REDIRECT_ALLOW_LIST COOKIE_SECURE")),
            QStringLiteral("AUTH_.+_CLIENT_HTTP_.+|AUTH_.+_IDP.+|AUTH_.+_SP.+"),
            QStringLiteral(
                "CONFIG_PATH|HOST|PORT|PUBLIC_URL|LOG_LEVEL|LOG_STYLE|LOG_HTTP_IGNORE_PATHS|MAX_PAYLOAD_SIZE|"
                "ROOT_REDIRECT|SERVE_APP|ROBOTS_TXT|TEMP_PATH|SECRET|MAX_BATCH_MUTATION|MAX_IMPORT_ERRORS|"
                "MAX_JSON_QUERY_DEPTH|RELATIONAL_BATCH_SIZE|EXPORT_BATCH_SIZE|AUTOSAVE_REVISION_INTERVAL|"
                "MIGRATIONS_PATH|PACKAGE_FILE_LOCATION|QUERYSTRING_MAX_PARSE_DEPTH|QUERYSTRING_ARRAY_LIMIT|"
                "QUERY_LIMIT_MAX|QUERY_LIMIT_DEFAULT|OPENAPI_ENABLED"),
            alternatives(
                QStringLiteral("GRAPHQL_"),
                QStringLiteral("INTROSPECTION SCHEMA_CACHE_CAPACITY SCHEMA_GENERATION_MAX_CONCURRENT "
                               "QUERY_TOKEN_LIMIT SINGLE_USE_MUTATIONS")),
            QStringLiteral(
                "PROJECT_OWNER|PROJECT_OWNER_ENABLED|MARKETPLACE_REGISTRY|MARKETPLACE_TRUST|TELEMETRY|"
                "TELEMETRY_URL|TELEMETRY_AUTHORIZATION|COMPLIANCE_URL|LICENSE_KEY|LICENSE_TOKEN|"
                "LICENSE_NAMESPACE|LICENSE_KEY_MANAGEMENT_ENABLED"),
            QStringLiteral("ACCESS_TOKEN_TTL|EMAIL_VERIFICATION_TOKEN_TTL"),
            alternatives(QStringLiteral("REFRESH_TOKEN_"),
                         QStringLiteral("TTL COOKIE_NAME COOKIE_DOMAIN COOKIE_SECURE COOKIE_SAME_SITE")),
            alternatives(QStringLiteral("SESSION_COOKIE_"),
                         QStringLiteral("TTL NAME DOMAIN SECURE SAME_SITE")),
            QStringLiteral("SESSION_REFRESH_GRACE_PERIOD|LOGIN_STALL_TIME|REGISTER_STALL_TIME|"
                           "PASSWORD_RESET_URL_ALLOW_LIST|USER_INVITE_TOKEN_TTL|USER_INVITE_URL_ALLOW_LIST|"
                           "USER_REGISTER_URL_ALLOW_LIST|USERS_ADMIN_ACCESS_LIMIT|USERS_APP_ACCESS_LIMIT|"
                           "USERS_API_ACCESS_LIMIT"),
            QStringLiteral("REDIS|REDIS_ENABLED|REDIS_HOST|REDIS_PORT|REDIS_USERNAME|REDIS_PASSWORD|REDIS_DB|"
                           "REDIS_BUS_NAMESPACE|REDIS_LOCK_NAMESPACE|REDIS_COUNTERS_NAMESPACE|"
                           "REDIS_PERMISSIONS_NAMESPACE"),
            QStringLiteral("IP_TRUST_PROXY|IP_CUSTOM_HEADER|CROSS_ORIGIN_OPENER_POLICY|"
                           "CROSS_ORIGIN_OPENER_POLICY_ENABLED"),
            alternatives(QStringLiteral("CORS_"),
                         QStringLiteral("ENABLED ORIGIN METHODS ALLOWED_HEADERS EXPOSED_HEADERS CREDENTIALS "
                                        "MAX_AGE")),
            alternatives(
                QStringLiteral("CACHE_"),
                QStringLiteral("ENABLED TTL CONTROL_S_MAXAGE AUTO_PURGE AUTO_PURGE_IGNORE_LIST SYSTEM_TTL "
                               "DEPLOYMENT_TTL SCHEMA SCHEMA_MAX_ITERATIONS SCHEMA_SYNC_TIMEOUT "
                               "SCHEMA_FREEZE_ENABLED NAMESPACE STORE STATUS_HEADER VALUE_MAX_SIZE "
                               "SKIP_ALLOWED HEALTHCHECK_THRESHOLD")),
            alternatives(QStringLiteral("HEALTHCHECK_"),
                         QStringLiteral("ENABLED NAMESPACE SERVICES CACHE_TTL")),
            QStringLiteral("SYNCHRONIZATION_STORE|SYNCHRONIZATION_NAMESPACE|STORAGE_LOCATIONS|"
                           "FILE_METADATA_ALLOW_LIST"),
            alternatives(QStringLiteral("FILES_"),
                         QStringLiteral("MAX_UPLOAD_SIZE MAX_UPLOAD_CONCURRENCY CONTENT_TYPE_ALLOW_LIST "
                                        "DELETE_ORIGINAL_ON_MOVE")),
            alternatives(QStringLiteral("ASSETS_"),
                         QStringLiteral("CACHE_TTL CACHE_REVALIDATE TRANSFORM_MAX_CONCURRENT "
                                        "TRANSFORM_IMAGE_MAX_DIMENSION TRANSFORM_IMAGE_MAX_OUTPUT_DIMENSION "
                                        "TRANSFORM_MAX_OPERATIONS TRANSFORM_TIMEOUT CONTENT_SECURITY_POLICY "
                                        "INVALID_IMAGE_SENSITIVITY_LEVEL")),
            alternatives(
                QStringLiteral("IMPORT_"),
                QStringLiteral("IP_DENY_LIST TIMEOUT MAX_CONCURRENCY MAX_FILE_SIZE EXPORT_NAMESPACE")),
            QStringLiteral(
                "AUTH_PROVIDERS|AUTH_ALLOWED_PUBLIC_URLS|AUTH_DISABLE_DEFAULT|ADMIN_EMAIL|ADMIN_PASSWORD|"
                "ADMIN_TOKEN"),
            alternatives(QStringLiteral("EXTENSIONS_"),
                         QStringLiteral("LOCATION PATH MUST_LOAD AUTO_RELOAD CACHE_TTL SANDBOX_MEMORY "
                                        "SANDBOX_TIMEOUT LIMIT ROLLDOWN STORAGE_MAX_CONCURRENCY")),
            alternatives(
                QStringLiteral("EMAIL_"),
                QStringLiteral("FROM TRANSPORT VERIFY_SETUP SENDMAIL_NEW_LINE SENDMAIL_PATH "
                               "TEMPLATES_PATH SMTP_NAME SMTP_HOST SMTP_PORT SMTP_USER SMTP_PASSWORD "
                               "SMTP_POOL SMTP_SECURE SMTP_IGNORE_TLS MAILGUN_API_KEY MAILGUN_DOMAIN "
                               "MAILGUN_HOST MAILTRAP_TOKEN MAILTRAP_SANDBOX MAILTRAP_TEST_INBOX_ID "
                               "MAILTRAP_BULK SES_CREDENTIALS__ACCESS_KEY_ID "
                               "SES_CREDENTIALS__SECRET_ACCESS_KEY SES_REGION")),
            QStringLiteral("FLOWS_ENV_ALLOW_LIST|FLOWS_RUN_SCRIPT_MAX_MEMORY|FLOWS_RUN_SCRIPT_TIMEOUT"),
            alternatives(QStringLiteral("METRICS_"),
                         QStringLiteral("ENABLED SCHEDULE TOKENS SERVICES HEALTH_CHECK_PREFIX NAME_PREFIX")),
            QStringLiteral("MCP_ENABLED"),
            alternatives(QStringLiteral("MCP_OAUTH_"),
                         QStringLiteral("ENABLED AUTH_CODE_TTL MAX_CLIENTS CLIENT_UNUSED_TTL CLIENT_IDLE_TTL "
                                        "REQUIRE_RESOURCE CLEANUP_SCHEDULE ALLOWED_REDIRECT_DOMAINS "
                                        "ALLOWED_CUSTOM_REDIRECTS DCR_ENABLED CIMD_ENABLED CIMD_ALLOW_HTTP "
                                        "CIMD_ALLOWED_DOMAINS CIMD_BLOCKED_TLDS")),
            alternatives(QStringLiteral("AI_"),
                         QStringLiteral("ENABLED DEVTOOLS_ENABLED TELEMETRY_ENABLED TELEMETRY_PROVIDER "
                                        "TELEMETRY_RECORD_IO")),
            alternatives(QStringLiteral("LANGFUSE_"), QStringLiteral("SECRET_KEY PUBLIC_KEY BASE_URL")),
            alternatives(QStringLiteral("BRAINTRUST_"), QStringLiteral("API_KEY PROJECT_NAME API_URL")),
        };
        // (?s) because `.+` in Directus's list is used on names, which cannot hold line breaks anyway.
        return QStringLiteral("\\A(?s:") + names.join(QLatin1Char('|')) + QStringLiteral(")\\z");
    }());
    return expression;
}

bool isFileIndirection(const QString &key, const JsValue &value)
{
    if (key.size() <= 5 || !key.endsWith(QLatin1String("_FILE")) || !value.isString())
        return false;
    return fileIndirectionNames().match(key.left(key.size() - 5)).hasMatch();
}

const QStringList &castPrefixes()
{
    static const QStringList prefixes {QStringLiteral("string"), QStringLiteral("number"),
                                       QStringLiteral("regex"),  QStringLiteral("array"),
                                       QStringLiteral("json"),   QStringLiteral("boolean")};
    return prefixes;
}

// Configuration, _FILE targets and package.json are small. A bound and a regular-file check keep a path
// that names /dev/zero, a FIFO or a huge file from hanging the inspector or exhausting memory.
constexpr qint64 MaxReadableFileBytes = 64 * 1024 * 1024;

std::optional<QByteArray> readBoundedFile(const QString &path, QString *why)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *why = QCoreApplication::translate("ProjectConfig", "the file does not exist");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *why = QCoreApplication::translate("ProjectConfig",
                                           "it is not a regular file (a folder, pipe or device)");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    QByteArray content = file.read(MaxReadableFileBytes + 1);
    if (content.size() > MaxReadableFileBytes) {
        *why = QCoreApplication::translate("ProjectConfig",
                                           "it is larger than %1 MiB, too large to be configuration")
                   .arg(MaxReadableFileBytes >> 20);
        return std::nullopt;
    }
    return content;
}

// A config file's entries, with the line of each (dotenv only) for provenance.
struct FileEntries
{
    QList<JsValue::Member> members;
    QHash<QString, int> lines;
};

std::optional<FileEntries> readConfigFile(const QString &path, QString *errorMessage)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs") || suffix == QLatin1String("cjs")) {
        *errorMessage
            = QCoreApplication::translate(
                  "ProjectConfig",
                  "The configuration file %1 is JavaScript, which the inspector cannot run. Export the "
                  "values it produces to a .env, .json or .yaml file and pass that with --config FILE.")
                  .arg(path);
        return std::nullopt;
    }
    QString why;
    const std::optional<QByteArray> read = readBoundedFile(path, &why);
    if (!read) {
        *errorMessage
            = QCoreApplication::translate(
                  "ProjectConfig",
                  "Cannot read the configuration file %1: %2. Directus would refuse to start with it; "
                  "check the file and its permissions.")
                  .arg(path, why);
        return std::nullopt;
    }
    const QByteArray &content = *read;
    FileEntries entries;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("yaml")
        || suffix == QLatin1String("yml")) {
        JsValue root;
        if (suffix == QLatin1String("json")) {
            const JsonReader::Result parsed = JsonReader::parseUtf8(content);
            if (!parsed.ok) {
                *errorMessage
                    = QCoreApplication::translate(
                          "ProjectConfig",
                          "The configuration file %1 is not valid JSON: %2. Directus would refuse to "
                          "start; fix the file.")
                          .arg(path, parsed.error);
                return std::nullopt;
            }
            root = parsed.value;
        } else {
            const YamlConfigReader::Result parsed = YamlConfigReader::parse(content);
            if (!parsed.ok) {
                *errorMessage
                    = QCoreApplication::translate(
                          "ProjectConfig",
                          "The configuration file %1 is not valid YAML: %2. Directus would refuse to "
                          "start; fix the file.")
                          .arg(path, parsed.error);
                return std::nullopt;
            }
            root = parsed.value;
        }
        if (!root.isObject()) {
            *errorMessage
                = QCoreApplication::translate(
                      "ProjectConfig",
                      "The configuration file %1 must hold one object of KEY: value pairs at the top "
                      "level, but holds a %2.")
                      .arg(path, root.jsonTypeName());
            return std::nullopt;
        }
        entries.members = root.members();
        return entries;
    }
    const QList<DotenvParser::Entry> parsed = DotenvParser::parse(content);
    for (const DotenvParser::Entry &entry : parsed) {
        entries.members.append({entry.key, JsValue(entry.value)});
        entries.lines.insert(entry.key, entry.line);
    }
    return entries;
}

QString absoluteAgainst(const QString &base, const QString &path)
{
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

} // namespace

std::optional<ProjectConfig> ProjectConfig::load(const Options &options, QString *errorMessage)
{
    ProjectConfig config;
    QString projectDir = options.projectDir;
    if (projectDir.isEmpty() && !options.configFile.isEmpty())
        projectDir = QFileInfo(options.configFile).absolutePath();
    const QFileInfo projectInfo(projectDir);
    if (projectDir.isEmpty() || !projectInfo.isDir()) {
        *errorMessage = projectInfo.exists()
            ? QCoreApplication::translate("ProjectConfig",
                                          "%1 is a file, not a Directus project folder. Pass the folder that "
                                          "holds the project's .env "
                                          "and node_modules, or the file itself with --config.")
                  .arg(projectDir)
            : QCoreApplication::translate(
                  "ProjectConfig",
                  "The project folder %1 does not exist. Pass the folder that holds the Directus project's "
                  ".env "
                  "and node_modules.")
                  .arg(projectDir.isEmpty() ? QStringLiteral("\"\"") : projectDir);
        return std::nullopt;
    }
    config.m_projectDir = QDir::cleanPath(projectInfo.absoluteFilePath());

    // The server's environment: later entries win, the first position is kept.
    OrderedValues serverEnvironment;
    for (const auto &[key, value] : options.serverEnvironment)
        serverEnvironment.assign(key, JsValue(value));

    QString configPath = options.configFile;
    if (configPath.isEmpty()) {
        for (const auto &[key, value] : serverEnvironment.members()) {
            if (key == QLatin1String("CONFIG_PATH"))
                configPath = value.toString();
        }
    }
    const bool readNoFile = configPath.isEmpty() && options.noDefaultConfigFile;
    if (configPath.isEmpty())
        configPath = QStringLiteral(".env");
    config.m_configFilePath = config.resolvePath(configPath);

    FileEntries fileEntries;
    const QFileInfo configInfo(config.m_configFilePath);
    if (readNoFile) {
        config.m_configFilePath.clear();
    } else if (configInfo.exists()) {
        if (configInfo.isDir()) {
            *errorMessage
                = QCoreApplication::translate(
                      "ProjectConfig",
                      "The configuration path %1 is a folder; Directus expects a file there (.env, .json "
                      "or .yaml).")
                      .arg(config.m_configFilePath);
            return std::nullopt;
        }
        const auto read = readConfigFile(config.m_configFilePath, errorMessage);
        if (!read)
            return std::nullopt;
        fileEntries = *read;
        config.m_configFileExists = true;
    } else if (!options.configFile.isEmpty()) {
        // Directus silently ignores a missing file, but a file the user named on the command line is a typo.
        *errorMessage
            = QCoreApplication::translate("ProjectConfig", "The configuration file %1 does not exist.")
                  .arg(config.m_configFilePath);
        return std::nullopt;
    } else {
        config.m_warnings.append(QCoreApplication::translate(
                                     "ProjectConfig",
                                     "There is no configuration file at %1: only the server environment you "
                                     "supplied and Directus's defaults are used.")
                                     .arg(config.m_configFilePath));
    }

    // Raw merge (spec §3.1): server environment first, the file overrides and appends.
    OrderedValues raw;
    QHash<QString, Origin> rawOrigins;
    for (const auto &[key, value] : serverEnvironment.members()) {
        raw.assign(key, value);
        rawOrigins.insert(key,
                          {Origin::Kind::ServerEnvironment,
                           options.serverEnvironmentSources.value(
                               key, QCoreApplication::translate("ProjectConfig", "server environment"))});
    }
    for (const auto &[key, value] : std::as_const(fileEntries.members)) {
        raw.assign(key, value);
        const int line = fileEntries.lines.value(key);
        rawOrigins.insert(key,
                          {Origin::Kind::ConfigFile,
                           line > 0 ? QStringLiteral("%1:%2").arg(config.m_configFilePath).arg(line)
                                    : config.m_configFilePath});
    }

    for (const auto &[key, value] : options.overrides) {
        raw.assign(key, JsValue(value));
        rawOrigins.insert(key, {Origin::Kind::CommandLine, options.overridesSource});
    }

    // _FILE indirection and casting, in merged key order.
    OrderedValues merged;
    QHash<QString, Origin> origins;
    for (const auto &[key, value] : raw.members()) {
        QString castError;
        if (isFileIndirection(key, value)) {
            const QString target = key.left(key.size() - 5);
            QString path = value.toString();
            QString prefix;
            const qsizetype colon = path.indexOf(QLatin1Char(':'));
            if (colon >= 0 && castPrefixes().contains(path.left(colon))) {
                prefix = path.left(colon + 1);
                path = path.mid(colon + 1);
            }
            const QString absolutePath = config.resolvePath(path);
            QString why;
            const std::optional<QByteArray> read = readBoundedFile(absolutePath, &why);
            if (!read) {
                *errorMessage
                    = QCoreApplication::translate(
                          "ProjectConfig",
                          "%1 (from %2) names the file %3, which cannot be read: %4. Directus would "
                          "refuse to start; make the file readable to the inspector.")
                          .arg(key, rawOrigins.value(key).detail, absolutePath, why);
                return std::nullopt;
            }
            const JsValue content(prefix + QString::fromUtf8(*read));
            const JsValue cast = EnvCaster::cast(content, target, &castError);
            if (!castError.isEmpty()) {
                *errorMessage = castError;
                return std::nullopt;
            }
            merged.assign(target, cast);
            origins.insert(target, {Origin::Kind::FileIndirection, absolutePath});
            continue;
        }
        const JsValue cast = EnvCaster::cast(value, key, &castError);
        if (!castError.isEmpty()) {
            *errorMessage = QCoreApplication::translate("ProjectConfig", "%1 (from %2)")
                                .arg(castError, rawOrigins.value(key).detail);
            return std::nullopt;
        }
        merged.assign(key, cast);
        origins.insert(key, rawOrigins.value(key));
    }
    for (const auto &[key, value] : builtInDefaults()) {
        if (!merged.contains(key)) {
            merged.assign(key, value);
            origins.insert(
                key,
                {Origin::Kind::Default, QCoreApplication::translate("ProjectConfig", "Directus default")});
        }
    }
    config.m_values = merged.members();
    for (const auto &[key, value] : config.m_values)
        config.m_origins.append({key, origins.value(key)});

    // The version (spec §6.1).
    const QString packagePath = config.m_projectDir + QStringLiteral("/node_modules/directus/package.json");
    if (QFileInfo::exists(packagePath)) {
        QString why;
        const std::optional<QByteArray> read = readBoundedFile(packagePath, &why);
        if (!read) {
            *errorMessage
                = QCoreApplication::translate("ProjectConfig", "Cannot read %1: %2.").arg(packagePath, why);
            return std::nullopt;
        }
        const JsonReader::Result package = JsonReader::parseUtf8(*read);
        const JsValue version = package.value.member(QStringLiteral("version"));
        if (!package.ok || !version.isString() || version.toString().isEmpty()) {
            *errorMessage
                = QCoreApplication::translate(
                      "ProjectConfig",
                      "%1 has no \"version\" string (%2). Reinstall Directus, or give the version with "
                      "--directus-version.")
                      .arg(packagePath,
                           package.ok ? QCoreApplication::translate("ProjectConfig", "the field is missing")
                                      : package.error);
            return std::nullopt;
        }
        config.m_directusVersion = version.toString();
        config.m_directusVersionSource = QStringLiteral("node_modules/directus/package.json");
        if (!options.directusVersion.isEmpty() && options.directusVersion != config.m_directusVersion)
            config.m_warnings.append(
                QCoreApplication::translate(
                    "ProjectConfig",
                    "--directus-version %1 was ignored: the project's installed Directus is "
                    "%2 (node_modules/directus/package.json), and that is what it sends.")
                    .arg(options.directusVersion, config.m_directusVersion));
    } else if (!options.directusVersion.isEmpty()) {
        config.m_directusVersion = options.directusVersion;
        config.m_directusVersionSource = options.directusVersionSource.isEmpty()
            ? QStringLiteral("given with --directus-version")
            : options.directusVersionSource;
        config.m_warnings.append(
            QCoreApplication::translate(
                "ProjectConfig", "The version %1 was %2: %3 is missing, so the inspector cannot check it.")
                .arg(options.directusVersion, config.m_directusVersionSource, packagePath));
    } else {
        *errorMessage
            = QCoreApplication::translate(
                  "ProjectConfig",
                  "%1 is missing, so this folder does not look like a Directus install and the "
                  "version Directus sends is unknown. Pass the Directus project folder, or give the "
                  "version with --directus-version VERSION.")
                  .arg(packagePath);
        return std::nullopt;
    }
    return config;
}

bool ProjectConfig::contains(const QString &key) const
{
    for (const auto &member : m_values) {
        if (member.first == key)
            return true;
    }
    return false;
}

JsValue ProjectConfig::value(const QString &key) const
{
    for (const auto &[name, value] : m_values) {
        if (name == key)
            return value;
    }
    return JsValue();
}

QStringList ProjectConfig::keys() const
{
    QStringList result;
    result.reserve(m_values.size());
    for (const auto &member : m_values)
        result.append(member.first);
    return result;
}

ProjectConfig::Origin ProjectConfig::origin(const QString &key) const
{
    for (const auto &[name, origin] : m_origins) {
        if (name == key)
            return origin;
    }
    return {};
}

QString ProjectConfig::resolvePath(const QString &path) const
{
    return absoluteAgainst(m_projectDir, path);
}

ProjectConfig ProjectConfig::fromValues(const QString &projectDir, const QList<JsValue::Member> &values,
                                        const QString &directusVersion)
{
    ProjectConfig config;
    config.m_projectDir = QDir::cleanPath(QDir(projectDir).absolutePath());
    config.m_configFilePath = config.m_projectDir + QStringLiteral("/.env");
    OrderedValues merged;
    for (const auto &[key, value] : values)
        merged.assign(key, value);
    for (const auto &[key, value] : builtInDefaults()) {
        if (!merged.contains(key))
            merged.assign(key, value);
    }
    config.m_values = merged.members();
    for (const auto &[key, value] : config.m_values) {
        const bool given
            = std::any_of(values.cbegin(), values.cend(),
                          [&key = key](const JsValue::Member &member) { return member.first == key; });
        config.m_origins.append({key, {given ? Origin::Kind::ServerEnvironment : Origin::Kind::Default, {}}});
    }
    config.m_directusVersion = directusVersion;
    config.m_directusVersionSource = QStringLiteral("given with --directus-version");
    return config;
}

QList<QPair<QString, QString>> ProjectConfig::readEnvFile(const QString &path, QString *errorMessage)
{
    QString why;
    const std::optional<QByteArray> read = readBoundedFile(path, &why);
    if (!read) {
        *errorMessage = QCoreApplication::translate(
                            "ProjectConfig", "Cannot read the environment file %1 given with --env-file: %2.")
                            .arg(QDir::toNativeSeparators(path), why);
        return {};
    }
    QList<QPair<QString, QString>> entries;
    for (const DotenvParser::Entry &entry : DotenvParser::parse(*read))
        entries.append({entry.key, entry.value});
    return entries;
}

QList<QPair<QString, QString>> ProjectConfig::inheritedProcessEnvironment()
{
    // environ keeps the process's own order, which is the order Directus would merge in.
    QList<QPair<QString, QString>> entries;
    for (char **variable = environ; variable && *variable; ++variable) {
        const QString assignment = QString::fromLocal8Bit(*variable);
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals > 0)
            entries.append({assignment.left(equals), assignment.mid(equals + 1)});
    }
    return entries;
}
