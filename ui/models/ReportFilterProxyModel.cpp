// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFilterProxyModel.h"

#include "models/ReportModel.h"

ReportFilterProxyModel::ReportFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ReportFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_searchText = trimmed;
    endFilterChange();
#else
    m_searchText = trimmed;
    invalidateFilter();
#endif
}

bool ReportFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_searchText.isEmpty())
        return true;
    // Category rows pass through recursive filtering when a child matches.
    if (index.data(ReportModel::IsCategoryRole).toBool())
        return false;
    return index.data(ReportModel::SearchTextRole).toString().contains(m_searchText, Qt::CaseInsensitive);
}
