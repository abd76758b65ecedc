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

// 1: entries; 2: received (the review gate's reports and queue).
constexpr int SchemaVersion = 2;

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
        bool created = true;
        if (version < 1)
            created = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
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
                                                " sha256 TEXT NOT NULL)"));
        // No request header column on purpose: the Authorization value must never reach the disk.
        if (created && version < 2)
            created = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS received ("
                                                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                                " time TEXT NOT NULL,"
                                                " channel TEXT NOT NULL,"
                                                " state TEXT NOT NULL,"
                                                " project TEXT NOT NULL DEFAULT '',"
                                                " source TEXT NOT NULL DEFAULT '',"
                                                " content_type TEXT NOT NULL DEFAULT '',"
                                                " had_authorization INTEGER NOT NULL DEFAULT 0,"
                                                " bytes BLOB NOT NULL,"
                                                " sha256 TEXT NOT NULL,"
                                                " personal_data INTEGER NOT NULL DEFAULT 0,"
                                                " redaction_failed INTEGER NOT NULL DEFAULT 0,"
                                                " redaction TEXT NOT NULL DEFAULT '',"
                                                " diff_flagged INTEGER NOT NULL DEFAULT 0,"
                                                " diff TEXT NOT NULL DEFAULT '',"
                                                " computed_entry INTEGER NOT NULL DEFAULT 0,"
                                                " destination TEXT NOT NULL DEFAULT '',"
                                                " forward_outcome TEXT NOT NULL DEFAULT '',"
                                                " forward_status INTEGER NOT NULL DEFAULT 0,"
                                                " forward_error TEXT NOT NULL DEFAULT '',"
                                                " note TEXT NOT NULL DEFAULT '')"));
        created = created && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
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

qint64 ReportHistory::recordReceived(ReceivedReport &report, QString *errorMessage)
{
    QString ignored;
    QString *error = errorMessage ? errorMessage : &ignored;
    if (!m_open && !open(error))
        return 0;
    if (!report.time.isValid())
        report.time = QDateTime::currentDateTimeUtc();
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT INTO received (time, channel, state, project, source, content_type, had_authorization, "
        "bytes, sha256, personal_data, redaction_failed, redaction, diff_flagged, diff, computed_entry, "
        "destination, forward_outcome, forward_status, forward_error, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(report.time.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(ReceivedReport::channelName(report.channel));
    query.addBindValue(ReceivedReport::stateName(report.state));
    query.addBindValue(text(report.project));
    query.addBindValue(text(report.source));
    query.addBindValue(text(report.contentType));
    query.addBindValue(report.hadAuthorization ? 1 : 0);
    query.addBindValue(report.bytes.isNull() ? QByteArray("") : report.bytes);
    query.addBindValue(QString::fromLatin1(report.sha256));
    query.addBindValue(report.personalData ? 1 : 0);
    query.addBindValue(report.redactionFailed ? 1 : 0);
    query.addBindValue(text(report.redaction));
    query.addBindValue(report.diffFlagged ? 1 : 0);
    query.addBindValue(text(report.diff.join(QLatin1Char('\n'))));
    query.addBindValue(report.computedEntryId);
    query.addBindValue(text(report.destination));
    query.addBindValue(text(report.forwardOutcome));
    query.addBindValue(report.forwardStatus);
    query.addBindValue(text(report.forwardError));
    query.addBindValue(text(report.note));
    if (!query.exec()) {
        *error = tr("Cannot write to the history %1: %2").arg(m_path, query.lastError().text());
        qCWarning(lcHistory) << *error;
        return 0;
    }
    report.id = query.lastInsertId().toLongLong();
    Q_EMIT receivedAdded(report);
    return report.id;
}

bool ReportHistory::updateReceived(const ReceivedReport &report, QString *errorMessage)
{
    QString ignored;
    QString *error = errorMessage ? errorMessage : &ignored;
    if (!m_open && !open(error))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "UPDATE received SET state = ?, project = ?, content_type = ?, had_authorization = ?, "
        "personal_data = ?, redaction_failed = ?, redaction = ?, diff_flagged = ?, diff = ?, "
        "computed_entry = ?, destination = ?, forward_outcome = ?, forward_status = ?, forward_error = ?, "
        "note = ? WHERE id = ?"));
    query.addBindValue(ReceivedReport::stateName(report.state));
    query.addBindValue(text(report.project));
    query.addBindValue(text(report.contentType));
    query.addBindValue(report.hadAuthorization ? 1 : 0);
    query.addBindValue(report.personalData ? 1 : 0);
    query.addBindValue(report.redactionFailed ? 1 : 0);
    query.addBindValue(text(report.redaction));
    query.addBindValue(report.diffFlagged ? 1 : 0);
    query.addBindValue(text(report.diff.join(QLatin1Char('\n'))));
    query.addBindValue(report.computedEntryId);
    query.addBindValue(text(report.destination));
    query.addBindValue(text(report.forwardOutcome));
    query.addBindValue(report.forwardStatus);
    query.addBindValue(text(report.forwardError));
    query.addBindValue(text(report.note));
    query.addBindValue(report.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = tr("Cannot update received report %1 in the history %2: %3")
                     .arg(report.id)
                     .arg(m_path, query.lastError().text());
        qCWarning(lcHistory) << *error;
        return false;
    }
    if (const auto stored = receivedReport(report.id))
        Q_EMIT receivedChanged(*stored);
    return true;
}

