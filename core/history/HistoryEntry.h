// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// One row of the report history: a report that was computed, sent (or attempted) or exported, with its exact
// bytes and their SHA-256. A value type; ReportHistory creates and reads them. Holds nothing secret: the
// destination never carries credentials and no request header is kept.
struct HistoryEntry
{
    enum class Kind { Computed, Sent, Exported };

    qint64 id = 0; // 0 until stored
    Kind kind = Kind::Computed;
    QDateTime time; // UTC
    QString project; // the project folder the report was computed for
    QString destination; // URL posted to, or the export file; empty for Computed
    QString outcome; // SendResult::kindName for Sent ("success", "timeout", …); empty otherwise
    int httpStatus = 0; // 0 when no HTTP answer
    QString error; // what went wrong (redacted), or the answer's body text for non-2xx
    QString trigger; // "manual", "startup", "schedule", "export", …
    QByteArray bytes; // the exact report bytes
    QByteArray sha256; // lower-case hex of SHA-256(bytes)

    static QString kindName(Kind kind); // "computed", "sent", "exported"
    static Kind kindFromName(const QString &name);
    bool delivered() const { return kind == Kind::Sent && outcome == QLatin1String("success"); }
};

Q_DECLARE_METATYPE(HistoryEntry)
