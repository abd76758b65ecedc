// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class ProjectConfig;
class Report;
class SqlSession;

// What a collector may use: the project's configuration and one read-only session. Nothing else, so
// collectors can run on any thread with their own session.
struct CollectorContext
{
    const ProjectConfig &config;
    SqlSession &session;
};

// Computes one group of report fields exactly as Directus 12.4.1 does (spec §6). Where Directus would fail
// the whole report (a missing table or column), a collector records why on the Report and still fills in the
// tolerant value of spec §12.3, marked approximate. Query errors that are not such a documented case
// propagate as DatabaseError and end the run.
class Collector
{
public:
    virtual ~Collector() = default;
    virtual QString title() const = 0; // shown while it runs, e.g. "Counting users"
    virtual void collect(CollectorContext &context, Report &report) const = 0;

protected:
    // Tables from `tables` that do not exist, for the missing-table rules of spec §12.3.
    static QStringList missingTables(SqlSession &session, const QStringList &tables);
    // Marks `keys` as approximate because Directus 12.4.1 would fail on what is missing.
    static void markDirectusWouldFail(Report &report, const QStringList &keys, const QString &reason);
};
