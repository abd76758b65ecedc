// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redaction/RedactionVerdict.h"

#include <QAbstractTableModel>

// The redaction checks of a report as a table: one row per check (schema, identifiers, people, secrets, urls,
// environment) with its title, verdict and evidence summary; the findings (already masked by the checker) are
// in FindingsRole and the tooltip. Before any report it lists nothing. Read-only; setVerdicts() resets.
class RedactionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CheckColumn, VerdictColumn, EvidenceColumn, ColumnCount };
    enum Role {
        CheckIdRole = Qt::UserRole + 1, // RedactionVerdict::id
        StatusRole, // RedactionVerdict::Status as int
        FindingsRole, // QStringList
        EvidenceRole, // summary and findings as one text, for the detail view
    };

    explicit RedactionModel(QObject *parent = nullptr);

    void setVerdicts(const RedactionVerdicts &verdicts);
    void clear();
    const RedactionVerdicts &verdicts() const { return m_verdicts; }
    const RedactionVerdict *verdictFromIndex(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(RedactionVerdict::Status status);

private:
    RedactionVerdicts m_verdicts;
};
