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

void ItemCounter::start(const QStringList &statements)
{
    m_statements = statements;
    m_results.assign(size_t(statements.size()), Result());
    const int workers = std::min(m_workerCount, int(statements.size()));
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
    SqlSession session(connection.database(), connection.dialect(), &m_stop);
    try {
        while (!m_stop && !(m_cancelFlag && *m_cancelFlag) && m_next < m_statements.size())
            runNext(session);
    } catch (const DatabaseError &) {
        // Only cancellation (m_stop or the caller's flag) reaches here; finish() reports it.
    }
}

void ItemCounter::runNext(SqlSession &session)
{
    const int index = m_next.fetch_add(1);
    if (index >= m_statements.size())
        return;
    Result &result = m_results[size_t(index)];
    try {
        result.count = SqlSession::toCount(session.scalar(m_statements.at(index)));
    } catch (const DatabaseError &error) {
        if (error.kind == DatabaseError::Kind::Cancelled)
            throw;
        result.error = error;
    }
    ++m_counted;
}

QList<ItemCounter::Result> ItemCounter::finish(SqlSession &session, const CountedCallback &counted)
{
    try {
        while (m_next < m_statements.size()) {
            runNext(session);
            if (counted)
                counted(m_counted, int(m_statements.size()));
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
        counted(m_counted, int(m_statements.size()));
    return QList<Result>(m_results.begin(), m_results.end());
}
