// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseError.h"
#include "db/DatabaseSettings.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

class SqlSession;

// Runs the `items` COUNT(*) statements on several read-only connections at once (issue: counting is the slow
// part of a report on large databases). Each worker thread opens its own connection, as Qt SQL requires, and
// takes the next statement from a shared index; the engine's own thread joins in with its session once it
// has computed the other fields, so the system queries run alongside the counts and no core sits idle.
// Other single-value statements a collector will need (the sum over directus_files) can be queued ahead of
// the counts: a worker runs them first, and the collector takes the result with resultOf(), which runs the
// statement on the caller's session if no worker has started it yet, or waits for the worker that has.
// Results keep the statements' order. A failed statement is recorded, not thrown, so the caller applies the
// same fallbacks as when counting sequentially.
class ItemCounter
{
public:
    struct Result
    {
        std::optional<qint64> count;
        QVariant value; // what the statement returned, when count is set
        DatabaseError error; // when !count
    };

    // workers: extra connections besides the caller's own session (0 counts everything in finish()).
    ItemCounter(const DatabaseSettings &settings, int workers, const std::atomic_bool *cancelFlag);
    ~ItemCounter(); // stops and joins the workers
    ItemCounter(const ItemCounter &) = delete;
    ItemCounter &operator=(const ItemCounter &) = delete;

    // statements: the counts finish() returns; queuedFirst: statements run before them, for resultOf().
    void start(const QStringList &statements, const QStringList &queuedFirst = {});
    // The result of a statement queued with start(): run now on session if nobody has started it, else
    // waited for. Nullopt if it was not queued. Throws DatabaseError only when cancelled.
    std::optional<Result> resultOf(const QString &queuedStatement, SqlSession &session);
    // Called on the caller's thread after each statement it counts and once at the end, with how many of all
    // statements are counted by then (on every connection), so a window can show "120 of 200 collections
    // counted".
    using CountedCallback = std::function<void(int counted, int total)>;

    // Counts what is left on the caller's session, waits for the workers, returns one result per statement.
    // Throws DatabaseError only when cancelled.
    QList<Result> finish(SqlSession &session, const CountedCallback &counted = {});
    // Count statements done so far, on every connection (queued ones not included); safe from any thread.
    int counted() const { return m_counted; }

    // Extra connections worth opening for this many statements on this machine: the cores beyond the
    // caller's, at most 3 (servers limit connections; SQLite gains little past the core count).
    static int suggestedWorkers(int statements);

private:
    enum State { Waiting, Running, Done };
    void work();
    // Claims and runs the next statement nobody has claimed; false when none is left.
    bool runNext(SqlSession &session);
    bool claim(int index);
    void run(int index, SqlSession &session);

    DatabaseSettings m_settings;
    const std::atomic_bool *m_cancelFlag;
    int m_workerCount;
    QStringList m_statements; // queuedFirst, then the counts
    int m_queuedCount = 0;
    std::vector<Result> m_results;
    std::unique_ptr<std::atomic_int[]> m_states;
    std::atomic_int m_next {0};
    std::atomic_int m_counted {0}; // count statements finished (counted or failed), on any connection
    std::atomic_bool m_stop {false};
    std::mutex m_doneMutex;
    std::condition_variable m_done;
    std::vector<std::thread> m_threads;
};
