// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window, off screen, on a scratch copy of the blog fixture: every documented key under its
// category with the value Directus computed, the filter, the raw JSON against the CLI's bytes, the redaction
// panel, errors shown in the window, recent projects, restored view state and the connection form.
#include "DemoProjectLocator.h"
#include "FakeSecretStore.h"
#include "ReportRunner.h"
#include "ScratchProject.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"
#include "models/RedactionModel.h"
#include "models/ReportFilterProxyModel.h"
#include "models/ReportModel.h"
#include "report/FieldCatalog.h"
#include "settings/AppSettings.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/RawJsonView.h"
#include "widgets/RedactionPanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUuid>

#include <memory>

namespace {
constexpr int ReportTimeoutMs = 60000;

JsValue expectedReport()
{
    QFile file(fixturePath(QStringLiteral("blog-sqlite")) + QStringLiteral("/expected-report.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return JsonReader::parseUtf8(file.readAll()).value;
}

QByteArray runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DTI_CLI_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return process.readAllStandardOutput();
}

// Keys of the visible tree as "Category: key, key | …".
QString visibleTree(const QAbstractItemModel &model)
{
    QStringList categories;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex category = model.index(row, 0);
        QStringList keys;
        for (int child = 0; child < model.rowCount(category); ++child)
            keys.append(model.index(child, 0, category).data().toString());
        categories.append(category.data(ReportModel::CategoryNameRole).toString() + QStringLiteral(": ")
                          + keys.join(QStringLiteral(", ")));
    }
    return categories.join(QStringLiteral(" | "));
}

// Runs `action` on the next modal dialog once it is shown (dialogs block in exec()).
void onNextDialog(const std::function<void(ConnectionDialog *)> &action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowEachKeyUnderItsCategoryWithItsValue_data();
    void shouldShowEachKeyUnderItsCategoryWithItsValue();
    void shouldFilterUsersToTheUserFields();
    void shouldShowTheCliBytesInTheRawJsonTab();
    void shouldShowTheRedactionChecksBesideTheReport();
    void shouldRememberRecentProjects();
    void shouldRestoreTheViewState();
    void shouldExplainAProjectItCannotRead();
    void shouldExplainAClientItCannotRead();
    void shouldAskForThePasswordEachTimeWithoutAKeychain();
    void shouldKeepPasswordsOutOfTheSettings();
    void shouldOpenTheBundledDemoProject();
    void shouldSayFirstWhenDirectusWouldSendNothing();
    void shouldRereadAFixedConfigurationOnComputeAgain();
    void shouldNameEveryControlForAccessibility();
    void shouldReachTheFilterAndCancelFromTheKeyboard();
    void shouldRunTheCliWithoutADisplay();
    void shouldOpenTheWindowThroughItsOwnProgram();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool openAndWait(MainWindow &window, const QString &path);

    std::unique_ptr<ScratchProject> m_project;
    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    FakeSecretStore m_secrets;
    // One window with the blog report, shared by the read-only checks.
    std::unique_ptr<MainWindow> m_blogWindow;
    std::unique_ptr<QTemporaryDir> m_blogConfigDir;
    std::unique_ptr<QSettings> m_blogQSettings;
    std::unique_ptr<AppSettings> m_blogSettings;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    // Given a scratch copy of the blog fixture (the fixture itself is never opened by the window)
    m_project = std::make_unique<ScratchProject>(QStringLiteral("blog-sqlite"));
    m_blogConfigDir = std::make_unique<QTemporaryDir>();
    m_blogQSettings = std::make_unique<QSettings>(m_blogConfigDir->filePath(QStringLiteral("settings.ini")),
                                                  QSettings::IniFormat);
    m_blogSettings = std::make_unique<AppSettings>(m_blogQSettings.get());
    m_blogWindow = std::make_unique<MainWindow>(m_blogSettings.get(), &m_secrets, QString());
    m_blogWindow->show();
    QVERIFY(openAndWait(*m_blogWindow, m_project->path()));
    QVERIFY2(m_blogWindow->reportModel()->hasReport(), qPrintable(m_blogWindow->messageText()));
}

void TestMainWindow::init()
{
    // Each test gets fresh settings in a temporary folder.
    m_configDir = std::make_unique<QTemporaryDir>();
    m_qsettings = std::make_unique<QSettings>(m_configDir->filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_settings->migrate();
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_qsettings.reset();
    m_configDir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    return std::make_unique<MainWindow>(m_settings.get(), &m_secrets, QString());
}

bool TestMainWindow::openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy ready(&window, &MainWindow::reportReady);
    window.openProjectFolder(path);
    return ready.count() > 0 || ready.wait(ReportTimeoutMs);
}

void TestMainWindow::shouldShowEachKeyUnderItsCategoryWithItsValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedValue");
    const JsValue expected = expectedReport();
    QCOMPARE(expected.members().size(), 36);
    // For SQLite every value is exact, including the two that depend on the environment for the server
    // fixtures (tests/data/directus-12.4.1/README.md): database_size is page_count * page_size of the file
    // as shipped (the scratch copy is byte-identical), and project_id is whatever the database holds.
    for (const JsValue::Member &member : expected.members())
        QTest::newRow(qPrintable(member.first))
            << member.first << QString::fromUtf8(JsonWriter::stringify(member.second));
}

