// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The process environment Docker Compose gives one service of a compose file: its `env_file:` entries
// (a path, a list of paths, or `- path: … required: false`), then its `environment:` (map or `KEY=VALUE`
// list form), which overrides them, as Compose does. `${VAR}`, `${VAR:-default}`, `${VAR-default}` and `$$`
// are interpolated from the `.env` next to the compose file only — the inspector's own shell is not the
// server's. The service is the one named, or the only one whose image is Directus. Not supported: `extends:`,
// `include:`, profiles, several compose files merged, and `KEY` entries without a value (they take the
// value from the shell that runs Compose, which the inspector cannot see; they are reported as warnings).
class ComposeEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ComposeEnvironment)

public:
    struct Entry
    {
        QString key;
        QString value;
        QString source; // "docker-compose.yml, service directus, environment:" or the env_file path
    };
    struct Result
    {
        QString service;
        QString image; // the service's image, e.g. "directus/directus:11.5.1"; may be empty
        QList<Entry> entries; // in the order Compose applies them (later entries win)
        QStringList warnings;
    };

    // Sets errorMessage (naming the file, the service and what to do) and returns nothing when the file
    // cannot be read or parsed, or the service cannot be chosen.
    static std::optional<Result> read(const QString &composeFile, const QString &service,
                                      QString *errorMessage);
    // "11.5.1" for an image "directus/directus:11.5.1"; empty for "latest", a digest or another image.
    static QString directusVersionFromImage(const QString &image);
};
