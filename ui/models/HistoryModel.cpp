// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include "history/ReportHistory.h"

#include <algorithm>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setHistory(ReportHistory *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history)
        connect(m_history, &ReportHistory::entryAdded, this, &HistoryModel::onEntryAdded);
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_history && m_history->isOpen()) {
        m_entries = m_history->entries();
        std::reverse(m_entries.begin(), m_entries.end());
    }
    endResetModel();
}

void HistoryModel::onEntryAdded(const HistoryEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

const HistoryEntry *HistoryModel::entryFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

QModelIndex HistoryModel::indexFromEntryId(qint64 id, int column) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return index(row, column);
    }
    return {};
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *entry = entryFromIndex(index);
    if (!entry)
        return {};
    if (role == EntryIdRole)
        return entry->id;
    if (role == EntryRole)
        return QVariant::fromValue(*entry);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return QStringLiteral("#%1").arg(entry->id);
    case TimeColumn:
        return entry->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindColumn:
        return HistoryEntry::kindName(entry->kind);
    case OutcomeColumn:
        if (entry->kind != HistoryEntry::Kind::Sent)
            return entry->trigger;
        return entry->httpStatus > 0
            ? QStringLiteral("%1 (HTTP %2)").arg(entry->outcome).arg(entry->httpStatus)
            : entry->outcome;
    case DestinationColumn:
        return entry->destination;
    case Sha256Column:
        return role == Qt::ToolTipRole ? QString::fromLatin1(entry->sha256)
                                       : QString::fromLatin1(entry->sha256.left(12));
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Entry");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("What");
    case OutcomeColumn:
        return tr("Outcome");
    case DestinationColumn:
        return tr("Destination or file");
    case Sha256Column:
        return tr("SHA-256");
    default:
        return {};
    }
}