void TestMainWindow::shouldShowEachKeyUnderItsCategoryWithItsValue()
{
    QFETCH(QString, key);
    QFETCH(QString, expectedValue);
    // When the report is shown, the key is found under its documented category in the view's model
    const QAbstractItemModel *model = m_blogWindow->reportView()->model();
    const FieldCatalog::Field *catalog = FieldCatalog::find(key);
    QVERIFY(catalog);
    QModelIndex found;
    QString foundCategory;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex category = model->index(row, 0);
        for (int child = 0; child < model->rowCount(category); ++child) {
            if (model->index(child, ReportModel::KeyColumn, category).data().toString() == key) {
                QVERIFY2(!found.isValid(), "a key appears twice");
                found = model->index(child, ReportModel::ValueColumn, category);
                foundCategory = category.data(ReportModel::CategoryNameRole).toString();
            }
        }
    }
    QVERIFY2(found.isValid(), qPrintable(key));
    QCOMPARE(foundCategory, FieldCatalog::categoryName(catalog->category));
    // Then with the value Directus computed, and a description from the documentation
    QCOMPARE(found.data().toString(), expectedValue);
    QCOMPARE(found.siblingAtColumn(ReportModel::DescriptionColumn).data().toString(),
             FieldCatalog::description(*catalog));
}

void TestMainWindow::shouldFilterUsersToTheUserFields()
{
    // Given the blog report, with testers on the view's proxy and its source
    QAbstractItemModelTester proxyTester(m_blogWindow->filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(m_blogWindow->reportModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    // When typing "users" in the search box
    QTest::keyClicks(m_blogWindow->searchField(), QStringLiteral("users"));
    // Then only the user fields remain
    QCOMPARE(visibleTree(*m_blogWindow->reportView()->model()),
             QStringLiteral("Users and Access: admin_users, app_users, api_users"));
    // And clearing the box brings back all 36
    m_blogWindow->searchField()->clear();
    QCOMPARE(m_blogWindow->filterModel()->rowCount(), 5);
}

void TestMainWindow::shouldShowTheCliBytesInTheRawJsonTab()
{
    // Given the CLI's bytes for the same project
    const QByteArray cliBytes = runCli({QStringLiteral("report"), m_project->path()});
    QVERIFY(!cliBytes.isEmpty());
    RawJsonView *raw = m_blogWindow->rawJsonView();
    // Then the raw tab shows exactly those bytes, and counts them
    raw->setPretty(false);
    QCOMPARE(raw->shownText().toUtf8(), cliBytes);
    QCOMPARE(raw->wireBytes(), cliBytes);
    QVERIFY(raw->findChild<QLabel *>(QStringLiteral("byteCount"))
                ->text()
                .contains(QString::number(cliBytes.size())));
    // And the pretty toggle shows the CLI's --pretty text (which ends with a newline for the terminal)
    const QByteArray cliPretty
        = runCli({QStringLiteral("report"), m_project->path(), QStringLiteral("--pretty")});
    QTest::mouseClick(raw->findChild<QCheckBox *>(QStringLiteral("prettyToggle")), Qt::LeftButton);
    QVERIFY(raw->isPretty());
    QCOMPARE(raw->shownText().toUtf8() + '\n', cliPretty);
    raw->setPretty(false);
    // And Copy puts the shown bytes on the clipboard
    raw->copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), cliBytes);
}

