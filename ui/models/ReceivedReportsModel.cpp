// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceivedReportsModel.h"

#include "gate/ReportGate.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QLocale>

#include <algorithm>

ReceivedReportsModel::ReceivedReportsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReceivedReportsModel::setGate(ReportGate *gate)
{
    if (m_gate)
        disconnect(m_gate, nullptr, this, nullptr);
    m_gate = gate;
    if (m_gate) {
        connect(m_gate, &ReportGate::entryAdded, this, &ReceivedReportsModel::upsert);
        connect(m_gate, &ReportGate::entryChanged, this, &ReceivedReportsModel::upsert);
        connect(m_gate, &ReportGate::forwardFinished, this, &ReceivedReportsModel::upsert);
    }
    reload();
}

void ReceivedReportsModel::reload()
{
    beginResetModel();
    m_reports = m_gate ? m_gate->reports() : QList<ReceivedReport>();
    endResetModel();
}

void ReceivedReportsModel::upsert(const ReceivedReport &report)
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).id == report.id) {
            m_reports[row] = report;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    // Ids grow with time, so a report another process recorded meanwhile may belong before the last rows.
    int row = int(m_reports.size());
    while (row > 0 && m_reports.at(row - 1).id > report.id)
        --row;
    beginInsertRows(QModelIndex(), row, row);
    m_reports.insert(row, report);
    endInsertRows();
}

const ReceivedReport *ReceivedReportsModel::reportFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_reports.size())
        return nullptr;
    return &m_reports.at(index.row());
}

QModelIndex ReceivedReportsModel::indexFromReportId(qint64 id, int column) const
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).id == id)
            return index(row, column);
    }
    return {};
}

int ReceivedReportsModel::heldCount() const
{
    return int(std::count_if(m_reports.cbegin(), m_reports.cend(),
                             [](const ReceivedReport &report) { return report.isOpen(); }));
}

QString ReceivedReportsModel::kindText(const ReceivedReport &report)
{
    return report.channel == ReceivedReport::Channel::Owner ? tr("owner registration (personal data)")
                                                            : tr("report");
}

QString ReceivedReportsModel::redactionText(const ReceivedReport &report)
{
    if (report.channel == ReceivedReport::Channel::Owner)
        return tr("not checked");
    if (report.state == ReceivedReport::State::Analysing)
        return tr("checking…");
    return report.redactionFailed ? tr("FAILED") : tr("pass");
}

QString ReceivedReportsModel::diffText(const ReceivedReport &report)
{
    if (report.channel == ReceivedReport::Channel::Owner)
        return tr("—");
    if (report.state == ReceivedReport::State::Analysing)
        return tr("checking…");
    if (report.diffFlagged)
        return tr("UNEXPECTED changes");
    if (report.computedEntryId == 0 && report.diff.isEmpty())
        return tr("not compared");
    return report.diff.isEmpty() ? tr("identical") : tr("only api_requests* (expected)");
}

QString ReceivedReportsModel::stateText(const ReceivedReport &report)
{
    switch (report.state) {
    case ReceivedReport::State::Analysing:
        return tr("checking…");
    case ReceivedReport::State::Held:
        return tr("held");
    case ReceivedReport::State::Forwarding:
        return tr("forwarding…");
    case ReceivedReport::State::Forwarded:
        return tr("forwarded");
    case ReceivedReport::State::ForwardFailed:
        return tr("failed");
    case ReceivedReport::State::Discarded:
        return tr("discarded");
    case ReceivedReport::State::NotForwarded:
        return tr("not forwarded");
    }
    return {};
}

QString ReceivedReportsModel::forwardText(const ReceivedReport &report)
{
    if (report.forwardOutcome.isEmpty())
        return report.state == ReceivedReport::State::NotForwarded ? report.note : QString();
    QString text = report.forwardStatus > 0
        ? tr("%1 (HTTP %2)").arg(report.forwardOutcome).arg(report.forwardStatus)
        : report.forwardOutcome;
    if (!report.forwardError.isEmpty())
        text += QStringLiteral(": ") + report.forwardError;
    return text;
}

int ReceivedReportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReceivedReportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedReportsModel::data(const QModelIndex &index, int role) const
{
    const ReceivedReport *report = reportFromIndex(index);
    if (!report)
        return {};
    if (role == ReportIdRole)
        return report->id;
    if (role == ReportRole)
        return QVariant::fromValue(*report);
    if (role == StateRole)
        return int(report->state);
    if (role == Qt::DecorationRole) {
        // No verdict yet: no pass or fail icon either.
        if (report->state == ReceivedReport::State::Analysing)
            return {};
        if (index.column() == RedactionColumn && report->channel == ReceivedReport::Channel::Metrics)
            return QIcon(report->redactionFailed ? QStringLiteral(":/icons/fail.svg")
                                                 : QStringLiteral(":/icons/pass.svg"));
        if (index.column() == DiffColumn && report->channel == ReceivedReport::Channel::Metrics)
            return QIcon(report->diffFlagged ? QStringLiteral(":/icons/fail.svg")
                                             : QStringLiteral(":/icons/pass.svg"));
        return {};
    }
    if (role == Qt::ForegroundRole) {
        // Personal data and flagged findings stand out; the text says the same for screen readers.
        const bool alarming = (index.column() == KindColumn && report->personalData)
            || (index.column() == RedactionColumn && report->redactionFailed)
            || (index.column() == DiffColumn && report->diffFlagged)
            || (index.column() == StateColumn && report->state == ReceivedReport::State::ForwardFailed);
        return alarming ? QBrush(QColor(0xa4, 0x26, 0x2c)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return QStringLiteral("#%1").arg(report->id);
    case TimeColumn:
        return report->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindColumn:
        return kindText(*report);
    case SourceColumn:
        return report->source;
    case SizeColumn:
        return role == Qt::ToolTipRole ? tr("%1 bytes").arg(report->bytes.size())
                                       : QLocale().formattedDataSize(report->bytes.size());
    case Sha256Column:
        return role == Qt::ToolTipRole ? QString::fromLatin1(report->sha256)
                                       : QString::fromLatin1(report->sha256.left(12));
    case RedactionColumn:
        return redactionText(*report);
    case DiffColumn:
        return diffText(*report);
    case StateColumn:
        return stateText(*report);
    case ForwardColumn:
        return forwardText(*report);
    default:
        return {};
    }
}

QVariant ReceivedReportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Entry");
    case TimeColumn:
        return tr("Received");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case RedactionColumn:
        return tr("Redaction");
    case DiffColumn:
        return tr("Diff against computed");
    case StateColumn:
        return tr("State");
    case ForwardColumn:
        return tr("Forward outcome");
    default:
        return {};
    }
}
