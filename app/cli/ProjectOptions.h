// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// The command-line options every project subcommand shares (project folder, --config, --env, --env-file,
// --inherit-env, --directus-version) and how they become a loaded ProjectConfig.
class ProjectOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProjectOptions)

public:
    static void addTo(QCommandLineParser &parser);
    // Loads the project named by the parsed options; prints the reason and returns nothing on failure.
    static std::optional<ProjectConfig> load(const QCommandLineParser &parser, QString *errorMessage);
};
