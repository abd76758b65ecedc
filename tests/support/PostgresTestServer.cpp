// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresTestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <signal.h>

PostgresTestServer::PostgresTestServer()
    : m_serverRunner(QStringLiteral("postgres"))
{
    // Debian keeps the server programs out of PATH, one folder per major version; newest first.
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(entries.begin(), entries.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : entries)
        m_binFolders.append(versions.filePath(version + QStringLiteral("/bin")));
    m_dir.setAutoRemove(true);
}

PostgresTestServer::~PostgresTestServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_server.processId()), SIGINT); // fast shutdown
        if (!m_server.waitForFinished(10000))
            kill();
    }
}

QString PostgresTestServer::program(const QString &name) const
{
    return TestServerProcess::findProgram(name, m_binFolders);
}

QStringList PostgresTestServer::clientArguments(const QString &user, const QString &database) const
{
    return {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
            QStringLiteral("-U"), user,         QStringLiteral("-d"), database};
}

bool PostgresTestServer::start(QString *error)
{
    if (program(QStringLiteral("initdb")).isEmpty() || program(QStringLiteral("psql")).isEmpty()) {
        *error = QStringLiteral("PostgreSQL server programs not found (install the postgresql package)");
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!m_initialised) {
        m_serverRunner.handOver(m_dir.path());
        QString output;
        if (!m_serverRunner.run(program(QStringLiteral("initdb")),
                                {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                                 QStringLiteral("--auth-local=trust"),
                                 QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
                                 QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                                 QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                                &output)) {
            *error = QStringLiteral("initdb failed: ") + output;
            return false;
        }
        if (m_requireTls && !setUpTls(error))
            return false;
        m_initialised = true;
        m_port = TestServerProcess::freePort();
    }
    QStringList tlsArguments;
    if (m_requireTls)
        tlsArguments = {QStringLiteral("-c"),
                        QStringLiteral("ssl=on"),
                        QStringLiteral("-c"),
                        QStringLiteral("ssl_cert_file=") + certificateFile(),
                        QStringLiteral("-c"),
                        QStringLiteral("ssl_key_file=") + m_dir.filePath(QStringLiteral("server.key"))};
    if (!m_serverRunner.start(m_server, program(QStringLiteral("postgres")),
                              QStringList {QStringLiteral("-D"), data,
                                           QStringLiteral("-p"), QString::number(m_port),
                                           QStringLiteral("-k"), m_dir.path(),
                                           QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                                           QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                           QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                                           QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
                                           QStringLiteral("-c"), QStringLiteral("autovacuum=off"),
                                           QStringLiteral("-c"), QStringLiteral("shared_buffers=16MB"),
                                           QStringLiteral("-c"), QStringLiteral("max_connections=30")}
                                  + tlsArguments,
                              m_dir.filePath(QStringLiteral("server.log")))) {
        *error = QStringLiteral("postgres did not start: ") + m_server.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QString output;
    while (timer.elapsed() < 30000) {
        if (m_server.state() == QProcess::NotRunning)
            break;
        if (m_client.run(program(QStringLiteral("psql")),
                         clientArguments(QStringLiteral("postgres"), QStringLiteral("postgres"))
                             + QStringList {QStringLiteral("-Xqc"), QStringLiteral("select 1")},
                         &output, 5000))
            return true;
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("postgres did not become ready: %1\n%2")
                 .arg(output, QString::fromLocal8Bit(log.readAll()));
    return false;
}

void PostgresTestServer::kill()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    // SIGQUIT is PostgreSQL's immediate shutdown: every backend exits at once, like a crash.
    ::kill(static_cast<pid_t>(m_server.processId()), SIGQUIT);
    if (!m_server.waitForFinished(10000)) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

bool PostgresTestServer::createDatabase(const QString &name, const QString &dumpFile, QString *error)
{
    QString output;
    const QString role
        = QStringLiteral("do $$ begin if not exists (select from pg_roles where rolname = 'directus') then "
                         "create role directus login password 'directus-pass'; end if; end $$");
    if (!exec(QStringLiteral("postgres"), role, &output)
        || !exec(QStringLiteral("postgres"),
                 QStringLiteral("create database \"%1\" owner directus").arg(name), &output)) {
        *error = output;
        return false;
    }
    if (dumpFile.isEmpty())
        return true;
    // Loaded as the fixture's user, so it owns the tables as the Directus server's user would.
    if (!m_client.run(program(QStringLiteral("psql")),
                      clientArguments(QStringLiteral("directus"), name)
                          + QStringList {QStringLiteral("-Xq"), QStringLiteral("-v"),
                                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), dumpFile},
                      &output)) {
        *error = QStringLiteral("loading %1 failed: %2").arg(dumpFile, output);
        return false;
    }
    // Settle the catalog so database_size stays the same between our query and the report's.
    return exec(name, QStringLiteral("vacuum analyze"), error)
        && exec(name, QStringLiteral("checkpoint"), error);
}

bool PostgresTestServer::exec(const QString &database, const QString &sql, QString *output)
{
    return m_client.run(program(QStringLiteral("psql")),
                        clientArguments(QStringLiteral("postgres"), database)
                            + QStringList {QStringLiteral("-Xq"), QStringLiteral("-v"),
                                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql},
                        output);
}

QString PostgresTestServer::scalar(const QString &database, const QString &sql)
{
    QString output;
    if (!m_client.run(program(QStringLiteral("psql")),
                      clientArguments(QStringLiteral("postgres"), database)
                          + QStringList {QStringLiteral("-XAtq"), QStringLiteral("-c"), sql},
                      &output))
        return QStringLiteral("ERROR: ") + output;
    return output.trimmed();
}

QByteArray PostgresTestServer::dumpChecksum(const QString &database)
{
    QString output;
    if (!m_client.run(program(QStringLiteral("pg_dump")),
                      clientArguments(QStringLiteral("postgres"), database), &output))
        return {};
    // pg_dump writes a random \restrict key into each dump; everything else is deterministic.
    QStringList lines = output.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("\\restrict")) || line.startsWith(QLatin1String("\\unrestrict"));
    });
    return QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

