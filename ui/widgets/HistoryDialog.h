// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class HistoryModel;
class QLabel;
class QPlainTextEdit;
class QTableView;
class ReportHistory;

// History…: every report computed, sent or exported (HistoryModel), newest first. Selecting one entry shows
// its outcome and exact bytes; selecting two shows the field diff between them (older → newer, ReportDiff),
// e.g. "items 94 → 151". Read-only; the list follows entries added while it is open.
// Not supported: deleting entries.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(ReportHistory *history, QWidget *parent = nullptr);

    // For tests and accessibility tools.
    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString detailText() const;
    void selectEntries(const QList<qint64> &ids);

private:
    void updateDetail();

    HistoryModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};
