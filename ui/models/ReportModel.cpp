// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportModel.h"

#include "json/JsonWriter.h"

#include <QColor>
#include <QFont>
#include <QIcon>

namespace {
// internalId 0 marks a category row; a field row stores its category's row + 1, so parent() is O(1)
// without an item tree of pointers.
constexpr quintptr CategoryRowId = 0;

QString valueText(const ReportField &field)
{
    if (field.value.isUndefined())
        return ReportModel::tr("(not sent)");
    return QString::fromUtf8(JsonWriter::stringify(field.value));
}

QString exactnessText(ReportField::Exactness exactness)
{
    switch (exactness) {
    case ReportField::Exactness::Exact:
        return QString();
    case ReportField::Exactness::Estimate:
        return ReportModel::tr("estimate");
    case ReportField::Exactness::Approximate:
        return ReportModel::tr("approximate");
    case ReportField::Exactness::Unknown:
        return ReportModel::tr("unknown");
    }
    return QString();
}
} // namespace

ReportModel::ReportModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    rebuild(nullptr);
}

void ReportModel::setReport(const Report &report)
{
    beginResetModel();
    rebuild(&report);
    m_hasReport = true;
    m_partial = false;
    endResetModel();
}

void ReportModel::setPartialReport(const Report &report)
{
    // The rows are the catalog's whatever the values, so the structure stays and only data changes.
    rebuild(&report);
    m_hasReport = false;
    m_partial = true;
    for (int row = 0; row < m_categories.size(); ++row) {
        const QModelIndex category = index(row, 0);
        Q_EMIT dataChanged(category, index(row, ColumnCount - 1));
        const int fields = static_cast<int>(m_categories.at(row).fields.size());
        if (fields > 0)
            Q_EMIT dataChanged(index(0, 0, category), index(fields - 1, ColumnCount - 1, category));
    }
}

void ReportModel::clear()
{
    beginResetModel();
    rebuild(nullptr);
    m_hasReport = false;
    m_partial = false;
    endResetModel();
}

bool ReportModel::isPending(const ReportField &field) const
{
    // A computed field always says where it came from; one still undefined without provenance is not in yet.
    return m_partial && field.provenance.isEmpty() && field.value.isUndefined();
}

bool ReportModel::showsValue(const ReportField &field) const
{
    return m_hasReport || (m_partial && !isPending(field));
}

void ReportModel::rebuild(const Report *report)
{
    m_categories.clear();
    for (const FieldCatalog::Category category : FieldCatalog::categories())
        m_categories.append({category, {}});
    for (const FieldCatalog::Field &catalogField : FieldCatalog::fields()) {
        const QString key = QString::fromLatin1(catalogField.key);
        ReportField field;
        field.key = key;
        if (report) {
            if (const ReportField *computed = report->field(key))
                field = *computed;
        }
        for (CategoryItem &item : m_categories) {
            if (item.category == catalogField.category)
                item.fields.append(field);
        }
    }
}

const ReportModel::CategoryItem *ReportModel::categoryFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != CategoryRowId)
        return nullptr;
    return &m_categories.at(index.row());
}

const ReportField *ReportModel::fieldFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == CategoryRowId)
        return nullptr;
    return &m_categories.at(static_cast<int>(index.internalId() - 1)).fields.at(index.row());
}

QModelIndex ReportModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, CategoryRowId);
    if (parent.internalId() != CategoryRowId)
        return QModelIndex();
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ReportModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == CategoryRowId)
        return QModelIndex();
    return createIndex(static_cast<int>(child.internalId() - 1), 0, CategoryRowId);
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_categories.size());
    if (parent.column() != 0 || parent.internalId() != CategoryRowId)
        return 0;
    return static_cast<int>(m_categories.at(parent.row()).fields.size());
}

int ReportModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (const CategoryItem *item = categoryFromIndex(index))
        return categoryData(*item, index.column(), role);
    const CategoryItem &item = m_categories.at(static_cast<int>(index.internalId() - 1));
    return fieldData(item, item.fields.at(index.row()), index.column(), role);
}

