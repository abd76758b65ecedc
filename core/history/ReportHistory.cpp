// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHistory.h"

#include "send/SendResult.h"
#include "send/TelemetryRequest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcHistory, "dti.core.history", QtWarningMsg)

namespace {

constexpr int SchemaVersion = 1;

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

ReportHistory::ReportHistory(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_path(QDir(directory).filePath(QStringLiteral("history.sqlite")))
    // A name of its own per instance: QSqlDatabase connections are global by name, and the inspected
    // database's connections must never be reused for (or by) the history.
    , m_connectionName(QStringLiteral("dti-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ReportHistory::~ReportHistory()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ReportHistory::open(QString *errorMessage)
{
    if (m_open)
        return true;
    if (!QDir().mkpath(m_directory)) {
        *errorMessage = tr("Cannot create the history folder %1.").arg(m_directory);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *errorMessage = tr("Cannot open the history database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        *errorMessage
            = tr("The history database %1 is damaged (%2); move it away to start a new history.")
                  .arg(m_path,
                       query.lastError().isValid() ? query.lastError().text() : query.value(0).toString());
        return false;
    }
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > SchemaVersion) {
        *errorMessage
            = tr("The history database %1 was written by a newer version of the inspector.").arg(m_path);
        return false;
    }
    if (version < SchemaVersion) {
        db.transaction();
        const bool created = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
                                                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                                       " kind TEXT NOT NULL,"
                                                       " time TEXT NOT NULL,"
                                                       " project TEXT NOT NULL DEFAULT '',"
                                                       " destination TEXT NOT NULL DEFAULT '',"
                                                       " outcome TEXT NOT NULL DEFAULT '',"
                                                       " http_status INTEGER NOT NULL DEFAULT 0,"
                                                       " error TEXT NOT NULL DEFAULT '',"
                                                       " trigger TEXT NOT NULL DEFAULT '',"
                                                       " bytes BLOB NOT NULL,"
                                                       " sha256 TEXT NOT NULL)"))
            && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
        if (!created || !db.commit()) {
            *errorMessage = tr("Cannot create the history in %1: %2").arg(m_path, query.lastError().text());
            db.rollback();
            return false;
        }
    }
    m_open = true;
    qCDebug(lcHistory) << "history opened at" << m_path;
    return true;
}

QByteArray ReportHistory::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

qint64 ReportHistory::record(HistoryEntry entry, QString *errorMessage)
{
    QString ignored;
    QString *error = errorMessage ? errorMessage : &ignored;
    if (!m_open && !open(error))
        return 0;
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    entry.sha256 = sha256Hex(entry.bytes);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("INSERT INTO entries (kind, time, project, destination, outcome, http_status, "
                       "error, trigger, bytes, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(HistoryEntry::kindName(entry.kind));
    query.addBindValue(entry.time.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(entry.project));
    query.addBindValue(text(entry.destination));
    query.addBindValue(text(entry.outcome));
    query.addBindValue(entry.httpStatus);
    query.addBindValue(text(entry.error));
    query.addBindValue(text(entry.trigger));
    query.addBindValue(entry.bytes);
    query.addBindValue(QString::fromLatin1(entry.sha256));
    if (!query.exec()) {
        *error = tr("Cannot write to the history %1: %2").arg(m_path, query.lastError().text());
        qCWarning(lcHistory) << *error;
        return 0;
    }
    entry.id = query.lastInsertId().toLongLong();
    Q_EMIT entryAdded(entry);
    return entry.id;
}

qint64 ReportHistory::recordComputed(const QString &project, const QByteArray &bytes, const QString &trigger)
{
    HistoryEntry entry;
    entry.kind = HistoryEntry::Kind::Computed;
    entry.project = project;
    entry.bytes = bytes;
    entry.trigger = trigger;
    return record(entry);
}

qint64 ReportHistory::recordSend(const QString &project, const TelemetryRequest &request,
                                 const SendResult &result, const QString &trigger)
{
    HistoryEntry entry;
    entry.kind = HistoryEntry::Kind::Sent;
    entry.time = result.startedAt;
    entry.project = project;
    entry.destination = request.destination();
    entry.outcome = SendResult::kindName(result.kind);
    entry.httpStatus = result.httpStatus;
    // The sender already redacts; redacting again costs nothing and keeps the promise local.
    entry.error = request.redact(result.ok() ? QString() : result.summary());
    entry.trigger = trigger;
    entry.bytes = request.body();
    return record(entry);
}

qint64 ReportHistory::recordExport(const QString &project, const QString &file, const QByteArray &bytes)
{
    HistoryEntry entry;
    entry.kind = HistoryEntry::Kind::Exported;
    entry.project = project;
    entry.destination = file;
    entry.bytes = bytes;
    entry.trigger = QStringLiteral("export");
    return record(entry);
}

QList<HistoryEntry> ReportHistory::select(const QString &where, const QVariantList &bindings) const
{
    QList<HistoryEntry> result;
    if (!m_open)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT id, kind, time, project, destination, outcome, http_status, error, "
                                 "trigger, bytes, sha256 FROM entries ")
                  + where);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec()) {
        qCWarning(lcHistory) << "cannot read the history:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.kind = HistoryEntry::kindFromName(query.value(1).toString());
        entry.time = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        entry.project = query.value(3).toString();
        entry.destination = query.value(4).toString();
        entry.outcome = query.value(5).toString();
        entry.httpStatus = query.value(6).toInt();
        entry.error = query.value(7).toString();
        entry.trigger = query.value(8).toString();
        entry.bytes = query.value(9).toByteArray();
        entry.sha256 = query.value(10).toString().toLatin1();
        result.append(entry);
    }
    return result;
}

QList<HistoryEntry> ReportHistory::entries() const
{
    return select(QStringLiteral("ORDER BY id"), {});
}

std::optional<HistoryEntry> ReportHistory::entry(qint64 id) const
{
    const QList<HistoryEntry> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<HistoryEntry> ReportHistory::lastDelivered(const QString &project) const
{
    const QList<HistoryEntry> found = project.isEmpty()
        ? select(QStringLiteral("WHERE kind = 'sent' AND outcome = 'success' ORDER BY id DESC LIMIT 1"), {})
        : select(QStringLiteral("WHERE kind = 'sent' AND outcome = 'success' AND project = ? "
                                "ORDER BY id DESC LIMIT 1"),
                 {project});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}
