// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redaction/RedactionVerdict.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeView;
class RedactionModel;

// The redaction-check panel beside the report: an overall line ("All 6 checks pass"), the list of checks with
// their verdict and evidence summary, and the full evidence (masked findings) of the selected check. It shows
// the verdicts the engine computed with the report (RedactionChecker), so new checks appear without changes
// here. Not supported: running checks on a captured payload (the CLI's `check --payload` does that).
class RedactionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RedactionPanel(QWidget *parent = nullptr);

    void setVerdicts(const RedactionVerdicts &verdicts);
    void clear();
    RedactionModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summaryText() const;

private:
    void showEvidence();

    RedactionModel *m_model;
    QLabel *m_summary;
    QTreeView *m_view;
    QPlainTextEdit *m_evidence;
};