void TestMainWindow::shouldShowTheRedactionChecksBesideTheReport()
{
    RedactionPanel *panel = m_blogWindow->redactionPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->rowCount(), 6);
    for (int row = 0; row < 6; ++row) {
        const QModelIndex verdict = panel->model()->index(row, RedactionModel::VerdictColumn);
        QCOMPARE(verdict.data().toString(), QStringLiteral("Pass"));
    }
    QVERIFY2(panel->summaryText().startsWith(QStringLiteral("All 6 checks pass")),
             qPrintable(panel->summaryText()));
    // The panel sits beside the tree, in the same splitter
    auto *splitter = m_blogWindow->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    QCOMPARE(splitter->indexOf(panel), 1);
}

void TestMainWindow::shouldRememberRecentProjects()
{
    // Given a fresh window and settings
    auto window = makeWindow();
    // When a project is opened
    QVERIFY(openAndWait(*window, m_project->path()));
    // Then it is the first recent project, in the settings file
    QCOMPARE(m_settings->recentProjects().value(0), QDir(m_project->path()).absolutePath());
    m_qsettings->sync();
    QSettings reread(m_configDir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(reread.value(AppSettings::keyName(AppSettings::Key::RecentProjects)).toStringList().value(0),
             QDir(m_project->path()).absolutePath());
    // And the Recent Projects menu offers it; choosing it opens the project again
    auto *recentMenu = window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recentMenu);
    QTRY_COMPARE(recentMenu->actions().size(), 1);
    QSignalSpy ready(window.get(), &MainWindow::reportReady);
    recentMenu->actions().first()->trigger();
    QVERIFY(ready.wait(ReportTimeoutMs));
    QVERIFY(window->reportModel()->hasReport());
    QTRY_COMPARE(recentMenu->actions().size(), 1);
}

void TestMainWindow::shouldRestoreTheViewState()
{
    // Given a window whose splitter and columns were changed, then closed
    QList<int> sizes;
    int keyWidth = 0;
    {
        auto window = makeWindow();
        window->resize(1000, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({600, 380});
        sizes = splitter->sizes();
        window->reportView()->setColumnWidth(ReportModel::KeyColumn, 123);
        keyWidth = window->reportView()->columnWidth(ReportModel::KeyColumn);
        window->close();
    }
    // When a new window starts with the same settings
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Then it looks the same
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(window->reportView()->columnWidth(ReportModel::KeyColumn), keyWidth);
    QCOMPARE(window->size(), QSize(1000, 700));
}

void TestMainWindow::shouldExplainAProjectItCannotRead()
{
    // Given a folder that is not a Directus project
    QTemporaryDir empty;
    auto window = makeWindow();
    // When opening it
    QVERIFY(openAndWait(*window, empty.path() + QStringLiteral("/missing")));
    // Then the window says what failed and what to do, and remembers nothing
    QCOMPARE(window->messageKind(), MainWindow::MessageKind::Error);
    QVERIFY2(window->messageText().contains(QStringLiteral("What to do")), qPrintable(window->messageText()));
    QVERIFY(m_settings->recentProjects().isEmpty());
    QVERIFY(!window->reportModel()->hasReport());
}

void TestMainWindow::shouldExplainAClientItCannotRead()
{
    // Given a PostgreSQL connection (reading it arrives on another branch)
    auto window = makeWindow();
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    QSignalSpy ready(window.get(), &MainWindow::reportReady);
    // When connecting
    window->openConnection(profile, QStringLiteral("pw"));
    QVERIFY(ready.count() > 0 || ready.wait(ReportTimeoutMs));
    // Then the engine's message is in the window, with what to do
    QCOMPARE(window->messageKind(), MainWindow::MessageKind::Error);
    QVERIFY2(window->messageText().contains(QStringLiteral("What to do")), qPrintable(window->messageText()));
    QVERIFY(!window->messageText().contains(QStringLiteral("pw\n")));
}

void TestMainWindow::shouldAskForThePasswordEachTimeWithoutAKeychain()
{
    // Given no keychain and a saved connection
    FakeSecretStore noKeychain(false);
    MainWindow window(m_settings.get(), &noKeychain, QString());
    window.setKeychainAvailable(false);
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.host = QStringLiteral("db.example.com");
    m_settings->saveConnectionProfile(profile);
    // When opening it, the form appears, says so, and cannot remember the password
    bool asked = false;
    QString note;
    bool canRemember = true;
    onNextDialog([&](ConnectionDialog *dialog) {
        asked = true;
        note = dialog->findChild<QLabel *>(QStringLiteral("keychainNote"))->text();
        canRemember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isEnabled();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("host"))->text(),
                 QStringLiteral("db.example.com"));
        dialog->reject();
    });
    window.openSavedConnection(profile.id);
    QTRY_VERIFY(asked);
    QVERIFY2(note.contains(QStringLiteral("No system keychain")), qPrintable(note));
    QVERIFY(!canRemember);
}

