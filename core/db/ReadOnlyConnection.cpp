// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlyConnection.h"

#include "db/MysqlDialect.h"
#include "db/PostgresDialect.h"
#include "db/SqliteDialect.h"
#include "db/WindowedMmapVfs.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
bool mentions(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Turns a driver's connect failure into what a person can act on. The driver's own words are kept at the end
// for anything the patterns do not cover.
QString explainConnectFailure(const DatabaseSettings &settings, const QString &driverText)
{
    const QString server = settings.socketPath.isEmpty()
        ? QStringLiteral("%1:%2")
              .arg(settings.host.isEmpty() ? QStringLiteral("localhost") : settings.host)
              .arg(settings.port)
        : settings.socketPath;
    const QString detail = driverText.simplified();
    QString advice;
    if (detail.contains(QLatin1String("to database '"))) {
        // MySQL answers a missing database and a forbidden one with the same words.
        advice
            = QCoreApplication::translate(
                  "ReadOnlyConnection",
                  "The server at %1 has no database \"%2\" that user \"%3\" may use: it does not exist, or "
                  "DB_USER has no rights on it. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).")
                  .arg(server, settings.databaseName, settings.user);
    } else if (mentions(detail,
                        {"password authentication failed", "Access denied for user", "no password supplied",
                         "authentication failed"})) {
        advice = QCoreApplication::translate(
                     "ReadOnlyConnection",
                     "The server at %1 refused user \"%2\": wrong password or user (check DB_USER and "
                     "DB_PASSWORD, or use --ask-password).")
                     .arg(server, settings.user);
    } else if (mentions(detail, {"does not exist\"", "Unknown database"})
               || (detail.contains(QLatin1String("database \""))
                   && detail.contains(QLatin1String("does not exist")))) {
        advice = QCoreApplication::translate(
                     "ReadOnlyConnection",
                     "The server at %1 has no database \"%2\". Check DB_DATABASE (or the database in "
                     "DB_CONNECTION_STRING).")
                     .arg(server, settings.databaseName);
    } else if (mentions(detail, {"SSL", "TLS", "certificate", "no encryption"})) {
        advice
            = QCoreApplication::translate(
                  "ReadOnlyConnection",
                  "TLS to %1 failed. If the server requires TLS set DB_SSL=true; if it offers none, remove "
                  "DB_SSL; for a private CA set DB_SSL__CA_FILE; DB_SSL__REJECT_UNAUTHORIZED=false skips "
                  "certificate checks.")
                  .arg(server);
    } else if (mentions(detail, {"timeout expired", "timed out", "Connection timed out"})) {
        advice = QCoreApplication::translate(
                     "ReadOnlyConnection",
                     "No answer from %1 within %2 seconds. Is the host reachable from here (firewall, Docker "
                     "network)? Values that only resolve inside Compose can be overridden with --env "
                     "DB_HOST=... --env DB_PORT=....")
                     .arg(server)
                     .arg(settings.connectTimeoutSeconds);
    } else if (mentions(detail,
                        {"could not translate host name", "Unknown server host", "Name or service not known",
                         "Temporary failure in name resolution"})) {
        advice
            = QCoreApplication::translate(
                  "ReadOnlyConnection",
                  "The host name \"%1\" does not resolve from here. If it is a Docker Compose service name, "
                  "pass --env DB_HOST=<address reachable from this machine>.")
                  .arg(settings.host);
    } else if (mentions(detail,
                        {"Connection refused", "Can't connect", "could not connect",
                         "No such file or "
                         "directory",
                         "is the server running"})) {
        advice
            = QCoreApplication::translate(
                  "ReadOnlyConnection",
                  "Nothing accepts connections at %1. Is the database server running, and are DB_HOST and "
                  "DB_PORT right for this machine? (Inside Docker Compose the server may only be reachable "
                  "as a service name; pass --env DB_HOST=... --env DB_PORT=....)")
                  .arg(server);
    } else {
        advice = QCoreApplication::translate("ReadOnlyConnection", "Could not connect to %1.").arg(server);
    }
    return QCoreApplication::translate("ReadOnlyConnection", "%1 Server said: %2").arg(advice, detail);
}
} // namespace

