// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionServices.h"
#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

// Export…: writes the compliance export (ComplianceExport) of the report the window shows to a file the user
// picks, atomically, records it in the history, then offers to show the file in its folder. Reading the
// licence (the opt-out state in the export), building and writing run on a worker; exported() carries the
// outcome. The file name field can be typed into, so the dialog works without a native file dialog.
// Not supported: the PDF version (issue 7, optional).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QString path;
        QByteArray payload; // the report bytes inside the export
        qint64 documentSize = 0;
    };

    ExportDialog(const ProjectConfig &config, const ReportEngine::Outcome &report,
                 const ActionServices &services, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // For tests and accessibility tools.
    QLineEdit *pathField() const { return m_path; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *revealButton() const { return m_revealButton; }
    QString statusText() const;

    void startExport(); // what the Export button does
    // Opens the folder holding the written file in the desktop's file manager.
    void revealExport();

Q_SIGNALS:
    void exported(const ExportDialog::Outcome &outcome);

private:
    void chooseFile();
    void onFinished();

    ProjectConfig m_config;
    ReportEngine::Outcome m_report;
    ActionServices m_services;
    QFutureWatcher<Outcome> m_watcher;
    QString m_writtenPath;

    QLineEdit *m_path = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
Q_DECLARE_METATYPE(ExportDialog::Outcome)