QString PostgresTestServer::sizeQuery(const QString &database) const
{
    return QStringLiteral("select pg_database_size('%1')").arg(database);
}

bool PostgresTestServer::freeze()
{
    // Only the inspector's backends: the postmaster and the test's own psql must keep working.
    const QString pids
        = scalar(QStringLiteral("postgres"),
                 QStringLiteral("select string_agg(pid::text, ',') from pg_stat_activity where "
                                "application_name = 'directus-telemetry-inspector'"));
    for (const QString &pid : pids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (::kill(static_cast<pid_t>(pid.toLongLong()), SIGSTOP) == 0)
            m_frozen.append(pid.toLongLong());
    }
    return !m_frozen.isEmpty();
}

void PostgresTestServer::thaw()
{
    for (const qint64 pid : std::as_const(m_frozen))
        ::kill(static_cast<pid_t>(pid), SIGCONT);
    m_frozen.clear();
}

QString PostgresTestServer::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("server.crt"));
}

bool PostgresTestServer::setUpTls(QString *error)
{
    QString output;
    TestServerProcess openssl;
    if (!openssl.run(TestServerProcess::findProgram(QStringLiteral("openssl")),
                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                      QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                      QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("server.key")),
                      QStringLiteral("-out"), certificateFile()},
                     &output)) {
        *error = QStringLiteral("openssl could not make a certificate: ") + output;
        return false;
    }
    // The server refuses a key others can read; it must belong to the account the server runs as.
    QFile::setPermissions(m_dir.filePath(QStringLiteral("server.key")), QFile::ReadOwner | QFile::WriteOwner);
    m_serverRunner.handOver(m_dir.path());
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = hba.errorString();
        return false;
    }
    hba.write("local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n");
    return true;
}
