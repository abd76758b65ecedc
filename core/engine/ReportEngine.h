// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "db/DatabaseSettings.h"
#include "gating/TelemetryGate.h"
#include "redaction/InstanceFacts.h"
#include "redaction/RedactionVerdict.h"
#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class SqlSession;

// Computes a Report for a loaded project: opens its database read-only, runs every collector in turn on that
// one connection, and turns failures into messages that name what failed and what to do. Synchronous and
// thread-agnostic: call it from a worker thread (it opens its own connection there); progress and
// cancellation go through the callback and the flag. It never writes anything.
class ReportEngine
{
    Q_DECLARE_TR_FUNCTIONS(ReportEngine)

public:
    enum class Failure { None, Configuration, Database, Cancelled };

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        Failure failure = Failure::None;
        Report report; // valid when ok
        RedactionVerdicts verdicts; // the redaction checks run on report.wireBytes(), when ok
        QString error; // when !ok: what failed, where, and what to do
    };
    // done collectors, total collectors, title of the collector about to run
    using ProgressCallback = std::function<void(int done, int total, const QString &step)>;

    explicit ReportEngine(const ProjectConfig &config);
    // Limits for PostgreSQL/MySQL connections (SQLite files need none): nothing waits longer than this.
    void setTimeouts(int connectSeconds, int querySeconds);
    // On by default. Reading every name, email and stored secret of a large instance costs more than the
    // counts themselves, so callers that only need the report (the `report` command) turn it off.
    void setRunRedactionCheck(bool run) { m_runRedactionCheck = run; }
    // Off by default. On, the texts that become part of the outcome's report, verdicts and gate state (notes,
    // titles, summaries, explanations) are in the sources' English whatever the user's language, as a
    // compliance export needs; error messages stay in the user's language.
    void setDocumentTextsInSourceLanguage(bool on) { m_documentTextsInSourceLanguage = on; }

    // What the database's own statistics say before the exact counts are in: shown at once (marked as an
    // estimate), never sent. coveredTables < collections when the statistics miss some tables.
    struct ItemsEstimate
    {
        qint64 collections = 0; // exact: from the schema
        qint64 items = 0; // estimated, over coveredTables tables
        qint64 coveredTables = 0;
    };
    // Called from the thread running run(), once the user collections are known (only when the database
    // keeps statistics for at least one of them).
    void setItemsEstimateCallback(std::function<void(const ItemsEstimate &)> callback)
    {
        m_itemsEstimateCallback = std::move(callback);
    }
    // Called from the thread running run() each time more of the report is known: once the collections are
    // listed (collections exact, items as the estimate when the database has statistics) and after each
    // collector. Fields not computed yet have no provenance and an undefined value. For display only: what is
    // sent or exported is always Outcome::report, with every count exact.
    void setPartialReportCallback(std::function<void(const Report &)> callback)
    {
        m_partialReportCallback = std::move(callback);
    }
    Outcome run(const ProgressCallback &progress = {}, const std::atomic_bool *cancelFlag = nullptr) const;

    struct FactsOutcome
    {
        bool ok = false;
        Failure failure = Failure::None;
        QString error;
        InstanceFacts facts;
    };
    // Only the facts the redaction check compares a payload with (for checking a captured payload).
    FactsOutcome gatherFacts(const std::atomic_bool *cancelFlag = nullptr) const;

    struct GateOutcome
    {
        bool ok = false;
        Failure failure = Failure::None;
        QString error;
        TelemetryGate::State state;
    };
    // Whether Directus would report at all (spec §9), reading the stored licence token when there is one.
    GateOutcome evaluateGate(const LicenseVerifier &verifier, const QDateTime &now) const;

private:
    std::optional<DatabaseSettings> databaseSettings(QString *errorMessage) const;
    // The items estimate from the database's statistics; none when they cover no collection.
    std::optional<ItemsEstimate> estimateItems(SqlSession &session, const QStringList &collections) const;
    // Opens the read-only session and runs work on it; turns connection and query failures into failure
    // and error. Returns whether work completed.
    bool withSession(const std::function<void(SqlSession &)> &work, const std::atomic_bool *cancelFlag,
                     Failure *failure, QString *error) const;

    ProjectConfig m_config;
    bool m_runRedactionCheck = true;
    bool m_documentTextsInSourceLanguage = false;
    int m_connectTimeoutSeconds = 10;
    int m_queryTimeoutSeconds = 120;
    std::function<void(const ItemsEstimate &)> m_itemsEstimateCallback;
    std::function<void(const Report &)> m_partialReportCallback;
};
