// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DialogWidgets.h"
#include "ReportRunner.h"
#include "Version.h"
#include "gate/ReportGate.h"
#include "history/ReportHistory.h"
#include "i18n/TranslationLoader.h"
#include "models/RedactionModel.h"
#include "models/ReportFilterProxyModel.h"
#include "models/ReportModel.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/ExportDialog.h"
#include "widgets/HistoryDialog.h"
#include "widgets/RawJsonView.h"
#include "widgets/ReceivedReportsDialog.h"
#include "widgets/RedactionPanel.h"
#include "widgets/SendReportDialog.h"
#include "widgets/TelemetryToggleDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString StateName = QStringLiteral("mainWindow");

QString bannerStyle(MainWindow::MessageKind kind)
{
    switch (kind) {
    case MainWindow::MessageKind::Error:
        return DialogWidgets::bannerStyleSheet(DialogWidgets::Tone::Error);
    case MainWindow::MessageKind::Warning:
        return DialogWidgets::bannerStyleSheet(DialogWidgets::Tone::Warning);
    case MainWindow::MessageKind::Info:
        return DialogWidgets::bannerStyleSheet(DialogWidgets::Tone::Info);
    case MainWindow::MessageKind::None:
        break;
    }
    return QString();
}
} // namespace

MainWindow::MainWindow(AppSettings *settings, SecretStore *secrets, const QString &demoProjectPath,
                       const ActionServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_viewState(settings->settings())
    , m_demoProjectPath(demoProjectPath)
    , m_reportModel(new ReportModel(this))
    , m_filterModel(new ReportFilterProxyModel(this))
    , m_runner(new ReportRunner(this))
{
    m_services = services;
    if (!m_services.secrets)
        m_services.secrets = m_secrets;
    if (!m_services.network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_services.network = m_ownNetwork.get();
    }
    if (!m_services.history) {
        m_ownHistory = std::make_unique<ReportHistory>(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QString error;
        m_ownHistory->open(&error); // a closed history is shown as such in the dialogs
        m_services.history = m_ownHistory.get();
    }
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Directus Telemetry Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_filterModel->setSourceModel(m_reportModel);

    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();
    restoreViewState();
    updateRecentMenus();

    connect(m_runner, &ReportRunner::progressChanged, this, &MainWindow::onProgress);
    connect(m_runner, &ReportRunner::finished, this, &MainWindow::onFinished);
    connect(m_runner, &ReportRunner::partialReport, this, [this](const Report &partial) {
        if (m_runner->isRunning())
            m_reportModel->setPartialReport(partial);
    });
    // Queued: a change may come from a recent-project action whose menu this rebuilds (deleting the action).
    connect(m_settings, &AppSettings::changed, this, &MainWindow::updateRecentMenus, Qt::QueuedConnection);
    showMessage(MessageKind::Info,
                tr("Open a Directus project folder (File ▸ Open Project Folder…, Ctrl+O), the demo project "
                   "(Ctrl+D) or connect to a database (Ctrl+Shift+O). Nothing is sent: the inspector only "
                   "reads."));
}

MainWindow::~MainWindow()
{
    // The gate uses the network and history this window may own: it goes before them.
    delete m_receivedDialog;
}

void MainWindow::createActions()
{
    m_openFolderAction
        = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Project Folder…"), this);
    m_openFolderAction->setShortcut(QKeySequence::Open);
    m_openFolderAction->setToolTip(tr("Open the folder a Directus server runs in (the one with .env)"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseProjectFolder);

    m_openDemoAction = new QAction(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open &Demo Project"), this);
    m_openDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_openDemoAction->setToolTip(tr("Open the small blog project bundled with the inspector"));
    m_openDemoAction->setEnabled(!m_demoProjectPath.isEmpty());
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoProject);

    m_connectAction
        = new QAction(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect to Database…"), this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setToolTip(
        tr("Inspect a Directus database whose project folder is not on this machine"));
    connect(m_connectAction, &QAction::triggered, this,
            [this] { showConnectionDialog(ConnectionProfile()); });

    m_recomputeAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Compute Again"), this);
    m_recomputeAction->setShortcut(QKeySequence::Refresh);
    m_recomputeAction->setEnabled(false);
    connect(m_recomputeAction, &QAction::triggered, this, &MainWindow::recompute);

    m_cancelAction = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("C&ancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Filter Fields"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_expandAction = new QAction(tr("&Expand All"), this);
    m_expandAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(m_expandAction, &QAction::triggered, this, [this] { m_reportView->expandAll(); });
    m_collapseAction = new QAction(tr("C&ollapse All"), this);
    m_collapseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_collapseAction, &QAction::triggered, this, [this] { m_reportView->collapseAll(); });

    m_sendAction = new QAction(QIcon(QStringLiteral(":/icons/send.svg")), tr("&Send Now…"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sendAction->setToolTip(tr("Review the report, then send it to the project's TELEMETRY_URL"));
    connect(m_sendAction, &QAction::triggered, this, &MainWindow::showSendDialog);
    m_historyAction = new QAction(QIcon(QStringLiteral(":/icons/history.svg")), tr("&History…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Every report computed, sent or exported; compare two"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistoryDialog);
    m_telemetryToggleAction
        = new QAction(QIcon(QStringLiteral(":/icons/telemetry.svg")), tr("&Telemetry On/Off…"), this);
    m_telemetryToggleAction->setObjectName(QStringLiteral("telemetryToggleAction"));
    m_telemetryToggleAction->setToolTip(
        tr("Set TELEMETRY in the project's configuration file, after review"));
    connect(m_telemetryToggleAction, &QAction::triggered, this, &MainWindow::showTelemetryToggleDialog);
    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write a compliance export of this report"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    m_receivedAction = new QAction(tr("Review &Gate…"), this);
    m_receivedAction->setObjectName(QStringLiteral("receivedAction"));
    m_receivedAction->setToolTip(
        tr("Receive the server's own reports, check them and forward them at once or after approval"));
    connect(m_receivedAction, &QAction::triggered, this, &MainWindow::showReceivedDialog);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFolderAction);
    file->addAction(m_openDemoAction);
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("&Recent Projects"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_connectionsMenu = file->addMenu(tr("Saved Co&nnections"));
    m_connectionsMenu->setObjectName(QStringLiteral("connectionsMenu"));
    file->addSeparator();
    file->addAction(m_recomputeAction);
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    view->addAction(m_expandAction);
    view->addAction(m_collapseAction);
    view->addSeparator();
    // The language is read once at start (translated texts are built then), so a choice applies next time;
    // the menu says so rather than retranslating every open view.
    QMenu *languageMenu = view->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    QAction *note = languageMenu->addAction(tr("Takes effect at the next start"));
    note->setEnabled(false);
    languageMenu->addSeparator();
    auto *languages = new QActionGroup(languageMenu);
    const auto addLanguage = [this, languageMenu, languages](const QString &code, const QString &text) {
        QAction *action = languageMenu->addAction(text);
        action->setObjectName(QStringLiteral("language_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(m_settings->language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings->setLanguage(code);
            statusBar()->showMessage(tr("The language changes the next time the inspector starts."));
        });
    };
    addLanguage(QString(), tr("System Default"));
    // Each language by its own name, so a reader finds theirs whatever the current language is.
    addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    for (const QString &code : TranslationLoader::availableLanguages())
        addLanguage(code, TranslationLoader::nativeName(code));

    QMenu *reportMenu = menuBar()->addMenu(tr("Re&port"));
    reportMenu->setObjectName(QStringLiteral("reportMenu"));
    reportMenu->addAction(m_sendAction);
    reportMenu->addAction(m_historyAction);
    reportMenu->addSeparator();
    reportMenu->addAction(m_telemetryToggleAction);
    reportMenu->addAction(m_exportAction);
    reportMenu->addSeparator();
    reportMenu->addAction(m_receivedAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About"),
                           tr("<b>Directus Telemetry Inspector</b> %1<br>Shows the anonymous usage report a "
                              "Directus instance would send, before it leaves the server.")
                               .arg(QStringLiteral(DTI_VERSION)));
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_openFolderAction);
    toolBar->addAction(m_openDemoAction);
    toolBar->addAction(m_connectAction);
    toolBar->addSeparator();
    toolBar->addAction(m_recomputeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_sendAction);
    toolBar->addAction(m_historyAction);
    toolBar->addAction(m_telemetryToggleAction);
    toolBar->addAction(m_exportAction);
    updateReportActions();
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_projectLabel = new QLabel(tr("No project open"), central);
    m_projectLabel->setObjectName(QStringLiteral("projectLabel"));
    m_projectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_projectLabel->setAccessibleName(tr("Open project"));

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setAccessibleName(tr("Message"));
    m_banner->hide();

    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter fields by key, description or value (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Filter fields"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterModel->setSearchText(text);
        m_reportView->expandAll();
    });

    m_reportView = new QTreeView(central);
    m_reportView->setObjectName(QStringLiteral("reportView"));
    m_reportView->setModel(m_filterModel);
    m_reportView->setAccessibleName(tr("Report fields by category"));
    m_reportView->setUniformRowHeights(true);
    m_reportView->setAllColumnsShowFocus(true);
    m_reportView->setAlternatingRowColors(true);
    m_reportView->header()->setStretchLastSection(true);
    m_reportView->setColumnWidth(ReportModel::KeyColumn, 235);
    m_reportView->setColumnWidth(ReportModel::ValueColumn, 195);
    m_reportView->setColumnWidth(ReportModel::ExactnessColumn, 95);
    m_reportView->setColumnWidth(ReportModel::DescriptionColumn, 420);
    // Category rows span the whole width, so their names are never cut off by the key column.
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCategoryRows);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCategoryRows);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCategoryRows);
    updateCategoryRows();

    m_rawJson = new RawJsonView(central);
    m_rawJson->setObjectName(QStringLiteral("rawJsonView"));

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Report views"));
    m_tabs->addTab(m_reportView, QIcon(QStringLiteral(":/icons/category.svg")), tr("&Report"));
    m_tabs->addTab(m_rawJson, QIcon(QStringLiteral(":/icons/json.svg")), tr("Raw &JSON"));

    m_redaction = new RedactionPanel(central);
    m_redaction->setObjectName(QStringLiteral("redactionPanel"));

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_redaction);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    layout->addWidget(m_projectLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Keyboard order follows reading order: filter, report, tabs, redaction checks, evidence.
    setTabOrder(m_search, m_tabs);
    setTabOrder(m_tabs, m_reportView);
    setTabOrder(m_reportView, m_redaction->view());
}

void MainWindow::updateCategoryRows()
{
    for (int row = 0; row < m_filterModel->rowCount(); ++row)
        m_reportView->setFirstColumnSpanned(row, QModelIndex(), true);
    m_reportView->expandAll();
}

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setAccessibleName(tr("Progress"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Report progress"));
    m_progressBar->setMaximumWidth(220);
    m_cancelButton = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel computing the report"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_gateStatusButton = new QPushButton(QIcon(QStringLiteral(":/icons/history.svg")), QString(), this);
    m_gateStatusButton->setObjectName(QStringLiteral("gateStatusButton"));
    m_gateStatusButton->setFlat(true);
    m_gateStatusButton->setAccessibleName(QString(m_receivedAction->text()).remove(QLatin1Char('&')));
    m_gateStatusButton->hide();
    connect(m_gateStatusButton, &QPushButton::clicked, this, &MainWindow::showReceivedDialog);
    statusBar()->addPermanentWidget(m_gateStatusButton);
    setComputing(false);
}

void MainWindow::restoreViewState()
{
    if (!m_viewState.restore(StateName, *this))
        resize(1280, 800);
    m_viewState.restore(StateName, *m_splitter);
    if (!m_viewState.restore(StateName, *m_reportView->header()))
        m_splitter->setSizes({870, 410});
}

void MainWindow::saveViewState()
{
    m_viewState.save(StateName, *this);
    m_viewState.save(StateName, *m_splitter);
    m_viewState.save(StateName, *m_reportView->header());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_runner->cancel();
    if (m_receivedDialog)
        m_receivedDialog->close();
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
}

void MainWindow::updateRecentMenus()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProjectFolder(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());

    m_connectionsMenu->clear();
    const QList<ConnectionProfile> profiles = m_settings->connectionProfiles();
    for (const ConnectionProfile &profile : profiles) {
        const QString id = profile.id;
        QAction *action = m_connectionsMenu->addAction(profile.displayName());
        connect(action, &QAction::triggered, this, [this, id] { openSavedConnection(id); });
    }
    m_connectionsMenu->setEnabled(!profiles.isEmpty());
}

void MainWindow::chooseProjectFolder()
{
    const QString start = m_settings->recentProjects().value(0, QDir::homePath());
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Open the folder your Directus server runs in (with .env)"), start);
    if (!path.isEmpty())
        openProjectFolder(path);
}

void MainWindow::openProjectFolder(const QString &path)
{
    m_reopen = [this, path] { openProjectFolder(path); };
    ProjectConfig::Options options;
    options.projectDir = path;
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    m_folderOptions.reset();
    if (!config) {
        m_runner->discard();
        setComputing(false);
        m_reportModel->clear();
        m_rawJson->clear();
        m_redaction->clear();
        m_projectLabel->setText(tr("Project: %1").arg(QDir::toNativeSeparators(path)));
        showMessage(
            MessageKind::Error,
            tr("This project cannot be read: %1\nWhat to do: choose the folder Directus runs in — the "
               "one holding .env, package.json and node_modules/directus — or fix the file named "
               "above.")
                .arg(error));
        Q_EMIT reportReady();
        return;
    }
    if (path != m_demoProjectPath)
        m_settings->addRecentProject(QDir(path).absolutePath());
    m_folderOptions = options;
    m_account = QStringLiteral("project-")
        + QString::fromLatin1(
                    QCryptographicHash::hash(QDir(path).absolutePath().toUtf8(), QCryptographicHash::Sha256)
                        .toHex()
                        .left(16));
    startReport(*config, tr("Project: %1").arg(QDir::toNativeSeparators(QDir(path).absolutePath())));
}

void MainWindow::openDemoProject()
{
    if (m_demoProjectPath.isEmpty()) {
        showMessage(MessageKind::Error,
                    tr("The demo project was not found next to the program. "
                       "What to do: reinstall, or open resources/demo from the source "
                       "folder with Open Project Folder…"));
        return;
    }
    openProjectFolder(m_demoProjectPath);
    m_projectLabel->setText(tr("Demo project: %1").arg(QDir::toNativeSeparators(m_demoProjectPath)));
    m_reopen = [this] { openDemoProject(); };
}

void MainWindow::openConnection(const ConnectionProfile &profile, const QString &password)
{
    // Kept in memory only, for Compute Again.
    m_reopen = [this, profile, password] { openConnection(profile, password); };
    // A remote instance has no project folder here; an empty one stands in for Directus's working folder.
    m_remoteProjectDir = std::make_unique<QTemporaryDir>();
    ProjectConfig::Options options;
    options.projectDir = m_remoteProjectDir->path();
    options.serverEnvironment = profile.serverEnvironment(password);
    options.directusVersion = profile.directusVersion;
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    m_folderOptions.reset();
    m_account = profile.id;
    if (!config) {
        m_runner->discard();
        setComputing(false);
        showMessage(MessageKind::Error,
                    tr("These connection settings cannot be used: %1\nWhat to do: check "
                       "the driver, host and database in the connection form.")
                        .arg(error));
        Q_EMIT reportReady();
        return;
    }
    startReport(*config, tr("Database: %1").arg(profile.displayName()));
}

void MainWindow::openSavedConnection(const QString &profileId)
{
    const auto profile = m_settings->connectionProfile(profileId);
    if (!profile) {
        showMessage(MessageKind::Error, tr("That saved connection no longer exists."));
        return;
    }
    if (!m_keychainAvailable) {
        showConnectionDialog(*profile, tr("No system keychain: enter the password."));
        return;
    }
    const ConnectionProfile saved = *profile;
    m_secrets->read(saved.passwordKey(), this, [this, saved](const SecretStore::Result &result) {
        switch (result.status) {
        case SecretStore::Status::Ok:
            openConnection(saved, result.secret);
            return;
        case SecretStore::Status::NotFound:
            showConnectionDialog(saved, tr("No password is stored for this connection."));
            return;
        case SecretStore::Status::NoBackend:
            setKeychainAvailable(false);
            showConnectionDialog(saved, tr("No system keychain: enter the password."));
            return;
        case SecretStore::Status::Failed:
            showConnectionDialog(saved,
                                 tr("The keychain did not give the password (%1).").arg(result.message));
            return;
        }
    });
}

void MainWindow::showConnectionDialog(const ConnectionProfile &profile, const QString &reason)
{
    ConnectionDialog dialog(m_keychainAvailable, this);
    dialog.setProfile(profile);
    if (!reason.isEmpty())
        dialog.setWindowTitle(dialog.windowTitle() + QStringLiteral(" — ") + reason);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile saved = dialog.profile();
    const QString password = dialog.password();
    m_settings->saveConnectionProfile(saved);
    if (dialog.rememberPassword() && !password.isEmpty()) {
        m_secrets->write(
            saved.passwordKey(), password, this, [this, saved](const SecretStore::Result &result) {
                if (result.status == SecretStore::Status::NoBackend) {
                    setKeychainAvailable(false);
                    showMessage(MessageKind::Warning,
                                tr("No system keychain is available, so the password was "
                                   "not stored; you will be asked for it next time."));
                } else if (result.status != SecretStore::Status::Ok) {
                    showMessage(
                        MessageKind::Warning,
                        tr("The password could not be stored in the keychain: %1").arg(result.message));
                }
                Q_EMIT connectionSaved(saved.id);
            });
    } else {
        Q_EMIT connectionSaved(saved.id);
    }
    openConnection(saved, password);
}

void MainWindow::recompute()
{
    if (!m_reopen || m_runner->isRunning())
        return;
    // A copy: the open functions replace m_reopen while they run (and their arguments live in it).
    const std::function<void()> reopen = m_reopen;
    reopen();
}

void MainWindow::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_progressLabel->setText(tr("Cancelling…"));
}

