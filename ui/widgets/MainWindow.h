// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionServices.h"
#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"
#include "settings/ConnectionProfile.h"
#include "widgets/ViewStateStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;
class RawJsonView;
class ReceivedReportsDialog;
class RedactionPanel;
class ReportFilterProxyModel;
class ReportModel;
class ReportHistory;
class ReportRunner;
class SecretStore;

// The desktop window: pick a Directus project (a folder, the demo, or a database connection), see the report
// it would send by category with what each field means and where it comes from, the raw JSON bytes, and the
// redaction checks beside them. The report is computed by a ReportRunner off the GUI thread with a progress
// bar and Cancel; failures are shown in the window with what to do. Settings, the keychain and the demo's
// location are injected, so tests run it on temporary folders and a fake keychain. The Report menu reviews
// and sends the shown report (SendReportDialog), lists the history (HistoryDialog), turns telemetry on or off
// in the project's configuration (TelemetryToggleDialog) and writes the compliance export (ExportDialog);
// their network, history and clock come from ActionServices (the window makes its own when none is given).
// Not supported: several projects at once; opting a database connection out (it has no local file).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The banner's tone, for tests and accessibility.
    enum class MessageKind { None, Info, Warning, Error };

    MainWindow(AppSettings *settings, SecretStore *secrets, const QString &demoProjectPath,
               const ActionServices &services = ActionServices(), QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProjectFolder(const QString &path);
    void openDemoProject();
    // Computes the report of a remote database (the password stays in memory).
    void openConnection(const ConnectionProfile &profile, const QString &password);
    // Reads the saved profile's password from the keychain, or asks for it when there is none.
    void openSavedConnection(const QString &profileId);
    // The connection form, filled from `profile`; on OK it saves the profile (password to the keychain only)
    // and computes the report.
    void showConnectionDialog(const ConnectionProfile &profile, const QString &reason = QString());
    void recompute();
    void cancel();

    // The Report menu's actions; each opens its dialog modally.
    void showSendDialog();
    void showHistoryDialog();
    void showTelemetryToggleDialog();
    void showExportDialog();
    // Review Gate…: the received reports of the open project's review gate (not modal; it keeps listening
    // when closed, until the window closes).
    void showReceivedDialog();

    void saveViewState();
    void setKeychainAvailable(bool available);
    bool isKeychainAvailable() const { return m_keychainAvailable; }

    // For tests and accessibility tools.
    ReportModel *reportModel() const { return m_reportModel; }
    ReportFilterProxyModel *filterModel() const { return m_filterModel; }
    QTreeView *reportView() const { return m_reportView; }
    RawJsonView *rawJsonView() const { return m_rawJson; }
    RedactionPanel *redactionPanel() const { return m_redaction; }
    ReportRunner *runner() const { return m_runner; }
    QLineEdit *searchField() const { return m_search; }
    QString messageText() const;
    MessageKind messageKind() const { return m_messageKind; }
    bool isComputing() const;
    QString progressText() const;
    QAction *sendAction() const { return m_sendAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *telemetryToggleAction() const { return m_telemetryToggleAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *receivedAction() const { return m_receivedAction; }
    ReceivedReportsDialog *receivedDialog() const; // nullptr until Review Gate… was opened
    const ActionServices &services() const { return m_services; }

Q_SIGNALS:
    void reportReady(); // a report (or a failure message) is shown
    void
    connectionSaved(const QString &profileId); // after the profile and, if asked, its password are stored

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void restoreViewState();
    void updateRecentMenus();
    void updateCategoryRows();
    void chooseProjectFolder();
    void startReport(const ProjectConfig &config, const QString &title);
    void onProgress(int done, int total, const QString &step);
    void onFinished(const ReportEngine::Outcome &outcome);
    void showMessage(MessageKind kind, const QString &text);
    void setComputing(bool computing);
    void updateReportActions();

    AppSettings *m_settings;
    SecretStore *m_secrets;
    ViewStateStore m_viewState;
    QString m_demoProjectPath;
    bool m_keychainAvailable = true;

    // Fallbacks when the caller gives no network or history (tests of other features).
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<ReportHistory> m_ownHistory;
    ActionServices m_services;
    // The project whose report is shown, for the Report menu: its configuration, how it was loaded (for
    // Telemetry on/off…, only for a folder), the keychain account of its Authorization override, and the
    // last outcome.
    std::optional<ProjectConfig> m_config;
    std::optional<ProjectConfig::Options> m_folderOptions;
    QString m_account;
    ReportEngine::Outcome m_outcome;

    // Opens what was opened last again, so Compute Again (F5) rereads a configuration the user just fixed.
    std::function<void()> m_reopen;
    // An empty folder standing in for a remote instance's project folder (it has no local files).
    std::unique_ptr<QTemporaryDir> m_remoteProjectDir;

    ReportModel *m_reportModel;
    ReportFilterProxyModel *m_filterModel;
    ReportRunner *m_runner;

    QLabel *m_projectLabel = nullptr;
    QLabel *m_banner = nullptr;
    MessageKind m_messageKind = MessageKind::None;
    QLineEdit *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_reportView = nullptr;
    RawJsonView *m_rawJson = nullptr;
    RedactionPanel *m_redaction = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_gateStatusButton = nullptr; // shown while the review gate listens; opens its dialog

    QAction *m_openFolderAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_recomputeAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_telemetryToggleAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_receivedAction = nullptr;
    QPointer<ReceivedReportsDialog> m_receivedDialog;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_connectionsMenu = nullptr;
};