ReadOnlyConnection::ReadOnlyConnection(const DatabaseSettings &settings)
    : m_settings(settings)
    , m_connectionName(QStringLiteral("dti-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_watchdog.reset(); // before the socket it watches is closed (and its number reused)
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase ReadOnlyConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ReadOnlyConnection::open(QString *errorMessage)
{
    // The client-side deadline comes after the server-side limit, so a merely slow query gets the server's
    // own, clearer error.
    const auto deadline = std::chrono::seconds(m_settings.queryTimeoutSeconds + 5);
    switch (m_settings.client) {
    case DatabaseSettings::Client::Sqlite:
        return openSqlite(errorMessage);
    case DatabaseSettings::Client::Postgres:
        if (!openPostgres(errorMessage))
            return false;
        m_watchdog = std::make_unique<QueryWatchdog>(database(), deadline);
        return true;
    case DatabaseSettings::Client::MySql:
        if (!openMysql(errorMessage))
            return false;
        m_watchdog = std::make_unique<QueryWatchdog>(database(), deadline);
        return true;
    default:
        *errorMessage = QCoreApplication::translate(
                            "ReadOnlyConnection",
                            "Reading %1 databases is not supported by this version of the inspector.")
                            .arg(m_settings.clientName);
        return false;
    }
}

bool ReadOnlyConnection::openSqlite(QString *errorMessage)
{
    const QString path = m_settings.sqliteFile;
    const QFileInfo info(path);
    if (!info.exists()) {
        *errorMessage
            = QCoreApplication::translate(
                  "ReadOnlyConnection",
                  "The SQLite database %1 (DB_FILENAME) does not exist. Check DB_FILENAME in the "
                  "project's configuration; relative paths are resolved against the project folder.")
                  .arg(path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *errorMessage
            = QCoreApplication::translate(
                  "ReadOnlyConnection",
                  "The SQLite database %1 (DB_FILENAME) is not a readable file. Check its permissions.")
                  .arg(path);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *errorMessage = QCoreApplication::translate(
            "ReadOnlyConnection",
            "Qt's SQLite driver (QSQLITE) is not installed; install the package libqt6sql6-sqlite.");
        return false;
    }
    m_dialect = std::make_unique<SqliteDialect>();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // Read-only at the SQLite level: no write can reach the file through this connection.
    const QString readOnly = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
    // Through the windowed memory map when this process's SQLite has it (Qt's driver uses the system
    // library, where the VFS is registered); else, or if the driver does not know the VFS, the plain way.
    bool mapped = false;
    if (WindowedMmapVfs::ensureRegistered()) {
        db.setDatabaseName(WindowedMmapVfs::uriFor(info.absoluteFilePath()));
        db.setConnectOptions(readOnly + QStringLiteral(";QSQLITE_OPEN_URI"));
        mapped = db.open();
        if (!mapped)
            db.close();
    }
    if (!mapped) {
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly);
        if (!db.open()) {
            *errorMessage = QCoreApplication::translate("ReadOnlyConnection",
                                                        "Could not open the SQLite database %1: %2")
                                .arg(path, db.lastError().text());
            return false;
        }
    }
    // Opening is lazy in SQLite; the first read tells whether the file is a database at all.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("select count(*) from sqlite_master"))) {
        *errorMessage
            = QCoreApplication::translate(
                  "ReadOnlyConnection",
                  "%1 is not a readable SQLite database (%2). Is DB_FILENAME pointing at the right file, "
                  "and is the file intact?")
                  .arg(path, probe.lastError().text());
        return false;
    }
    if (mapped)
        QSqlQuery(db).exec(WindowedMmapVfs::enableStatement()); // an optimisation: reads work without it
    return true;
}

QString ReadOnlyConnection::writePem(const QString &name, const QString &pem)
{
    if (!m_tlsFiles)
        m_tlsFiles = std::make_unique<QTemporaryDir>();
    const QString path = m_tlsFiles->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // libpq refuses a key others can read
    file.write(pem.toUtf8());
    return path;
}

bool ReadOnlyConnection::openPostgres(QString *errorMessage)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *errorMessage = QCoreApplication::translate(
            "ReadOnlyConnection",
            "Qt's PostgreSQL driver (QPSQL) is not installed; install the package "
            "libqt6sql6-psql.");
        return false;
    }
    m_dialect = std::make_unique<PostgresDialect>(m_settings.searchPath);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_settings.host);
    if (m_settings.port > 0)
        db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.databaseName);
    db.setUserName(m_settings.user);
    db.setPassword(m_settings.password);

    // Read-only from the first statement: every transaction of this session, including each autocommitted
    // statement, is READ ONLY. statement_timeout bounds each query on the server; keepalives notice a dead
    // peer; connect_timeout bounds the connect.
    QStringList options = {
        QStringLiteral("connect_timeout=%1").arg(m_settings.connectTimeoutSeconds),
        QStringLiteral("application_name=directus-telemetry-inspector"),
        QStringLiteral("options='-c default_transaction_read_only=on -c statement_timeout=%1'")
            .arg(m_settings.queryTimeoutSeconds * 1000),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=10"),
        QStringLiteral("keepalives_interval=5"),
        QStringLiteral("keepalives_count=3"),
    };
    switch (m_settings.tls) {
    case DatabaseSettings::Tls::Off:
        // node-postgres without ssl never tries TLS; libpq's default "prefer" would.
        options.append(QStringLiteral("sslmode=disable"));
        break;
    case DatabaseSettings::Tls::Require:
        options.append(QStringLiteral("sslmode=require"));
        break;
    case DatabaseSettings::Tls::VerifyFull: {
        options.append(QStringLiteral("sslmode=verify-full"));
        // node verifies against its bundled public CAs unless DB_SSL__CA names another.
        const QString ca = m_settings.tlsCa.isEmpty() ? QStringLiteral("/etc/ssl/certs/ca-certificates.crt")
                                                      : writePem(QStringLiteral("ca.pem"), m_settings.tlsCa);
        options.append(QStringLiteral("sslrootcert=%1").arg(ca));
        break;
    }
    }
    if (!m_settings.tlsCert.isEmpty())
        options.append(
            QStringLiteral("sslcert=%1").arg(writePem(QStringLiteral("cert.pem"), m_settings.tlsCert)));
    if (!m_settings.tlsKey.isEmpty())
        options.append(
            QStringLiteral("sslkey=%1").arg(writePem(QStringLiteral("key.pem"), m_settings.tlsKey)));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *errorMessage = explainConnectFailure(
            m_settings,
            db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText());
        return false;
    }
    QSqlQuery query(db);
    if (!m_settings.searchPath.isEmpty()) {
        // Directus runs exactly this on each new session: every name double-quoted, exact case.
        QStringList quoted;
        for (const QString &schema : m_settings.searchPath)
            quoted.append(m_dialect->quoteIdentifier(schema));
        if (!query.exec(QStringLiteral("set search_path to ") + quoted.join(QLatin1Char(',')))) {
            *errorMessage
                = QCoreApplication::translate("ReadOnlyConnection", "Could not set DB_SEARCH_PATH on %1: %2")
                      .arg(m_settings.describe(), query.lastError().text());
            return false;
        }
    }
    // Belt and braces: refuse to go on unless the server confirms the session is read-only.
    if (!query.exec(QStringLiteral("show transaction_read_only")) || !query.next()
        || query.value(0).toString() != QLatin1String("on")) {
        *errorMessage = QCoreApplication::translate(
                            "ReadOnlyConnection",
                            "%1 did not accept a read-only session (%2); the inspector will not read it "
                            "through a writable connection.")
                            .arg(m_settings.describe(), query.lastError().text());
        return false;
    }
    return true;
}