void MainWindow::startReport(const ProjectConfig &config, const QString &title)
{
    m_projectLabel->setText(title);
    m_config = config;
    m_outcome = ReportEngine::Outcome();
    m_reportModel->clear();
    m_reportView->expandAll(); // the fields fill in as they are computed
    m_rawJson->clear();
    m_redaction->clear();
    m_banner->hide();
    m_messageKind = MessageKind::None;
    setComputing(true);
    m_progressLabel->setText(tr("Opening the database read-only…"));
    m_runner->start(config);
}

void MainWindow::onProgress(int done, int total, const QString &step)
{
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    m_progressLabel->setText(step + QStringLiteral("…"));
}

void MainWindow::onFinished(const ReportEngine::Outcome &outcome)
{
    setComputing(false);
    m_outcome = outcome;
    updateReportActions();
    if (outcome.cancelled) {
        m_progressLabel->setText(tr("Cancelled"));
        showMessage(MessageKind::Info,
                    tr("Computing the report was cancelled; nothing was read further. "
                       "Press F5 to compute it again."));
        Q_EMIT reportReady();
        return;
    }
    if (!outcome.ok) {
        m_progressLabel->setText(tr("Failed"));
        QString advice;
        switch (outcome.failure) {
        case ReportEngine::Failure::Configuration:
            advice = tr("What to do: fix the DB_* values in the project's configuration (or the connection "
                        "form) and press F5.");
            break;
        case ReportEngine::Failure::Database:
            advice = tr("What to do: check that the database is reachable and is the one Directus uses, "
                        "then press F5.");
            break;
        default:
            break;
        }
        showMessage(MessageKind::Error,
                    advice.isEmpty() ? outcome.error : outcome.error + QLatin1Char('\n') + advice);
        Q_EMIT reportReady();
        return;
    }
    const Report &report = outcome.report;
    m_reportModel->setReport(report);
    m_rawJson->setJson(report.wireBytes(), report.prettyJson());
    m_redaction->setVerdicts(outcome.verdicts);
    m_reportView->expandAll();
    m_progressLabel->setText(tr("Report computed; nothing was sent."));
    if (report.directusWouldFail()) {
        showMessage(MessageKind::Warning,
                    tr("Directus would send nothing: %1. The values shown are the tolerant reading, each "
                       "affected one marked approximate.")
                        .arg(report.directusFailureReason()));
    } else if (!report.warnings().isEmpty()) {
        showMessage(MessageKind::Warning, report.warnings().join(QLatin1Char('\n')));
    }
    Q_EMIT reportReady();
}

