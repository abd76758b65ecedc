// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// The command-line options every project subcommand shares (project folder, --config, --env, --env-file,
// --inherit-env, --compose/--service, --ask-password, timeouts, --directus-version) and how they become a
// loaded ProjectConfig. Order of the server-environment sources: --inherit-env, --compose, --env-file, --env
// (later wins); the project's config file still overrides them all, as in Directus; --ask-password wins over
// everything.
class ProjectOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProjectOptions)

public:
    static void addTo(QCommandLineParser &parser);
    // Loads the project named by the parsed options; sets the reason and returns nothing on failure. notes
    // receives what the user should see on standard error: where --compose values came from, and warnings.
    static std::optional<ProjectConfig> load(const QCommandLineParser &parser, QString *errorMessage,
                                             QStringList *notes = nullptr);
    static int connectTimeoutSeconds(const QCommandLineParser &parser);
    static int queryTimeoutSeconds(const QCommandLineParser &parser);
};
