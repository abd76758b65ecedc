// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

class ReportHistory;

// The report history as a flat table, newest first: one row per computed, sent or exported report. It reads
// the entries once (setHistory, reload) and then appends what ReportHistory::entryAdded announces, so an open
// History window follows sends made meanwhile. The bytes stay in the entries (EntryRole) for diffs.
// Not supported: editing, filtering (a QSortFilterProxyModel on top does that).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TimeColumn,
        KindColumn,
        OutcomeColumn,
        DestinationColumn,
        Sha256Column,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, EntryRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void setHistory(ReportHistory *history); // not owned; nullptr or a closed history shows no rows
    void reload();

    const HistoryEntry *entryFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromEntryId(qint64 id, int column = IdColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onEntryAdded(const HistoryEntry &entry);

    ReportHistory *m_history = nullptr;
    QList<HistoryEntry> m_entries; // newest first
};
