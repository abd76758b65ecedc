// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemCounter.h"

#include "db/ReadOnlyConnection.h"
#include "db/SqlSession.h"

#include <QThread>

#include <algorithm>

ItemCounter::ItemCounter(const DatabaseSettings &settings, int workers, const std::atomic_bool *cancelFlag)
    : m_settings(settings)
    , m_cancelFlag(cancelFlag)
    , m_workerCount(std::max(0, workers))
{
}

ItemCounter::~ItemCounter()
{
    m_stop = true;
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

int ItemCounter::suggestedWorkers(int statements)
{
    const int cores = std::max(1, QThread::idealThreadCount());
    return std::clamp(std::min(cores - 1, statements - 1), 0, 3);
}

void ItemCounter::start(const QStringList &statements, const QStringList &queuedFirst)
{
    m_statements = queuedFirst + statements;
    m_queuedCount = int(queuedFirst.size());
    m_results.assign(size_t(m_statements.size()), Result());
    m_states = std::make_unique<std::atomic_int[]>(size_t(m_statements.size()));
    for (qsizetype i = 0; i < m_statements.size(); ++i)
        m_states[size_t(i)] = Waiting;
    const int workers = std::min(m_workerCount, int(m_statements.size()));
    for (int i = 0; i < workers; ++i)
        m_threads.emplace_back([this] { work(); });
}

void ItemCounter::work()
{
    // A worker that cannot connect leaves its share to the others and to the caller's session.
    ReadOnlyConnection connection(m_settings);
    QString error;
    if (!connection.open(&error))
        return;
    SqlSession session(connection.database(), connection.dialect(), &m_stop, connection.watchdog());
    try {
        while (!m_stop && !(m_cancelFlag && *m_cancelFlag) && runNext(session)) { }
    } catch (const DatabaseError &) {
        // Only cancellation (m_stop or the caller's flag) reaches here; finish() reports it.
    }
}

bool ItemCounter::claim(int index)
{
    int expected = Waiting;
    return m_states[size_t(index)].compare_exchange_strong(expected, Running);
}

bool ItemCounter::runNext(SqlSession &session)
{
    for (;;) {
        const int index = m_next.fetch_add(1);
        if (index >= m_statements.size())
            return false;
        if (!claim(index))
            continue; // taken out of turn by resultOf()
        run(index, session);
        return true;
    }
}

void ItemCounter::run(int index, SqlSession &session)
{
    Result &result = m_results[size_t(index)];
    bool cancelled = false;
    try {
        result.value = session.scalar(m_statements.at(index));
        result.count = SqlSession::toCount(result.value);
    } catch (const DatabaseError &error) {
        result.error = error;
        cancelled = error.kind == DatabaseError::Kind::Cancelled;
    }
    if (index >= m_queuedCount)
        ++m_counted;
    {
        // Under the mutex, so that a resultOf() about to wait cannot miss the notification.
        const std::lock_guard lock(m_doneMutex);
        m_states[size_t(index)] = Done;
    }
    m_done.notify_all();
    if (cancelled)
        throw result.error;
}

std::optional<ItemCounter::Result> ItemCounter::resultOf(const QString &queuedStatement, SqlSession &session)
{
    const int index = int(m_statements.indexOf(queuedStatement));
    if (index < 0 || index >= m_queuedCount)
        return std::nullopt;
    if (claim(index)) {
        run(index, session);
    } else {
        std::unique_lock lock(m_doneMutex);
        m_done.wait(lock, [&] { return m_states[size_t(index)] == Done; });
    }
    const Result &result = m_results[size_t(index)];
    if (!result.count && result.error.kind == DatabaseError::Kind::Cancelled)
        throw result.error;
    return result;
}

QList<ItemCounter::Result> ItemCounter::finish(SqlSession &session, const CountedCallback &counted)
{
    const int countStatements = int(m_statements.size()) - m_queuedCount;
    try {
        while (runNext(session)) {
            if (counted)
                counted(m_counted, countStatements);
        }
    } catch (const DatabaseError &) {
        m_stop = true;
        for (std::thread &thread : m_threads)
            thread.join();
        m_threads.clear();
        throw;
    }
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
    session.checkCancelled();
    if (counted)
        counted(m_counted, countStatements);
    return QList<Result>(m_results.begin() + m_queuedCount, m_results.end());
}
