// SPDX-License-Identifier: GPL-3.0-or-later
#include "MariadbTestServer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <signal.h>
#include <unistd.h>

namespace {
QString findFirst(const QStringList &names)
{
    for (const QString &name : names) {
        const QString found = TestServerProcess::findProgram(name, {QStringLiteral("/usr/sbin")});
        if (!found.isEmpty())
            return found;
    }
    return QString();
}
} // namespace

MariadbTestServer::MariadbTestServer() = default;

MariadbTestServer::~MariadbTestServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(15000))
            kill();
    }
}

QStringList MariadbTestServer::clientArguments(const QString &database) const
{
    QStringList arguments = {QStringLiteral("--no-defaults"), QStringLiteral("-S"),
                             m_dir.filePath(QStringLiteral("sock")), QStringLiteral("-uroot")};
    if (!database.isEmpty())
        arguments.append(database);
    return arguments;
}

bool MariadbTestServer::start(QString *error)
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const bool root = ::geteuid() == 0;
    if (!m_initialised) {
        const QString install
            = findFirst({QStringLiteral("mariadb-install-db"), QStringLiteral("mysql_install_db")});
        if (install.isEmpty()) {
            *error = QStringLiteral("mariadb-install-db not found (install the mariadb-server package)");
            return false;
        }
        QStringList arguments
            = {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
               QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db")};
        if (root)
            arguments.append(QStringLiteral("--user=root"));
        QString output;
        if (!m_runner.run(install, arguments, &output)) {
            *error = QStringLiteral("mariadb-install-db failed: ") + output;
            return false;
        }
        m_initialised = true;
        m_port = TestServerProcess::freePort();
    }
    QStringList arguments = {QStringLiteral("--no-defaults"),
                             QStringLiteral("--datadir=") + data,
                             QStringLiteral("--socket=") + m_dir.filePath(QStringLiteral("sock")),
                             QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("mariadbd.pid")),
                             QStringLiteral("--port=%1").arg(m_port),
                             QStringLiteral("--bind-address=127.0.0.1"),
                             QStringLiteral("--skip-log-bin"),
                             QStringLiteral("--innodb-buffer-pool-size=32M"),
                             QStringLiteral("--innodb-log-file-size=16M"),
                             QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
                             QStringLiteral("--innodb-doublewrite=0"),
                             QStringLiteral("--skip-innodb-stats-auto-recalc")};
    if (root)
        arguments.append(QStringLiteral("--user=root"));
    if (!m_runner.start(m_server, findFirst({QStringLiteral("mariadbd"), QStringLiteral("mysqld")}),
                        arguments, m_dir.filePath(QStringLiteral("server.log")))) {
        *error = QStringLiteral("mariadbd did not start: ") + m_server.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QString output;
    while (timer.elapsed() < 60000) {
        if (m_server.state() == QProcess::NotRunning)
            break;
        if (exec(QString(), QStringLiteral("select 1"), &output))
            return true;
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("mariadbd did not become ready: %1\n%2")
                 .arg(output, QString::fromLocal8Bit(log.readAll()));
    return false;
}

void MariadbTestServer::kill()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.kill(); // SIGKILL: connections break as in a crash
    m_server.waitForFinished(10000);
}

bool MariadbTestServer::createDatabase(const QString &name, const QString &dumpFile, QString *error)
{
    QString output;
    const QString setup
        = QStringLiteral("create database `%1`;"
                         "create user if not exists 'directus'@'%' identified by 'directus-pass';"
                         "create user if not exists 'directus'@'localhost' identified by 'directus-pass';"
                         "grant all on `%1`.* to 'directus'@'%';"
                         "grant all on `%1`.* to 'directus'@'localhost';")
              .arg(name);
    if (!exec(QString(), setup, &output)) {
        *error = output;
        return false;
    }
    if (dumpFile.isEmpty())
        return true;
    if (!m_runner.run(findFirst({QStringLiteral("mariadb"), QStringLiteral("mysql")}), clientArguments(name),
                      &output, 120000, dumpFile)) {
        *error = QStringLiteral("loading %1 failed: %2").arg(dumpFile, output);
        return false;
    }
    // Persistent statistics, so information_schema's data_length stays put between two reads.
    return exec(name, QStringLiteral("select 1"), error);
}

bool MariadbTestServer::exec(const QString &database, const QString &sql, QString *output)
{
    return m_runner.run(findFirst({QStringLiteral("mariadb"), QStringLiteral("mysql")}),
                        clientArguments(database) + QStringList {QStringLiteral("-e"), sql}, output, 60000);
}

QString MariadbTestServer::scalar(const QString &database, const QString &sql)
{
    QString output;
    if (!m_runner.run(
            findFirst({QStringLiteral("mariadb"), QStringLiteral("mysql")}),
            clientArguments(database)
                + QStringList {QStringLiteral("-N"), QStringLiteral("-B"), QStringLiteral("-e"), sql},
            &output, 60000))
        return QStringLiteral("ERROR: ") + output;
    return output.trimmed();
}

QByteArray MariadbTestServer::dumpChecksum(const QString &database)
{
    QString output;
    if (!m_runner.run(findFirst({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")}),
                      {QStringLiteral("--no-defaults"), QStringLiteral("-S"),
                       m_dir.filePath(QStringLiteral("sock")), QStringLiteral("-uroot"),
                       QStringLiteral("--skip-dump-date"), QStringLiteral("--routines"),
                       QStringLiteral("--triggers"), database},
                      &output, 60000))
        return {};
    return QCryptographicHash::hash(output.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString MariadbTestServer::sizeQuery(const QString &database) const
{
    return QStringLiteral("select sum(`size`) as `size` from (select data_length + index_length AS size from "
                          "`information_schema`.`TABLES` where `table_schema` = '%1') as `size`")
        .arg(database);
}

bool MariadbTestServer::freeze()
{
    // One process serves every connection: stopping it stops them all.
    if (m_server.state() == QProcess::NotRunning
        || ::kill(static_cast<pid_t>(m_server.processId()), SIGSTOP) != 0)
        return false;
    m_frozen.append(m_server.processId());
    return true;
}

void MariadbTestServer::thaw()
{
    for (const qint64 pid : std::as_const(m_frozen))
        ::kill(static_cast<pid_t>(pid), SIGCONT);
    m_frozen.clear();
}
