// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/FieldCatalog.h"
#include "report/Report.h"

#include <QAbstractItemModel>

// The report as a two-level tree: the five documented categories (FieldCatalog order) as top-level rows and
// each of the 36 fields beneath, with its key, value (as JSON text), one-line description, provenance and an
// exactness mark. Read-only; setReport() replaces everything in one reset, setPartialReport() fills in values
// as they are computed. Before a report is set the fields
// are listed with empty values, so the reviewer sees what will be computed. Not supported: editing, drag and
// drop.
class ReportModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ExactnessColumn, DescriptionColumn, ProvenanceColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the field's key (empty on category rows)
        CategoryRole, // FieldCatalog::Category as int, on both levels
        CategoryNameRole, // FieldCatalog::categoryName, on both levels
        ExactnessRole, // ReportField::Exactness as int (fields with a value only)
        JsonValueRole, // the value as the JSON text that is sent
        SearchTextRole, // what the filter matches: key, description and value
        IsCategoryRole,
    };

    explicit ReportModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    // The values known so far while the report is computed (ReportRunner::partialReport): fields not yet
    // computed read "computing…", estimates are marked. Only values change (dataChanged, no reset), so
    // expanded rows and the selection stay. setReport() or clear() ends it.
    void setPartialReport(const Report &report);
    void clear(); // back to the catalog with no values
    bool hasReport() const { return m_hasReport; }
    bool isPartial() const { return m_partial; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The index of a field's key cell, or invalid when the key is not in the catalog.
    QModelIndex indexForKey(const QString &key, int column = KeyColumn) const;

private:
    struct CategoryItem
    {
        FieldCatalog::Category category;
        QList<ReportField> fields; // catalog order within the category
    };

    const CategoryItem *categoryFromIndex(const QModelIndex &index) const; // for category rows
    const ReportField *fieldFromIndex(const QModelIndex &index) const; // for field rows
    void rebuild(const Report *report);
    QVariant categoryData(const CategoryItem &item, int column, int role) const;
    QVariant fieldData(const CategoryItem &item, const ReportField &field, int column, int role) const;

    bool showsValue(const ReportField &field) const;
    bool isPending(const ReportField &field) const;

    QList<CategoryItem> m_categories;
    bool m_hasReport = false;
    bool m_partial = false;
};