void MainWindow::showMessage(MessageKind kind, const QString &text)
{
    m_messageKind = kind;
    m_banner->setText(text);
    m_banner->setStyleSheet(bannerStyle(kind));
    m_banner->setVisible(kind != MessageKind::None && !text.isEmpty());
}

QString MainWindow::messageText() const
{
    return m_messageKind == MessageKind::None ? QString() : m_banner->text();
}

bool MainWindow::isComputing() const
{
    return m_runner->isRunning();
}

QString MainWindow::progressText() const
{
    return m_progressLabel->text();
}

void MainWindow::setComputing(bool computing)
{
    m_progressBar->setVisible(computing);
    m_cancelButton->setVisible(computing);
    m_cancelButton->setEnabled(computing);
    m_cancelAction->setEnabled(computing);
    m_recomputeAction->setEnabled(!computing && m_reopen != nullptr);
    if (computing)
        m_progressBar->setRange(0, 0);
    updateReportActions();
}

void MainWindow::updateReportActions()
{
    if (!m_sendAction)
        return;
    const bool hasReport = !isComputing() && m_config && m_outcome.ok;
    m_sendAction->setEnabled(hasReport);
    m_exportAction->setEnabled(hasReport);
    m_telemetryToggleAction->setEnabled(!isComputing() && m_folderOptions.has_value());
    m_historyAction->setEnabled(true);
    // The gate checks against the project's configuration; the report need not have been computed.
    if (m_receivedAction)
        m_receivedAction->setEnabled(m_config.has_value() || m_receivedDialog);
}

