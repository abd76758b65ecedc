// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportField.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// A computed telemetry report: one ReportField per catalog key, always in Directus's wire order, plus what
// the reviewer must be told about it (warnings, and whether Directus itself would send nothing). The wire
// bytes are derived here and only here; everything that sends, stores, hashes or exports uses wireBytes().
class Report
{
public:
    Report(); // every catalog key present with an undefined value

    void setField(const ReportField &field); // key must be a catalog key; keeps catalog order
    void setValue(const QString &key, const JsValue &value, const QString &provenance);
    const ReportField *field(const QString &key) const;
    JsValue value(const QString &key) const;
    const QList<ReportField> &fields() const { return m_fields; }

    JsValue toJsValue() const; // the object Directus would stringify
    QByteArray wireBytes() const; // compact JSON.stringify bytes: what goes on the wire
    QByteArray prettyJson() const; // JSON.stringify(report, null, 2)

    void addWarning(const QString &warning);
    const QStringList &warnings() const { return m_warnings; }

    // Set when Directus 12.4.1 would build no report at all (spec §7, §12.3); the fields then hold the
    // tolerant values, each marked approximate.
    void setDirectusWouldFail(const QString &reason);
    bool directusWouldFail() const { return !m_directusFailure.isEmpty(); }
    QString directusFailureReason() const { return m_directusFailure; }

private:
    QList<ReportField> m_fields;
    QStringList m_warnings;
    QString m_directusFailure;
};
