// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"
#include "history/ReceivedReport.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class SendResult;
class TelemetryRequest;

// The inspector's own record of reports: every report computed, sent (each attempt, with its outcome) or
// exported, with the exact bytes and their SHA-256, in an SQLite file (`history.sqlite`) inside a folder the
// caller chooses (the app passes QStandardPaths::AppDataLocation, tests a temporary folder). It uses a
// connection name of its own, so it can never touch the inspected Directus database. Nothing secret is
// written: no request headers, destinations without credentials, and error texts redacted of the
// Authorization value. Use it from one thread (the GUI or CLI thread); entryAdded() tells views to refresh.
// It also keeps the review gate's received reports (table `received`, schema version 2): the queue of held
// reports lives here so that `gate approve|discard ID` works from another process; receivedAdded() and
// receivedChanged() tell a "Received" view what to refresh.
// Not supported: pruning old entries (a report is a few hundred bytes; years of six-hourly sends stay small).
class ReportHistory : public QObject
{
    Q_OBJECT

public:
    explicit ReportHistory(const QString &directory, QObject *parent = nullptr);
    ~ReportHistory() override;

    // Creates the folder and the database if needed, checks integrity and the schema. False with a message
    // naming the file when it cannot be used.
    bool open(QString *errorMessage);
    bool isOpen() const { return m_open; }
    QString databasePath() const { return m_path; }

    // Stores the entry (time and SHA-256 are filled in when empty); returns its id, or 0 on failure.
    qint64 record(HistoryEntry entry, QString *errorMessage = nullptr);
    qint64 recordComputed(const QString &project, const QByteArray &bytes, const QString &trigger);
    qint64 recordSend(const QString &project, const TelemetryRequest &request, const SendResult &result,
                      const QString &trigger);
    qint64 recordExport(const QString &project, const QString &file, const QByteArray &bytes);

    QList<HistoryEntry> entries() const; // oldest first
    std::optional<HistoryEntry> entry(qint64 id) const;
    // The newest report the intake accepted (2xx); for one project, or any when project is empty.
    std::optional<HistoryEntry> lastDelivered(const QString &project = QString()) const;

    static QByteArray sha256Hex(const QByteArray &bytes);

    // The review gate's received reports. recordReceived fills in id and time (when empty); sha256 must be
    // set by the caller, since an owner registration's stored bytes are masked.
    qint64 recordReceived(ReceivedReport &report, QString *errorMessage = nullptr);
    // Writes everything but id, time, channel, source, bytes and sha256 (those never change).
    bool updateReceived(const ReceivedReport &report, QString *errorMessage = nullptr);
    // Moves a report from one state to another only if it is still in `from`: the one step that keeps two
    // processes (the gate and `gate approve` in a terminal) from both forwarding or discarding it.
    bool transitionReceived(qint64 id, ReceivedReport::State from, ReceivedReport::State to,
                            const QString &note = QString());
    QList<ReceivedReport> receivedReports() const; // oldest first
    std::optional<ReceivedReport> receivedReport(qint64 id) const;

Q_SIGNALS:
    void entryAdded(const HistoryEntry &entry);
    void receivedAdded(const ReceivedReport &report);
    void receivedChanged(const ReceivedReport &report);

private:
    QList<HistoryEntry> select(const QString &where, const QVariantList &bindings) const;
    QList<ReceivedReport> selectReceived(const QString &where, const QVariantList &bindings) const;

    QString m_directory;
    QString m_path;
    QString m_connectionName;
    bool m_open = false;
};