void MainWindow::showSendDialog()
{
    if (!m_config || !m_outcome.ok)
        return;
    SendReportDialog dialog(*m_config, m_outcome.report.wireBytes(), m_outcome.report.directusFailureReason(),
                            m_account, m_services, this);
    dialog.exec();
}

void MainWindow::showHistoryDialog()
{
    HistoryDialog dialog(m_services.history, this);
    dialog.exec();
}

void MainWindow::showTelemetryToggleDialog()
{
    if (!m_folderOptions)
        return;
    TelemetryToggleDialog dialog(*m_folderOptions, m_services, this);
    bool changed = false;
    connect(&dialog, &TelemetryToggleDialog::finished, this, [&changed](bool written) { changed = written; });
    dialog.exec();
    // The report does not depend on TELEMETRY, but the window shows the configuration as it now reads.
    if (changed)
        recompute();
}

ReceivedReportsDialog *MainWindow::receivedDialog() const
{
    return m_receivedDialog;
}

void MainWindow::showReceivedDialog()
{
    // One gate at a time: a listening one stays (its title names its project), an idle one follows the
    // project that is open now.
    if (m_receivedDialog && !m_receivedDialog->isListening() && !m_receivedDialog->gate()->isForwarding()
        && !m_receivedDialog->gate()->isAnalysing() && m_config
        && m_receivedDialog->projectDir() != m_config->projectDir())
        delete m_receivedDialog;
    if (!m_receivedDialog) {
        if (!m_config)
            return;
        m_receivedDialog = new ReceivedReportsDialog(*m_config, m_services, this);
        connect(m_receivedDialog, &ReceivedReportsDialog::statusChanged, this,
                [this](const QString &status, bool listening) {
                    m_gateStatusButton->setText(status);
                    m_gateStatusButton->setAccessibleName(status);
                    m_gateStatusButton->setVisible(listening);
                });
    }
    m_receivedDialog->show();
    m_receivedDialog->raise();
    m_receivedDialog->activateWindow();
}

void MainWindow::showExportDialog()
{
    if (!m_config || !m_outcome.ok)
        return;
    ExportDialog dialog(*m_config, m_outcome, m_services, this);
    dialog.exec();
}