void TestMainWindow::shouldKeepPasswordsOutOfTheSettings()
{
    // Given the connection form filled in with a password to remember
    auto window = makeWindow();
    const QString password = QStringLiteral("s3cret-Pa55word-%1").arg(QUuid::createUuid().toString());
    onNextDialog([&](ConnectionDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("db.example.com"));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
        dialog->accept();
    });
    QSignalSpy saved(window.get(), &MainWindow::connectionSaved);
    window->showConnectionDialog(ConnectionProfile());
    QVERIFY(saved.count() > 0 || saved.wait(5000));
    // Then the profile is in the settings, the password only in the keychain
    const QList<ConnectionProfile> profiles = m_settings->connectionProfiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().host, QStringLiteral("db.example.com"));
    QCOMPARE(m_secrets.secrets().value(profiles.first().passwordKey()), password);
    m_qsettings->sync();
    QFile file(m_configDir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("db.example.com"));
    QVERIFY(!bytes.contains(password.toUtf8()));
}

void TestMainWindow::shouldOpenTheBundledDemoProject()
{
    // Given the demo found from the source tree (tests/data is inside it), as a build-tree binary finds it
    const QString sourceDir = QDir(QStringLiteral(DTI_TEST_DATA_DIR "/../..")).absolutePath();
    const QString demo = DemoProjectLocator(QString(), sourceDir).find();
    QCOMPARE(demo, sourceDir + QStringLiteral("/resources/demo"));
    const QByteArray before = fileChecksum(demo + QStringLiteral("/directus.db"));
    // When opening it
    MainWindow window(m_settings.get(), &m_secrets, demo);
    QSignalSpy ready(&window, &MainWindow::reportReady);
    window.openDemoProject();
    QVERIFY(ready.wait(ReportTimeoutMs));
    // Then its report is shown, the demo is not listed as a recent project, and its file is untouched
    QVERIFY2(window.reportModel()->hasReport(), qPrintable(window.messageText()));
    QCOMPARE(window.reportModel()
                 ->indexForKey(QStringLiteral("database"), ReportModel::ValueColumn)
                 .data()
                 .toString(),
             QStringLiteral("\"sqlite\""));
    QVERIFY(m_settings->recentProjects().isEmpty());
    QCOMPARE(fileChecksum(demo + QStringLiteral("/directus.db")), before);
}

void TestMainWindow::shouldSayFirstWhenDirectusWouldSendNothing()
{
    // Given a project whose database lacks a table Directus loads before any report query
    ScratchProject broken(QStringLiteral("blog-sqlite"));
    broken.exec({QStringLiteral("DROP TABLE directus_relations")});
    auto window = makeWindow();
    // When opening it
    QVERIFY(openAndWait(*window, broken.path()));
    // Then the window says so first, and still shows the tolerant values
    QCOMPARE(window->messageKind(), MainWindow::MessageKind::Warning);
    QVERIFY2(window->messageText().startsWith(QStringLiteral("Directus would send nothing")),
             qPrintable(window->messageText()));
    QVERIFY(window->reportModel()->hasReport());
}

void TestMainWindow::shouldRereadAFixedConfigurationOnComputeAgain()
{
    // Given a project whose DB_FILENAME points nowhere
    ScratchProject project(QStringLiteral("blog-sqlite"));
    project.appendEnv(QStringLiteral("DB_FILENAME=./missing.db"));
    auto window = makeWindow();
    QVERIFY(openAndWait(*window, project.path()));
    QCOMPARE(window->messageKind(), MainWindow::MessageKind::Error);
    QVERIFY2(window->messageText().contains(QStringLiteral("DB_FILENAME")),
             qPrintable(window->messageText()));
    // When the file is fixed and F5 pressed
    project.appendEnv(QStringLiteral("DB_FILENAME=./directus.db"));
    QSignalSpy ready(window.get(), &MainWindow::reportReady);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(ready.wait(ReportTimeoutMs));
    // Then the report is computed from the fixed configuration
    QVERIFY2(window->reportModel()->hasReport(), qPrintable(window->messageText()));
    QCOMPARE(window->messageKind(), MainWindow::MessageKind::None);
}

