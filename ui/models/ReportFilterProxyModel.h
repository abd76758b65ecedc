// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Filters a ReportModel by a search text matched (case-insensitively, as plain text) against each field's
// key, description and value. Category rows are kept only while one of their fields matches, so "users"
// leaves the Users and Access category with its three user counts. Category names themselves do not match:
// typing a category's name would otherwise keep all its fields and hide nothing.
class ReportFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
};
