// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryWatchdog.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>
#include <sys/socket.h>

namespace {
// A function of a client library that is already loaded (by Qt's driver plugin); nothing is loaded here.
void *loadedSymbol(const char *library, const char *symbol)
{
    void *handle = ::dlopen(library, RTLD_NOW | RTLD_NOLOAD);
    if (!handle)
        return nullptr;
    void *function = ::dlsym(handle, symbol);
    ::dlclose(handle); // only drops the reference RTLD_NOLOAD took; the plugin keeps the library
    return function;
}
} // namespace

int QueryWatchdog::socketOf(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return -1;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || handle.data() == nullptr)
        return -1;
    // Qt documents handle() as holding the client library's connection pointer (PGconn*, MYSQL*).
    void *connection = *static_cast<void *const *>(handle.data());
    if (!connection)
        return -1;
    const QByteArray type = handle.typeName();
    // The type name is spelled as the library's header declares it (PGconn is a typedef of pg_conn).
    if (type == "PGconn*" || type == "pg_conn*") {
        using Function = int (*)(const void *);
        if (auto function = reinterpret_cast<Function>(loadedSymbol("libpq.so.5", "PQsocket")))
            return function(connection);
    } else if (type == "MYSQL*" || type == "st_mysql*") {
        using Function = int (*)(void *);
        for (const char *library : {"libmariadb.so.3", "libmysqlclient.so.21"}) {
            if (auto function = reinterpret_cast<Function>(loadedSymbol(library, "mysql_get_socket")))
                return function(connection);
        }
    }
    return -1;
}

QueryWatchdog::QueryWatchdog(const QSqlDatabase &database, std::chrono::seconds timeout)
    : m_socket(socketOf(database))
    , m_timeout(timeout)
{
    if (m_socket >= 0)
        m_thread = std::thread([this] { watch(); });
}

QueryWatchdog::~QueryWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void QueryWatchdog::arm()
{
    if (m_socket < 0)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_armed = true;
        m_deadline = std::chrono::steady_clock::now() + m_timeout;
    }
    m_changed.notify_all();
}

void QueryWatchdog::disarm()
{
    if (m_socket < 0)
        return;
    std::lock_guard lock(m_mutex);
    m_armed = false;
}

bool QueryWatchdog::fired() const
{
    std::lock_guard lock(m_mutex);
    return m_fired;
}

void QueryWatchdog::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (!m_armed) {
            m_changed.wait(lock);
            continue;
        }
        const auto deadline = m_deadline;
        if (m_changed.wait_until(lock, deadline) == std::cv_status::timeout && m_armed
            && m_deadline == deadline && !m_fired) {
            // Wakes the blocked recv() with end-of-file; the driver reports a lost connection.
            ::shutdown(m_socket, SHUT_RDWR);
            m_fired = true;
        }
    }
}
