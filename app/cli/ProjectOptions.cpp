// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectOptions.h"

#include "cli/PasswordPrompt.h"
#include "config/ComposeEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

void ProjectOptions::addTo(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("project"),
        tr("The Directus project folder (holding .env, package.json and node_modules). "
           "Default: the current folder."),
        QStringLiteral("[PROJECT_DIR]"));
    parser.addOption({QStringLiteral("config"),
                      tr("Read this configuration file instead of the project's .env (like CONFIG_PATH)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("env"),
         tr("A variable the server has in its process environment (Docker, systemd, …). Repeatable."),
         QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("env-file"),
                      tr("Variables the server has in its process environment, as a dotenv file."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("inherit-env"),
         tr("Treat this shell's environment as the server's (only when the server runs with it).")});
    parser.addOption({QStringLiteral("compose"),
                      tr("Take the server's environment from this Docker Compose file (environment: and "
                         "env_file: of the Directus service). --env-file and --env override it."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("service"),
                      tr("The compose service to read (default: the one whose image is Directus)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("ask-password"),
                      tr("Ask for the database password (not echoed) instead of using DB_PASSWORD.")});
    parser.addOption({QStringLiteral("connect-timeout"),
                      tr("Give up connecting to a database server after SECONDS (default 10)."),
                      QStringLiteral("SECONDS"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("query-timeout"),
                      tr("Give up on a database query after SECONDS (default 120)."),
                      QStringLiteral("SECONDS"), QStringLiteral("120")});
    parser.addOption(
        {QStringLiteral("directus-version"),
         tr("The Directus version, when node_modules/directus/package.json is not in the project."),
         QStringLiteral("VERSION")});
}

std::optional<ProjectConfig> ProjectOptions::load(const QCommandLineParser &parser, QString *errorMessage,
                                                  QStringList *notes)
{
    ProjectConfig::Options options;
    QStringList ignoredNotes;
    if (!notes)
        notes = &ignoredNotes;
    const QStringList positional = parser.positionalArguments();
    const QString composeFile = parser.value(QStringLiteral("compose"));
    std::optional<ComposeEnvironment::Result> compose;
    if (!composeFile.isEmpty()) {
        compose
            = ComposeEnvironment::read(composeFile, parser.value(QStringLiteral("service")), errorMessage);
        if (!compose)
            return std::nullopt;
        *notes += compose->warnings;
    } else if (parser.isSet(QStringLiteral("service"))) {
        *errorMessage = tr("--service needs --compose FILE.");
        return std::nullopt;
    }
    if (positional.size() > 1) {
        *errorMessage = tr("Expected one project folder, got %1: %2")
                            .arg(positional.size())
                            .arg(positional.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    options.configFile = parser.value(QStringLiteral("config"));
    if (!positional.isEmpty()) {
        options.projectDir = positional.first();
    } else if (compose) {
        // A Docker deployment: the configuration is in the compose file, and the default config file would be
        // inside the container.
        options.projectDir = QFileInfo(composeFile).absolutePath();
        options.noDefaultConfigFile = true;
    } else if (options.configFile.isEmpty()) {
        const QString here = QDir::currentPath();
        if (!QFileInfo::exists(here + QStringLiteral("/.env"))
            && !QFileInfo::exists(here + QStringLiteral("/node_modules/directus/package.json"))) {
            *errorMessage = tr("No Directus project in the current folder (%1 has no .env and no "
                               "node_modules/directus). Pass the project folder, e.g.\n"
                               "  telemetry-inspector report /srv/directus\n"
                               "or a configuration file with --config FILE.")
                                .arg(here);
            return std::nullopt;
        }
        options.projectDir = here;
    }

    // Each source in the order the server would see them; later ones win. Where a key's value came from is
    // kept for the notes below.
    QHash<QString, QStringList> sourcesOf;
    const auto supply = [&](const QString &key, const QString &value, const QString &source) {
        options.serverEnvironment.append({key, value});
        options.serverEnvironmentSources.insert(key, source);
        sourcesOf[key].append(source);
    };
    if (parser.isSet(QStringLiteral("inherit-env"))) {
        for (const auto &[key, value] : ProjectConfig::inheritedProcessEnvironment())
            supply(key, value, tr("--inherit-env"));
    }
    if (compose) {
        for (const ComposeEnvironment::Entry &entry : compose->entries)
            supply(entry.key, entry.value, entry.source);
    }
    const QStringList envFiles = parser.values(QStringLiteral("env-file"));
    for (const QString &envFile : envFiles) {
        QString error;
        const auto entries = ProjectConfig::readEnvFile(envFile, &error);
        if (!error.isEmpty()) {
            *errorMessage = error;
            return std::nullopt;
        }
        for (const auto &[key, value] : entries)
            supply(key, value, tr("--env-file %1").arg(envFile));
    }
    for (const QString &assignment : parser.values(QStringLiteral("env"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *errorMessage = tr("--env expects KEY=VALUE, got \"%1\".").arg(assignment);
            return std::nullopt;
        }
        supply(assignment.left(equals), assignment.mid(equals + 1), tr("--env"));
    }
    options.directusVersion = parser.value(QStringLiteral("directus-version"));
    if (compose && options.directusVersion.isEmpty()) {
        options.directusVersion = ComposeEnvironment::directusVersionFromImage(compose->image);
        options.directusVersionSource
            = tr("taken from the image tag of compose service %1 (%2)").arg(compose->service, compose->image);
    }
    if (parser.isSet(QStringLiteral("ask-password"))) {
        const auto password = PasswordPrompt::ask(tr("Database password: "));
        if (!password) {
            *errorMessage = tr("--ask-password: no password was entered.");
            return std::nullopt;
        }
        options.overrides.append({QStringLiteral("DB_PASSWORD"), *password});
        options.overridesSource = tr("typed at --ask-password");
    }
    auto config = ProjectConfig::load(options, errorMessage);
    if (!config || !compose)
        return config;

    // Say where each supplied value ended up coming from (values are not shown: they may be secrets).
    QStringList keys = sourcesOf.keys();
    keys.sort();
    notes->append(tr("The server's environment, from %1 (service %2):").arg(composeFile, compose->service));
    for (const QString &key : std::as_const(keys)) {
        const ProjectConfig::Origin origin = config->origin(key);
        QStringList chain = sourcesOf.value(key);
        QString line;
        if (origin.kind == ProjectConfig::Origin::Kind::ConfigFile)
            line = tr("%1: %2 (the config file wins over %3)")
                       .arg(key, origin.detail, chain.join(QStringLiteral(", ")));
        else if (origin.kind == ProjectConfig::Origin::Kind::CommandLine)
            line = tr("%1: %2").arg(key, origin.detail);
        else if (chain.size() > 1) {
            const QString winner = chain.takeLast();
            line = tr("%1: %2 (overrides %3)").arg(key, winner, chain.join(QStringLiteral("; ")));
        } else
            line = tr("%1: %2").arg(key, chain.value(0));
        notes->append(QStringLiteral("  ") + line);
    }
    return config;
}

int ProjectOptions::connectTimeoutSeconds(const QCommandLineParser &parser)
{
    return std::max(1, parser.value(QStringLiteral("connect-timeout")).toInt());
}

int ProjectOptions::queryTimeoutSeconds(const QCommandLineParser &parser)
{
    return std::max(1, parser.value(QStringLiteral("query-timeout")).toInt());
}
