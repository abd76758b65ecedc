// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"

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

Q_SIGNALS:
    void entryAdded(const HistoryEntry &entry);

private:
    QList<HistoryEntry> select(const QString &where, const QVariantList &bindings) const;

    QString m_directory;
    QString m_path;
    QString m_connectionName;
    bool m_open = false;
};
