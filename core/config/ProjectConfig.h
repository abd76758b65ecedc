// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsValue.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// A Directus project's configuration as Directus 12.4.1 would see it (spec §3): built-in defaults, then the
// server's process environment (which the inspector cannot see, so the user supplies it), then the config
// file
// (.env dotenv, .json or .yaml/.yml, chosen by CONFIG_PATH), with `_FILE` indirection and Directus's type
// casting. The project folder stands in for Directus's working directory for every relative path. Not
// supported: .js/.mjs/.cjs config files (they are JavaScript; loading reports a clear error).
class ProjectConfig
{
public:
    struct Options
    {
        QString projectDir; // may be empty when configFile is given: then its folder is used
        QString configFile; // explicit config file; overrides CONFIG_PATH
        // No configFile and no CONFIG_PATH: read no file instead of <project>/.env (a Docker deployment,
        // whose default config file would be inside the container).
        bool noDefaultConfigFile = false;
        // Stands in for the server's process environment, in order (later entries win, first position kept):
        // --inherit-env (the inspector's own environment, only when asked), --env-file FILE, --env KEY=VALUE.
        QList<QPair<QString, QString>> serverEnvironment;
        // Where each serverEnvironment key's winning value came from ("docker-compose.yml, service directus,
        // environment:", "--env"), shown as its origin; keys not listed say "server environment".
        QHash<QString, QString> serverEnvironmentSources;
        // Values given for this run only (a password typed at --ask-password): they win over the config file,
        // as the server would have them if it were configured so. Origin kind CommandLine.
        QList<QPair<QString, QString>> overrides;
        QString overridesSource; // e.g. "--ask-password"
        QString
            directusVersionSource; // how directusVersion was found; default "given with --directus-version"
        QString directusVersion; // explicit version when node_modules/directus/package.json is absent
    };

    // Where a merged key's value came from, for provenance display.
    struct Origin
    {
        enum class Kind { Default, ServerEnvironment, ConfigFile, FileIndirection, CommandLine };
        Kind kind = Kind::Default;
        QString detail; // config file path and line, or the _FILE path read
    };

    // Returns nothing and sets errorMessage (naming the file/key and what to do) when Directus would abort
    // startup: unreadable/invalid config file, unreadable _FILE target, invalid regex cast, .js config file,
    // missing project folder, or no version available.
    static std::optional<ProjectConfig> load(const Options &options, QString *errorMessage);

    QString projectDir() const { return m_projectDir; } // absolute
    QString configFilePath() const { return m_configFilePath; } // absolute; may not exist
    bool configFileExists() const { return m_configFileExists; }

    bool contains(const QString &key) const;
    JsValue value(const QString &key) const; // merged and cast; undefined when absent
    QStringList keys() const; // merged key order (spec §3.1)
    Origin origin(const QString &key) const;

    // An absolute path for a path Directus would resolve against its cwd (spec §3.5).
    QString resolvePath(const QString &path) const;

    QString directusVersion() const { return m_directusVersion; }
    // "node_modules/directus/package.json" or "given with --directus-version"
    QString directusVersionSource() const { return m_directusVersionSource; }

    QStringList warnings() const { return m_warnings; } // things that loaded but deserve attention

    // A --env-file: dotenv syntax, values uncast (they stand in for process environment strings).
    static QList<QPair<QString, QString>> readEnvFile(const QString &path, QString *errorMessage);
    // The inspector's own environment in its order, for --inherit-env.
    static QList<QPair<QString, QString>> inheritedProcessEnvironment();

    // For tests and in-memory projects: a config from already-cast values.
    static ProjectConfig fromValues(const QString &projectDir, const QList<JsValue::Member> &values,
                                    const QString &directusVersion = QStringLiteral("12.4.1"));

private:
    QString m_projectDir;
    QString m_configFilePath;
    bool m_configFileExists = false;
    QList<JsValue::Member> m_values;
    QList<QPair<QString, Origin>> m_origins;
    QString m_directusVersion;
    QString m_directusVersionSource;
    QStringList m_warnings;
};
