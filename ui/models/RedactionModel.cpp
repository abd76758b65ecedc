// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactionModel.h"

#include <QIcon>

namespace {
QString evidenceText(const RedactionVerdict &verdict)
{
    QStringList lines = {verdict.summary};
    for (const QString &finding : verdict.findings)
        lines.append(QStringLiteral("• ") + finding);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

RedactionModel::RedactionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RedactionModel::setVerdicts(const RedactionVerdicts &verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
}

void RedactionModel::clear()
{
    setVerdicts({});
}

const RedactionVerdict *RedactionModel::verdictFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_verdicts.size())
        return nullptr;
    return &m_verdicts.at(index.row());
}

int RedactionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_verdicts.size());
}

int RedactionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RedactionModel::statusText(RedactionVerdict::Status status)
{
    switch (status) {
    case RedactionVerdict::Status::Pass:
        return tr("Pass");
    case RedactionVerdict::Status::Fail:
        return tr("Fail");
    case RedactionVerdict::Status::CouldNotCheck:
        return tr("Could not check");
    }
    return QString();
}

QVariant RedactionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RedactionVerdict &verdict = m_verdicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CheckColumn:
            return verdict.title;
        case VerdictColumn:
            return statusText(verdict.status);
        case EvidenceColumn:
            return verdict.summary;
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return evidenceText(verdict);
    case Qt::DecorationRole:
        if (index.column() != VerdictColumn)
            return QVariant();
        switch (verdict.status) {
        case RedactionVerdict::Status::Pass:
            return QIcon(QStringLiteral(":/icons/pass.svg"));
        case RedactionVerdict::Status::Fail:
            return QIcon(QStringLiteral(":/icons/fail.svg"));
        case RedactionVerdict::Status::CouldNotCheck:
            return QIcon(QStringLiteral(":/icons/unknown.svg"));
        }
        return QVariant();
    case CheckIdRole:
        return verdict.id;
    case StatusRole:
        return static_cast<int>(verdict.status);
    case FindingsRole:
        return verdict.findings;
    case EvidenceRole:
        return evidenceText(verdict);
    default:
        return QVariant();
    }
}

QVariant RedactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case VerdictColumn:
        return tr("Verdict");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return QVariant();
    }
}
