// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ReceivedReport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class ReportGate;

// The review gate's queue as a flat table, oldest first: one row per report a Directus server posted to the
// gate, with its kind (an owner registration is marked as personal data), source, size, SHA-256, redaction
// and diff verdicts, state and forward outcome. It reads ReportGate::reports() once (setGate) and then keeps
// in step with the gate's entryAdded/entryChanged/forwardFinished signals; an added report it already has
// (reload() announces the whole queue on its first call) updates its row instead of adding one.
// Not supported: editing, sorting or filtering (a QSortFilterProxyModel on top does that).
class ReceivedReportsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TimeColumn,
        KindColumn,
        SourceColumn,
        SizeColumn,
        Sha256Column,
        RedactionColumn,
        DiffColumn,
        StateColumn,
        ForwardColumn,
        ColumnCount
    };
    enum Role { ReportIdRole = Qt::UserRole + 1, ReportRole, StateRole };

    explicit ReceivedReportsModel(QObject *parent = nullptr);

    void setGate(ReportGate *gate); // not owned; nullptr shows no rows
    void reload(); // reads the whole queue again from the gate

    const ReceivedReport *reportFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromReportId(qint64 id, int column = IdColumn) const;
    int heldCount() const;

    // The verdict words, shared with the detail pane so both say the same.
    static QString kindText(const ReceivedReport &report);
    static QString redactionText(const ReceivedReport &report);
    static QString diffText(const ReceivedReport &report);
    static QString stateText(const ReceivedReport &report);
    static QString forwardText(const ReceivedReport &report);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void upsert(const ReceivedReport &report);

    QPointer<ReportGate> m_gate;
    QList<ReceivedReport> m_reports; // oldest first, as the gate lists them
};