QVariant ReportModel::categoryData(const CategoryItem &item, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // Views span this cell over the row, so the count goes with the name.
        if (column == KeyColumn)
            return tr("%1 (%2 fields)")
                .arg(FieldCatalog::categoryName(item.category))
                .arg(item.fields.size());
        return QVariant();
    case Qt::FontRole:
        if (column == KeyColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::DecorationRole:
        if (column == KeyColumn)
            return QIcon(QStringLiteral(":/icons/category.svg"));
        return QVariant();
    case CategoryRole:
        return static_cast<int>(item.category);
    case CategoryNameRole:
        return FieldCatalog::categoryName(item.category);
    case IsCategoryRole:
        return true;
    case KeyRole:
    case SearchTextRole:
        return QString();
    default:
        return QVariant();
    }
}

QVariant ReportModel::fieldData(const CategoryItem &item, const ReportField &field, int column,
                                int role) const
{
    const FieldCatalog::Field *catalog = FieldCatalog::find(field.key);
    const QString description = catalog ? FieldCatalog::description(*catalog) : QString();
    const bool shown = showsValue(field);
    const bool marked = shown && field.exactness != ReportField::Exactness::Exact;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case KeyColumn:
            return field.key;
        case ValueColumn:
            if (isPending(field))
                return tr("computing…");
            if (shown && field.exactness == ReportField::Exactness::Estimate)
                return tr("≈ %1").arg(valueText(field)); // not the sent value: the exact one replaces it
            return shown ? valueText(field) : QString();
        case ExactnessColumn:
            return shown ? exactnessText(field.exactness) : QString();
        case DescriptionColumn:
            return description;
        case ProvenanceColumn:
            return field.provenance;
        default:
            return QVariant();
        }
    case Qt::ToolTipRole: {
        QStringList lines = {description};
        if (!field.provenance.isEmpty())
            lines.append(tr("From: %1").arg(field.provenance));
        if (marked)
            lines.append(tr("%1: %2").arg(exactnessText(field.exactness), field.note));
        else if (!field.note.isEmpty())
            lines.append(field.note);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (column == ExactnessColumn && marked)
            return QIcon(field.exactness == ReportField::Exactness::Unknown
                             ? QStringLiteral(":/icons/unknown.svg")
                             : QStringLiteral(":/icons/approximate.svg"));
        return QVariant();
    case Qt::FontRole:
        if (column == ValueColumn) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            font.setItalic(isPending(field) || field.exactness == ReportField::Exactness::Estimate);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (column == ValueColumn && isPending(field))
            return QColor(Qt::gray);
        return QVariant();
    case KeyRole:
        return field.key;
    case CategoryRole:
        return static_cast<int>(item.category);
    case CategoryNameRole:
        return FieldCatalog::categoryName(item.category);
    case ExactnessRole:
        return static_cast<int>(field.exactness);
    case JsonValueRole:
        return shown ? valueText(field) : QString();
    case SearchTextRole:
        return QStringList {field.key, description, shown ? valueText(field) : QString()}.join(
            QLatin1Char('\n'));
    case IsCategoryRole:
        return false;
    default:
        return QVariant();
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case ExactnessColumn:
        return tr("Exactness");
    case DescriptionColumn:
        return tr("What it means");
    case ProvenanceColumn:
        return tr("Computed from");
    default:
        return QVariant();
    }
}

Qt::ItemFlags ReportModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != CategoryRowId)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QModelIndex ReportModel::indexForKey(const QString &key, int column) const
{
    for (int categoryRow = 0; categoryRow < m_categories.size(); ++categoryRow) {
        const QList<ReportField> &fields = m_categories.at(categoryRow).fields;
        for (int row = 0; row < fields.size(); ++row) {
            if (fields.at(row).key == key)
                return createIndex(row, column, static_cast<quintptr>(categoryRow) + 1);
        }
    }
    return QModelIndex();
}
