// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include "history/ReportDiff.h"
#include "history/ReportHistory.h"
#include "models/HistoryModel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

HistoryDialog::HistoryDialog(ReportHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_model(new HistoryModel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Report History"));
    setAccessibleName(tr("Report history"));
    m_model->setHistory(history);

    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setText(
        history && history->isOpen()
            ? tr("Select one entry to see its bytes, or two (Ctrl+click, Shift+arrows) to see what "
                 "changed between them. Kept in %1.")
                  .arg(history->databasePath())
            : tr("The history cannot be opened, so there is nothing to show."));
    layout->addWidget(m_hint);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("History entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(HistoryModel::DestinationColumn, 300);
    m_view->setAlternatingRowColors(true);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setAccessibleName(tr("Selected entry, or the changes between two entries"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the history"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateDetail);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(HistoryModel::DestinationColumn,
                           std::max(m_view->columnWidth(HistoryModel::DestinationColumn), 300));
    resize(900, 600);
    updateDetail();
}

void HistoryDialog::selectEntries(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const QModelIndex index = m_model->indexFromEntryId(id);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(HistoryModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QString HistoryDialog::detailText() const
{
    return m_detail->toPlainText();
}

void HistoryDialog::updateDetail()
{
    QList<const HistoryEntry *> selected;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const HistoryEntry *entry = m_model->entryFromIndex(row))
            selected.append(entry);
    }
    std::sort(selected.begin(), selected.end(),
              [](const HistoryEntry *a, const HistoryEntry *b) { return a->id < b->id; });
    if (selected.isEmpty()) {
        m_detail->setPlainText(m_model->rowCount() == 0 ? tr("No reports recorded yet.")
                                                        : tr("Select an entry, or two to compare."));
        return;
    }
    if (selected.size() == 1) {
        const HistoryEntry &entry = *selected.first();
        QStringList lines;
        lines << tr("#%1 %2 at %3")
                     .arg(entry.id)
                     .arg(HistoryEntry::kindName(entry.kind), entry.time.toLocalTime().toString(Qt::ISODate));
        if (!entry.destination.isEmpty())
            lines << tr("Destination: %1").arg(entry.destination);
        if (entry.kind == HistoryEntry::Kind::Sent)
            lines << tr("Outcome: %1%2")
                         .arg(entry.outcome,
                              entry.httpStatus > 0 ? tr(", HTTP %1").arg(entry.httpStatus) : QString());
        if (!entry.error.isEmpty())
            lines << tr("Answer or error: %1").arg(entry.error);
        lines << tr("%1 bytes, SHA-256 %2").arg(entry.bytes.size()).arg(QString::fromLatin1(entry.sha256));
        lines << QString() << QString::fromUtf8(entry.bytes);
        m_detail->setPlainText(lines.join(QLatin1Char('\n')));
        return;
    }
    if (selected.size() > 2) {
        m_detail->setPlainText(tr("Select exactly two entries to compare them."));
        return;
    }
    const HistoryEntry &older = *selected.at(0);
    const HistoryEntry &newer = *selected.at(1);
    const ReportDiff diff = ReportDiff::between(older.bytes, newer.bytes);
    QString text = tr("Changes from #%1 to #%2:\n").arg(older.id).arg(newer.id);
    if (!diff.ok())
        text += diff.error();
    else if (diff.isEmpty())
        text += tr("no field changed");
    else
        text += diff.lines().join(QLatin1Char('\n'));
    m_detail->setPlainText(text);
}
