// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "export/ComplianceExport.h"
#include "gating/LicenseVerifier.h"
#include "history/ReportHistory.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

ExportDialog::ExportDialog(const ProjectConfig &config, const ReportEngine::Outcome &report,
                           const ActionServices &services, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_report(report)
    , m_services(services)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Compliance Export"));
    setAccessibleName(tr("Write a compliance export"));

    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("One JSON file with the exact report bytes and their SHA-256, the opt-out state, "
                        "the redaction checks and each field's documentation. `telemetry-inspector "
                        "verify FILE` checks it later. It holds no secret."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("Export file"));
    m_path->setText(QDir(QDir::homePath())
                        .filePath(QStringLiteral("telemetry-export-%1.json")
                                      .arg(m_services.now().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
    pathLabel->setBuddy(m_path);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setAccessibleName(tr("Choose the export file"));
    m_browseButton->setAutoDefault(false);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browseButton);
    layout->addLayout(pathRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Export status"));
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setAccessibleName(tr("Write the export file"));
    m_exportButton->setDefault(true);
    m_revealButton = buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_revealButton->setAccessibleName(tr("Show the written file in its folder"));
    m_revealButton->setAutoDefault(false);
    m_revealButton->hide();
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setAutoDefault(false);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_revealButton, &QPushButton::clicked, this, &ExportDialog::revealExport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);
    resize(640, 220);
}

ExportDialog::~ExportDialog()
{
    m_watcher.waitForFinished();
}

void ExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the compliance export"), m_path->text(),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::startExport()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || m_watcher.isRunning())
        return;
    if (!m_report.ok) {
        m_status->setText(tr("There is no report to export."));
        return;
    }
    m_exportButton->setEnabled(false);
    m_revealButton->hide();
    m_status->setText(tr("Checking that the database still gives this report, then writing %1…")
                          .arg(QDir::toNativeSeparators(path)));
    const ProjectConfig config = m_config;
    const ReportEngine::Outcome report = m_report;
    const QDateTime now = m_services.now();
    m_watcher.setFuture(QtConcurrent::run([config, report, now, path] {
        Outcome outcome;
        outcome.path = QFileInfo(path).absoluteFilePath();
        // The export's explanations are in English whatever the window's language (a record reads the same
        // for everyone), so the report is computed again with its texts in English; its bytes must be the
        // ones reviewed, or the export would document a report nobody looked at.
        ReportEngine engine(config);
        engine.setDocumentTextsInSourceLanguage(true);
        const ReportEngine::Outcome fresh = engine.run();
        if (!fresh.ok) {
            outcome.error = fresh.error;
            return outcome;
        }
        if (fresh.report.wireBytes() != report.report.wireBytes()) {
            outcome.error
                = tr("The database changed since the report was computed, so the export would not be "
                     "the report you reviewed. Compute it again (F5), review it, then export.");
            return outcome;
        }
        const ReportEngine::GateOutcome gate = engine.evaluateGate(LicenseVerifier::directusEmbedded(), now);
        if (!gate.ok) {
            outcome.error = gate.error;
            return outcome;
        }
        const QByteArray document = ComplianceExport([now] { return now; }).build(config, fresh, gate.state);
        // ComplianceExport::save writes through QSaveFile: a failure leaves any existing file untouched.
        if (!ComplianceExport::save(outcome.path, document, &outcome.error))
            return outcome;
        outcome.ok = true;
        outcome.payload = report.report.wireBytes();
        outcome.documentSize = document.size();
        return outcome;
    }));
}

void ExportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_exportButton->setEnabled(true);
    if (!outcome.ok) {
        m_status->setText(tr("Not written: %1").arg(outcome.error));
        Q_EMIT exported(outcome);
        return;
    }
    m_writtenPath = outcome.path;
    if (m_services.history && m_services.history->isOpen())
        m_services.history->recordExport(m_config.projectDir(), outcome.path, outcome.payload);
    m_status->setText(
        tr("Wrote %1 (%2 bytes): the report's %3 bytes, SHA-256 %4.")
            .arg(QDir::toNativeSeparators(outcome.path))
            .arg(outcome.documentSize)
            .arg(outcome.payload.size())
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(outcome.payload, QCryptographicHash::Sha256).toHex())));
    m_revealButton->show();
    // Enter now shows the file rather than writing it again.
    m_revealButton->setDefault(true);
    m_revealButton->setFocus();
    Q_EMIT exported(outcome);
}

void ExportDialog::revealExport()
{
    if (!m_writtenPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}