bool ReadOnlyConnection::openMysql(QString *errorMessage)
{
    QString driver = QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        driver = QStringLiteral("QMARIADB");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *errorMessage = QCoreApplication::translate(
            "ReadOnlyConnection",
            "Qt's MySQL/MariaDB driver (QMYSQL) is not installed; install the package "
            "libqt6sql6-mysql.");
        return false;
    }
    m_dialect = std::make_unique<MysqlDialect>(m_settings.databaseName);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    db.setHostName(m_settings.host);
    if (m_settings.port > 0)
        db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.databaseName);
    db.setUserName(m_settings.user);
    db.setPassword(m_settings.password);
    // The client's read/write timeouts are what stop a query from waiting forever on a dead server.
    QStringList options = {
        QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(m_settings.connectTimeoutSeconds),
        QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(m_settings.queryTimeoutSeconds),
        QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1").arg(m_settings.queryTimeoutSeconds),
    };
    if (!m_settings.socketPath.isEmpty())
        options.append(QStringLiteral("UNIX_SOCKET=%1").arg(m_settings.socketPath));
    if (m_settings.tls != DatabaseSettings::Tls::Off) {
        // Qt's driver turns TLS on through the CA option; without a CA of the user's, the system bundle.
        const QString ca = m_settings.tlsCa.isEmpty() ? QStringLiteral("/etc/ssl/certs/ca-certificates.crt")
                                                      : writePem(QStringLiteral("ca.pem"), m_settings.tlsCa);
        options.append(QStringLiteral("SSL_CA=%1").arg(ca));
        if (!m_settings.tlsCert.isEmpty())
            options.append(
                QStringLiteral("SSL_CERT=%1").arg(writePem(QStringLiteral("cert.pem"), m_settings.tlsCert)));
        if (!m_settings.tlsKey.isEmpty())
            options.append(
                QStringLiteral("SSL_KEY=%1").arg(writePem(QStringLiteral("key.pem"), m_settings.tlsKey)));
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *errorMessage = explainConnectFailure(
            m_settings,
            db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText());
        return false;
    }
    QSqlQuery query(db);
    if (m_settings.tls != DatabaseSettings::Tls::Off) {
        // The client library quietly falls back to plain text when the server offers no TLS; mysql2
        // (Directus) refuses, and so does the inspector. Ssl_cipher is empty on an unencrypted session.
        const bool encrypted = query.exec(QStringLiteral("show session status like 'Ssl_cipher'"))
            && query.next() && !query.value(1).toString().isEmpty();
        if (!encrypted) {
            *errorMessage = explainConnectFailure(
                m_settings,
                QCoreApplication::translate(
                    "ReadOnlyConnection",
                    "TLS was asked for (DB_SSL), but the server offers no TLS, so the session is not "
                    "encrypted"));
            db.close();
            return false;
        }
    }
    // Every later transaction, autocommitted statements included, is READ ONLY: writes fail with
    // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION.
    if (!query.exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY"))) {
        *errorMessage = QCoreApplication::translate(
                            "ReadOnlyConnection",
                            "%1 did not accept a read-only session (%2); the inspector will not read it "
                            "through a writable connection.")
                            .arg(m_settings.describe(), query.lastError().text());
        return false;
    }
    // A server-side limit as well, where the server has one (MariaDB: seconds; MySQL: milliseconds, SELECT
    // only). Failing to set it is harmless: the client read timeout still applies.
    if (!query.exec(
            QStringLiteral("SET SESSION max_statement_time = %1").arg(m_settings.queryTimeoutSeconds)))
        query.exec(
            QStringLiteral("SET SESSION max_execution_time = %1").arg(m_settings.queryTimeoutSeconds * 1000));
    return true;
}
