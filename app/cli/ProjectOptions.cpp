// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectOptions.h"

#include <QDir>
#include <QFileInfo>

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
    parser.addOption(
        {QStringLiteral("directus-version"),
         tr("The Directus version, when node_modules/directus/package.json is not in the project."),
         QStringLiteral("VERSION")});
}

std::optional<ProjectConfig> ProjectOptions::load(const QCommandLineParser &parser, QString *errorMessage)
{
    ProjectConfig::Options options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *errorMessage = tr("Expected one project folder, got %1: %2")
                            .arg(positional.size())
                            .arg(positional.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    options.configFile = parser.value(QStringLiteral("config"));
    if (!positional.isEmpty()) {
        options.projectDir = positional.first();
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

    if (parser.isSet(QStringLiteral("inherit-env")))
        options.serverEnvironment += ProjectConfig::inheritedProcessEnvironment();
    const QStringList envFiles = parser.values(QStringLiteral("env-file"));
    for (const QString &envFile : envFiles) {
        QString error;
        const auto entries = ProjectConfig::readEnvFile(envFile, &error);
        if (!error.isEmpty()) {
            *errorMessage = error;
            return std::nullopt;
        }
        options.serverEnvironment += entries;
    }
    for (const QString &assignment : parser.values(QStringLiteral("env"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *errorMessage = tr("--env expects KEY=VALUE, got \"%1\".").arg(assignment);
            return std::nullopt;
        }
        options.serverEnvironment.append({assignment.left(equals), assignment.mid(equals + 1)});
    }
    options.directusVersion = parser.value(QStringLiteral("directus-version"));
    return ProjectConfig::load(options, errorMessage);
}
