// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "gating/TelemetryGate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Opts a Directus project out of (or back into) telemetry by setting TELEMETRY=false/true in the file
// Directus reads: the project's .env, or the .env/.json/.yaml that CONFIG_PATH (or --config) names, as
// ProjectConfig resolved it. Two steps, so a UI can show the change and ask before anything is written:
// plan() reads and decides, changing nothing; apply() writes it. Every other byte of the file stays as it
// was (see DotenvEditor, JsonConfigEditor, YamlConfigEditor), and the edit is re-read with the same readers
// Directus's loader uses before it is written. apply() keeps a timestamped copy next to the file, then
// replaces the file atomically (QSaveFile), keeping its permissions and owner; a failed write leaves it
// untouched. It refuses, with a message naming the file and what to do: a symbolic link that leads outside
// the project folder (and outside the folder of a config file given explicitly), a dangling link, a file
// that is not writable or is marked read-only (even for root), a file that changed since plan(), a
// TELEMETRY that comes from TELEMETRY_FILE. When the project has no configuration file, its server is
// configured through its environment (Docker, systemd), so no file is created unless asked for
// (createConfigIfMissing) and the folder is a Directus install. Not supported: .js config files
// (ProjectConfig does not load them). Whether the change takes effect also depends on the licence: describe()
// says so.
//
// Usage (the GUI's toggle; plan() and apply() only touch one small file, fine on the GUI thread; the gate
// reads the database, so run it where the report runs):
//   const TelemetrySwitch telemetrySwitch(config, [] { return QDateTime::currentDateTimeUtc(); });
//   const TelemetrySwitch::Plan plan = telemetrySwitch.plan(/*enable=*/false);
//   if (!plan.ok) → show plan.error; if (plan.nothingToDo) → show plan.notes
//   else → confirm, showing plan.targetFile, plan.changedLines of plan.after, plan.notes
//   const TelemetrySwitch::Result result = telemetrySwitch.apply(plan); → result.error or result.backupFile
//   reload the ProjectConfig, ReportEngine(reloaded).evaluateGate(…) → TelemetrySwitch::describe(state)
class TelemetrySwitch
{
    Q_DECLARE_TR_FUNCTIONS(TelemetrySwitch)

public:
    using Clock = std::function<QDateTime()>;
    // Replaces path's content with bytes atomically, or returns false with a message and leaves path as it
    // was. Injected so tests can make a write fail half-way.
    using Writer = std::function<bool(const QString &path, const QByteArray &bytes, QString *errorMessage)>;

    struct Options
    {
        // With no configuration file: create one holding only TELEMETRY (only in a Directus install folder).
        bool createConfigIfMissing = false;
    };

    struct Plan
    {
        bool ok = false; // false: refused; error says why and what to do
        bool nothingToDo = false; // TELEMETRY already asks for the wanted state; apply() writes nothing
        bool enable = false; // the wanted TELEMETRY value
        QString error;
        QString configFile; // the file Directus reads, as configured
        QString targetFile; // the file written: configFile with symbolic links resolved
        bool createsFile = false;
        QByteArray before; // the file's bytes when planned
        QByteArray after; // the bytes to write
        QList<int> changedLines; // 1-based, in `after`
        bool appended = false; // TELEMETRY was not in the file and is added at its end
        QStringList notes; // what else the admin should know (duplicates, the server environment, …)
    };

    struct Result
    {
        bool ok = false;
        QString error;
        bool changed = false; // false when the plan had nothing to do
        QString writtenFile;
        QString backupFile; // empty when a new file was created
        QList<int> changedLines;
    };

    // clock names the backup; writer replaces the file (atomicWriter() unless a test injects a failure).
    TelemetrySwitch(const ProjectConfig &config, Clock clock, Writer writer = atomicWriter());

    Plan plan(bool enable) const { return plan(enable, Options()); }
    Plan plan(bool enable, const Options &options) const;
    Result apply(const Plan &plan) const;

    // QSaveFile with the replaced file's permissions and owner kept.
    static Writer atomicWriter();
    // What the admin must know after a change, from the gate re-evaluated on the reloaded configuration:
    // requested and effective state, a licence that overrides the opt-out, and the restart.
    static QStringList describe(const TelemetryGate::State &state);
    static QString restartNotice();

private:
    struct Target
    {
        QString path;
        QString error;
    };
    Target resolveTarget(const QString &configFile) const;
    QString checkWritable(const QString &path) const;

    ProjectConfig m_config;
    Clock m_clock;
    Writer m_writer;
};
