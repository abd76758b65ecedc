// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactionPanel.h"

#include "models/RedactionModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QVBoxLayout>

RedactionPanel::RedactionPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RedactionModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_evidence(new QPlainTextEdit(this))
{
    auto *title = new QLabel(tr("<b>Redaction check</b>"), this);
    title->setToolTip(tr("Proves, against this instance's own names, people and secrets, that the report "
                         "carries none of them."));
    m_summary->setObjectName(QStringLiteral("redactionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Redaction check result"));

    m_view->setObjectName(QStringLiteral("redactionView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Redaction checks"));
    // The panel is narrow: the check's title and verdict fit on a row; the evidence is shown whole below (and
    // as the row's tooltip) rather than cut off in a third column.
    m_view->setColumnHidden(RedactionModel::EvidenceColumn, true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RedactionModel::CheckColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(RedactionModel::VerdictColumn, QHeaderView::ResizeToContents);

    m_evidence->setObjectName(QStringLiteral("redactionEvidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setTabChangesFocus(true);
    m_evidence->setAccessibleName(tr("Evidence for the selected check"));
    m_evidence->setPlaceholderText(tr("Select a check to see its evidence."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_evidence, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RedactionPanel::showEvidence);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RedactionPanel::showEvidence);
    clear();
}

void RedactionPanel::setVerdicts(const RedactionVerdicts &verdicts)
{
    m_model->setVerdicts(verdicts);
    int failed = 0;
    int unchecked = 0;
    for (const RedactionVerdict &verdict : verdicts) {
        if (verdict.status == RedactionVerdict::Status::Fail)
            ++failed;
        else if (verdict.status == RedactionVerdict::Status::CouldNotCheck)
            ++unchecked;
    }
    const int total = static_cast<int>(verdicts.size());
    if (failed > 0)
        m_summary->setText(
            tr("%1 of %2 checks found something that should not leave the server.").arg(failed).arg(total));
    else if (unchecked > 0)
        m_summary->setText(tr("No leak found, but %1 of %2 checks could not run.").arg(unchecked).arg(total));
    else
        m_summary->setText(tr("All %1 checks pass: the report carries none of this instance's names, "
                              "people, secrets or settings.")
                               .arg(total));
    if (total > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void RedactionPanel::clear()
{
    m_model->clear();
    m_summary->setText(tr("The checks run when a report has been computed."));
}

QString RedactionPanel::summaryText() const
{
    return m_summary->text();
}

void RedactionPanel::showEvidence()
{
    const QModelIndex current = m_view->currentIndex();
    m_evidence->setPlainText(current.isValid() ? current.data(RedactionModel::EvidenceRole).toString()
                                               : QString());
}
