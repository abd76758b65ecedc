// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

// A client-side deadline for each statement on a PostgreSQL or MySQL/MariaDB connection. Server-side limits
// (statement_timeout, max_statement_time) and client read timeouts handle a slow query, but not a server that
// stops answering while the kernel still acknowledges (a frozen process, a stopped container): libpq would
// wait forever. When a deadline passes, the watchdog shuts the connection's socket down, so the blocked call
// returns with an error and the report fails cleanly instead of hanging. The socket is found through the
// driver handle and the client library Qt's plugin already loaded (PQsocket, mysql_get_socket). Not
// supported: SQLite (local files need no deadline; the watchdog does nothing there).
class QueryWatchdog
{
public:
    QueryWatchdog(const QSqlDatabase &database, std::chrono::seconds timeout);
    ~QueryWatchdog();
    QueryWatchdog(const QueryWatchdog &) = delete;
    QueryWatchdog &operator=(const QueryWatchdog &) = delete;

    // Starts the deadline for one statement; disarm() when it returns. Cheap enough for every statement.
    void arm();
    void disarm();
    // True when the last armed deadline passed and the connection was cut.
    bool fired() const;
    std::chrono::seconds timeout() const { return m_timeout; }

    // The socket of an open QPSQL/QMYSQL connection, or -1.
    static int socketOf(const QSqlDatabase &database);

private:
    void watch();

    int m_socket = -1;
    std::chrono::seconds m_timeout;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_armed = false;
    bool m_fired = false;
    bool m_stopping = false;
    std::chrono::steady_clock::time_point m_deadline;
    std::thread m_thread; // a plain thread: it only sleeps until a deadline, no Qt objects involved
};
