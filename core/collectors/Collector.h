// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class ItemCounter;
class ProjectConfig;
class Report;
class SqlSession;

// What a collector may use: the project's configuration and one read-only session. Nothing else, so
// collectors can run on any thread with their own session.
struct CollectorContext
{
    const ProjectConfig &config;
    SqlSession &session;
    // Where the engine queued the collectors' statementsToQueue() on its other connections; null when
    // everything runs on session.
    ItemCounter *queue = nullptr;

    // One value, as session.scalar() gives it (and throwing the same DatabaseError): taken from the queue
    // when the engine queued this statement, else run on session.
    QVariant scalar(const QString &statement);
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
    // Slow single-value statements collect() will run through context.scalar(), which the engine may start
    // early on a spare connection while the other collectors run.
    virtual QStringList statementsToQueue(CollectorContext &context) const;

protected:
    // Tables from `tables` that do not exist, for the missing-table rules of spec §12.3.
    static QStringList missingTables(SqlSession &session, const QStringList &tables);
    // Marks `keys` as approximate because Directus 12.4.1 would fail on what is missing.
    static void markDirectusWouldFail(Report &report, const QStringList &keys, const QString &reason);
};