void TestMainWindow::shouldNameEveryControlForAccessibility()
{
    // Given the window with a report (so every panel is filled)
    m_blogWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_blogWindow.get()));
    // Then every control that takes focus has a name a screen reader can say
    QStringList unnamed;
    const QList<QWidget *> widgets = m_blogWindow->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->isWindow())
            continue;
        // Named by their own text or part of a named view.
        if (qobject_cast<QAbstractButton *>(widget)
            && !qobject_cast<QAbstractButton *>(widget)->text().isEmpty())
            continue;
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget)
            || qobject_cast<QTabBar *>(widget) || qobject_cast<QMenuBar *>(widget))
            continue;
        if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget())
            && !qobject_cast<QAbstractScrollArea *>(widget->parentWidget())->accessibleName().isEmpty())
            continue; // a viewport
        if (widget->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('#')
                           + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::shouldReachTheFilterAndCancelFromTheKeyboard()
{
    // Given a shown window
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // When pressing Ctrl+F, the filter box has the focus
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->searchField()->hasFocus());
    // And Tab moves on to the report tabs, then the report tree
    QTest::keyClick(window->searchField(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window->reportView());
    // And Esc cancels a running report
    QSignalSpy ready(window.get(), &MainWindow::reportReady);
    window->runner()->setWorkerHook([](int, int, const QString &) { QThread::msleep(50); });
    window->openProjectFolder(m_project->path());
    QVERIFY(window->isComputing());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(ready.wait(ReportTimeoutMs));
    QVERIFY2(window->messageText().contains(QStringLiteral("cancelled")), qPrintable(window->messageText()));
}

void TestMainWindow::shouldRunTheCliWithoutADisplay()
{
    // Given no display at all
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    // When running a command, it works (no QApplication is made for commands)
    process.start(QStringLiteral(DTI_CLI_BINARY), {QStringLiteral("report"), m_project->path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("{\"url\""));
    // And asking for the window explains what to do instead of aborting
    process.start(QStringLiteral(DTI_CLI_BINARY), QStringList());
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("needs a display"));
}

void TestMainWindow::shouldOpenTheWindowThroughItsOwnProgram()
{
    // Given the command-line program, which does not link Qt's GUI libraries (they cost commands a quarter of
    // their start-up time)
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(DTI_CLI_BINARY)});
    if (!readelf.waitForFinished(10000) || readelf.exitCode() != 0)
        QSKIP("readelf (binutils) is not available");
    const QByteArray dynamicSection = readelf.readAllStandardOutput();
    QVERIFY(dynamicSection.contains("libQt6Core.so"));
    QVERIFY2(!dynamicSection.contains("libQt6Widgets.so") && !dynamicSection.contains("libQt6Gui.so"),
             dynamicSection.constData());
    QVERIFY2(!dynamicSection.contains("RUNPATH") && !dynamicSection.contains("RPATH"),
             dynamicSection.constData());

    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // When it is started without a command
    QProcess window;
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(DTI_CLI_BINARY), {QStringLiteral("gui"), QStringLiteral("--demo")});
    QVERIFY(window.waitForStarted(10000));
    // Then the same process becomes the window program beside it, and stays open
    const QString executable = QStringLiteral("/proc/%1/exe").arg(window.processId());
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(QFileInfo(executable).symLinkTarget()).fileName(),
                              QStringLiteral("telemetry-inspector-window"), 10000);
    QVERIFY(!window.waitForFinished(500));
    window.kill();
    window.waitForFinished(10000);

    // And a copy with no window program beside it says so, naming the file, instead of failing silently
    QTemporaryDir lonely;
    const QString copy = lonely.filePath(QStringLiteral("telemetry-inspector"));
    QVERIFY(QFile::copy(QStringLiteral(DTI_CLI_BINARY), copy));
    QProcess orphan;
    orphan.setProcessEnvironment(environment);
    orphan.start(copy, QStringList());
    QVERIFY(orphan.waitForFinished(30000));
    QCOMPARE(orphan.exitCode(), 1);
    const QByteArray error = orphan.readAllStandardError();
    QVERIFY2(error.contains("Could not start the desktop window")
                 && error.contains(
                     QFile::encodeName(lonely.filePath(QStringLiteral("telemetry-inspector-window")))),
             error.constData());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
