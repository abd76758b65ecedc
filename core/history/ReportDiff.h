// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The field-by-field difference between two report payloads (two history entries, or the last sent report
// and the one about to be sent): changed values (`items 94 → 151`), keys added and keys removed, in the
// newer report's key order. Works on the bytes, so reports of older Directus versions with other key sets
// compare too. Values are shown as JSON (`"12.4.1"`, `null`, `false`). Not supported: nested diffs (report
// values are scalars; an object or array value is compared and shown whole).
class ReportDiff
{
    Q_DECLARE_TR_FUNCTIONS(ReportDiff)

public:
    struct Change
    {
        enum class Type { Changed, Added, Removed };
        Type type = Type::Changed;
        QString key;
        QString before; // JSON text; empty when added
        QString after; // JSON text; empty when removed
    };

    // Both must be JSON objects; otherwise ok is false and error says which one is not.
    static ReportDiff between(const QByteArray &older, const QByteArray &newer);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<Change> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // One line per change: "items 94 → 151", "+ new_key 3" (added), "- old_key 1" (removed).
    QStringList lines() const;

private:
    QList<Change> m_changes;
    QString m_error;
};