bool ReportHistory::transitionReceived(qint64 id, ReceivedReport::State from, ReceivedReport::State to,
                                       const QString &note)
{
    QString error;
    if (!m_open && !open(&error))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("UPDATE received SET state = ?, note = CASE WHEN ? = '' THEN note ELSE ? END "
                       "WHERE id = ? AND state = ?"));
    query.addBindValue(ReceivedReport::stateName(to));
    query.addBindValue(text(note));
    query.addBindValue(text(note));
    query.addBindValue(id);
    query.addBindValue(ReceivedReport::stateName(from));
    if (!query.exec() || query.numRowsAffected() != 1)
        return false;
    if (const auto stored = receivedReport(id))
        Q_EMIT receivedChanged(*stored);
    return true;
}

QList<ReceivedReport> ReportHistory::selectReceived(const QString &where, const QVariantList &bindings) const
{
    QList<ReceivedReport> result;
    if (!m_open)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT id, time, channel, state, project, source, content_type, had_authorization, "
                       "bytes, sha256, personal_data, redaction_failed, redaction, diff_flagged, diff, "
                       "computed_entry, destination, forward_outcome, forward_status, forward_error, note "
                       "FROM received ")
        + where);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec()) {
        qCWarning(lcHistory) << "cannot read the received reports:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        ReceivedReport report;
        report.id = query.value(0).toLongLong();
        report.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        report.channel = ReceivedReport::channelFromName(query.value(2).toString());
        report.state = ReceivedReport::stateFromName(query.value(3).toString());
        report.project = query.value(4).toString();
        report.source = query.value(5).toString();
        report.contentType = query.value(6).toString();
        report.hadAuthorization = query.value(7).toInt() != 0;
        report.bytes = query.value(8).toByteArray();
        report.sha256 = query.value(9).toString().toLatin1();
        report.personalData = query.value(10).toInt() != 0;
        report.redactionFailed = query.value(11).toInt() != 0;
        report.redaction = query.value(12).toString();
        report.diffFlagged = query.value(13).toInt() != 0;
        const QString diff = query.value(14).toString();
        report.diff = diff.isEmpty() ? QStringList() : diff.split(QLatin1Char('\n'));
        report.computedEntryId = query.value(15).toLongLong();
        report.destination = query.value(16).toString();
        report.forwardOutcome = query.value(17).toString();
        report.forwardStatus = query.value(18).toInt();
        report.forwardError = query.value(19).toString();
        report.note = query.value(20).toString();
        result.append(report);
    }
    return result;
}

QList<ReceivedReport> ReportHistory::receivedReports() const
{
    return selectReceived(QStringLiteral("ORDER BY id"), {});
}

std::optional<ReceivedReport> ReportHistory::receivedReport(qint64 id) const
{
    const QList<ReceivedReport> found = selectReceived(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}
