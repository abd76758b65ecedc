// SPDX-License-Identifier: GPL-3.0-or-later
// The Report menu's dialogs, off screen, on scratch copies of the blog fixture: Send now… against a real HTTP
// server on 127.0.0.1 (the bytes received are the bytes shown, Authorization masked on screen, the attempt
// in the history, nothing sent without the click), the Authorization override kept in the keychain only,
// History… with a field diff of two entries, Telemetry on/off… changing only the TELEMETRY line and showing
// requested/effective, and Export… writing a file the verifier accepts.
#include "ActionServices.h"
#include "FakeSecretStore.h"
#include "LoopbackHttpServer.h"
#include "ScratchProject.h"
#include "export/ComplianceExportVerifier.h"
#include "gating/GateTextFormatter.h"
#include "history/ReportHistory.h"
#include "i18n/TranslationLoader.h"
#include "models/HistoryModel.h"
#include "settings/AppSettings.h"
#include "widgets/ExportDialog.h"
#include "widgets/HistoryDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/SendReportDialog.h"
#include "widgets/TelemetryToggleDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

Q_DECLARE_METATYPE(SendResult::Kind)

namespace {
constexpr int WaitMs = 30000;
const QString Secret = QStringLiteral("Bearer s3cr3t-intake-token-0123456789abcdef");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every control a user can reach must say what it is to a screen reader and take keyboard focus.
QStringList unnamedControls(const QWidget &dialog)
{
    QStringList problems;
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        const bool control = qobject_cast<const QAbstractButton *>(widget)
            || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
            || qobject_cast<const QAbstractItemView *>(widget);
        // A view's own parts (headers, the corner button) take no focus; the view itself is checked.
        if (!control || qobject_cast<const QAbstractItemView *>(widget->parentWidget()))
            continue;
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        if (!named)
            problems.append(
                QStringLiteral("%1 has no accessible name").arg(widget->metaObject()->className()));
        if (!(widget->focusPolicy() & Qt::TabFocus))
            problems.append(QStringLiteral("%1 (%2) is not reachable with Tab")
                                .arg(widget->metaObject()->className(), widget->accessibleName()));
    }
    return problems;
}
} // namespace

class TestReportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldSendExactlyTheShownBytesAfterTheClick();
    void shouldSendNothingWhenClosedWithoutSending();
    void shouldRecordAFailedAttemptWithItsResult_data();
    void shouldRecordAFailedAttemptWithItsResult();
    void shouldCancelARunningSendAndRecordIt();
    void shouldKeepTheAuthorizationOverrideInTheKeychainOnly();
    void shouldNotOfferSendWhenTheUrlIsInvalid();
    void shouldSayWhenTheHistoryCannotRecordTheSend();
    void shouldShowTheFieldDiffOfTwoHistoryEntries();
    void shouldChangeOnlyTheTelemetryLineAndShowTheEffectiveState();
    void shouldWriteAnExportTheVerifierAccepts();
    void shouldWriteTheExportInEnglishFromAGermanWindow();
    void shouldRefuseToExportAReportTheDatabaseNoLongerGives();
    void shouldOfferTheActionsInTheWindow();
    void shouldNameEveryControl();

private:
    std::unique_ptr<ScratchProject> projectSendingTo(const QString &url, bool withAuthorization);
    ActionServices services();

    std::unique_ptr<QTemporaryDir> m_historyDir;
    std::unique_ptr<ReportHistory> m_history;
    std::unique_ptr<QNetworkAccessManager> m_network;
    FakeSecretStore m_secrets;
    LoopbackHttpServer m_server;
};

void TestReportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_server.isListening());
}

void TestReportActions::init()
{
    m_historyDir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<ReportHistory>(m_historyDir->path());
    QString error;
    QVERIFY2(m_history->open(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy); // straight to 127.0.0.1, whatever the environment says
    m_server.setBehaviour(LoopbackHttpServer::Behaviour::Respond);
    m_server.setResponse({200, QByteArray(), {}});
}

void TestReportActions::cleanup()
{
    m_history.reset();
    m_network.reset();
}

ActionServices TestReportActions::services()
{
    ActionServices services;
    services.network = m_network.get();
    services.history = m_history.get();
    services.secrets = &m_secrets;
    services.clock = [] { return QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC); };
    return services;
}

std::unique_ptr<ScratchProject> TestReportActions::projectSendingTo(const QString &url,
                                                                    bool withAuthorization)
{
    auto project = std::make_unique<ScratchProject>(QStringLiteral("blog-sqlite"));
    project->appendEnv(QStringLiteral("TELEMETRY_URL=") + url);
    if (withAuthorization)
        project->appendEnv(QStringLiteral("TELEMETRY_AUTHORIZATION=\"") + Secret + QLatin1Char('"'));
    return project;
}

void TestReportActions::shouldSendExactlyTheShownBytesAfterTheClick()
{
    // Given the blog project pointed at a loopback intake, with an Authorization value
    const auto project = projectSendingTo(m_server.baseUrl(), true);
    QString error;
    const auto config = project->config(&error);
    QVERIFY2(config, qPrintable(error));
    const ReportEngine::Outcome outcome = project->report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const int requestsBefore = int(m_server.requests().size());
    SendReportDialog dialog(*config, outcome.report.wireBytes(), QString(), QStringLiteral("project-test"),
                            services());
    dialog.show();
    QSignalSpy ready(&dialog, &SendReportDialog::reviewReady);
    QVERIFY(ready.wait(WaitMs));

    // Then the review shows the destination, the gate, the bytes, and the secret only masked
    const QString shown = dialog.shownText();
    QVERIFY2(shown.contains(m_server.baseUrl() + QStringLiteral("/v1/metrics")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Bearer ••••")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("s3cr3t")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("on (TELEMETRY=")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("enabled by TELEMETRY")), qPrintable(shown));
    QCOMPARE(dialog.shownBytes(), outcome.report.wireBytes());
    QCOMPARE(m_server.requests().size(), requestsBefore); // nothing sent before the click
    QVERIFY(dialog.sendButton()->isEnabled());

    // When Send is clicked
    QSignalSpy finished(&dialog, &SendReportDialog::sendFinished);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));

    // Then the intake received exactly the shown bytes with the real header, and the result is shown
    QCOMPARE(m_server.requests().size(), requestsBefore + 1);
    const LoopbackHttpServer::Request &received = m_server.requests().constLast();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QByteArray("/v1/metrics"));
    QCOMPARE(received.body, dialog.shownBytes());
    QCOMPARE(received.header("authorization"), Secret.toUtf8());
    QVERIFY(dialog.result() && dialog.result()->ok());
    QVERIFY2(dialog.shownText().contains(QStringLiteral("Delivered")), qPrintable(dialog.shownText()));
    QVERIFY(!dialog.shownText().contains(QStringLiteral("s3cr3t")));
    // And the history gained the attempt, without the secret
    const QList<HistoryEntry> entries = m_history->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, dialog.recordedEntryId());
    QVERIFY(entries.first().delivered());
    QCOMPARE(entries.first().bytes, outcome.report.wireBytes());
    QVERIFY(!readFile(m_history->databasePath()).contains("s3cr3t"));
    QVERIFY(!dialog.sendButton()->isEnabled()); // one send per dialog
}

void TestReportActions::shouldSendNothingWhenClosedWithoutSending()
{
    // Given a review ready to send
    const auto project = projectSendingTo(m_server.baseUrl(), true);
    QString error;
    const auto config = project->config(&error);
    QVERIFY2(config, qPrintable(error));
    const ReportEngine::Outcome outcome = project->report();
    const int requestsBefore = int(m_server.requests().size());
    {
        SendReportDialog dialog(*config, outcome.report.wireBytes(), QString(),
                                QStringLiteral("project-test"), services());
        dialog.show();
        QSignalSpy ready(&dialog, &SendReportDialog::reviewReady);
        QVERIFY(ready.wait(WaitMs));
        // When the dialog is closed with Escape
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
    QTest::qWait(300);
    // Then nothing reached the server and nothing was recorded
    QCOMPARE(m_server.requests().size(), requestsBefore);
    QVERIFY(m_history->entries().isEmpty());
}

void TestReportActions::shouldRecordAFailedAttemptWithItsResult_data()
{
    QTest::addColumn<int>("status"); // the intake's answer; 0: nothing listens on the port
    QTest::addColumn<SendResult::Kind>("kind");
    QTest::addColumn<QString>("shown");
    QTest::newRow("500 with a body") << 500 << SendResult::Kind::HttpError << QStringLiteral("intake down");
    QTest::newRow("401") << 401 << SendResult::Kind::HttpError << QStringLiteral("401");
    QTest::newRow("refused port") << 0 << SendResult::Kind::ConnectionRefused << QStringLiteral("refused");
}

void TestReportActions::shouldRecordAFailedAttemptWithItsResult()
{
    QFETCH(int, status);
    QFETCH(SendResult::Kind, kind);
    QFETCH(QString, shown);
    // Given an intake that answers with an error, or a port where nothing listens
    m_server.setResponse({status, QByteArray("intake down"), {}});
    const QString url = status > 0
        ? m_server.baseUrl()
        : QStringLiteral("http://127.0.0.1:%1").arg(LoopbackHttpServer::unusedPort());
    const auto project = projectSendingTo(url, false);
    QString error;
    const auto config = project->config(&error);
    const ReportEngine::Outcome outcome = project->report();
    SendReportDialog dialog(*config, outcome.report.wireBytes(), QString(), QString(), services());
    QSignalSpy ready(&dialog, &SendReportDialog::reviewReady);
    QVERIFY(ready.wait(WaitMs));
    // When it is sent
    QSignalSpy finished(&dialog, &SendReportDialog::sendFinished);
    dialog.send();
    QVERIFY(finished.wait(WaitMs));
    // Then the typed result says so, the dialog shows it, and the history keeps the attempt
    QVERIFY(dialog.result());
    QCOMPARE(dialog.result()->kind, kind);
    QCOMPARE(dialog.result()->httpStatus, status);
    const QString text = dialog.shownText();
    QVERIFY2(text.contains(QStringLiteral("Not delivered")), qPrintable(text));
    QVERIFY2(text.contains(shown), qPrintable(text));
    const QList<HistoryEntry> entries = m_history->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().httpStatus, status);
    QCOMPARE(entries.first().outcome, SendResult::kindName(kind));
    QVERIFY(!entries.first().delivered());
}

void TestReportActions::shouldCancelARunningSendAndRecordIt()
{
    // Given an intake that never answers, and a send under way
    m_server.setBehaviour(LoopbackHttpServer::Behaviour::NeverAnswer);
    const auto project = projectSendingTo(m_server.baseUrl(), false);
    QString error;
    const auto config = project->config(&error);
    const ReportEngine::Outcome outcome = project->report();
    SendReportDialog dialog(*config, outcome.report.wireBytes(), QString(), QString(), services());
    dialog.show();
    QSignalSpy ready(&dialog, &SendReportDialog::reviewReady);
    QVERIFY(ready.wait(WaitMs));
    QSignalSpy received(&m_server, &LoopbackHttpServer::requestReceived);
    QSignalSpy finished(&dialog, &SendReportDialog::sendFinished);
    dialog.send();
    QVERIFY(received.wait(WaitMs));
    // When the dialog is closed
    dialog.reject();
    // Then the send ends as cancelled, is recorded, and the dialog closes
    QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
    QCOMPARE(dialog.result()->kind, SendResult::Kind::Cancelled);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(m_history->entries().size(), 1);
    QCOMPARE(m_history->entries().first().outcome, SendResult::kindName(SendResult::Kind::Cancelled));
}

void TestReportActions::shouldKeepTheAuthorizationOverrideInTheKeychainOnly()
{
    // Given a project without TELEMETRY_AUTHORIZATION and a settings file
    QTemporaryDir settingsDir;
    QSettings qsettings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    const auto project = projectSendingTo(m_server.baseUrl(), false);
    QString error;
    const auto config = project->config(&error);
    const ReportEngine::Outcome outcome = project->report();
    const QString override = QStringLiteral("Bearer override-token-abcdefghijklmnop");
    {
        SendReportDialog dialog(*config, outcome.report.wireBytes(), QString(),
                                QStringLiteral("project-override"), services());
        QSignalSpy ready(&dialog, &SendReportDialog::reviewReady);
        QVERIFY(ready.wait(WaitMs));
        QVERIFY(dialog.shownText().contains(QStringLiteral("not set")));
        // When the user types an override and keeps it
        QSignalSpy stored(&dialog, &SendReportDialog::authorizationStored);
        QTest::keyClicks(dialog.authorizationField(), override);
        dialog.setAuthorizationOverride(dialog.authorizationField()->text());
        QVERIFY(stored.wait(WaitMs));
        QCOMPARE(stored.first().first().toBool(), true);
        // Then it is in the keychain under the project's key, shown masked, and the field is cleared
        QCOMPARE(m_secrets.secrets().value(QStringLiteral("project-override/telemetry-authorization")),
                 override);
        QVERIFY(dialog.authorizationField()->text().isEmpty());
        QVERIFY(!dialog.shownText().contains(QStringLiteral("override-token")));
        QVERIFY(dialog.shownText().contains(QStringLiteral("Bearer ••••")));
    }
    qsettings.sync();
    QVERIFY(!readFile(qsettings.fileName()).contains("override-token"));

    // And a new dialog for the same project reads it back from the keychain and sends it
    SendReportDialog again(*config, outcome.report.wireBytes(), QString(), QStringLiteral("project-override"),
                           services());
    QSignalSpy ready(&again, &SendReportDialog::reviewReady);
    QVERIFY(ready.wait(WaitMs));
    QSignalSpy finished(&again, &SendReportDialog::sendFinished);
    again.send();
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(m_server.requests().constLast().header("authorization"), override.toUtf8());
    QVERIFY(!readFile(m_history->databasePath()).contains("override-token"));
}

void TestReportActions::shouldNotOfferSendWhenTheUrlIsInvalid()
{
    // Given a TELEMETRY_URL fetch would refuse
    const auto project = projectSendingTo(QStringLiteral("ftp://example.com/"), false);
    QString error;
    const auto config = project->config(&error);
    const ReportEngine::Outcome outcome = project->report();
    const int requestsBefore = int(m_server.requests().size());
    SendReportDialog dialog(*config, outcome.report.wireBytes(), QString(), QString(), services());
    QSignalSpy ready(&dialog, &SendReportDialog::reviewReady);
    QVERIFY(ready.wait(WaitMs));
    // Then Send is off and the dialog says why; send() does nothing
    QVERIFY(!dialog.sendButton()->isEnabled());
    QVERIFY(!dialog.review()->blockedReason().isEmpty());
    QVERIFY(dialog.shownText().contains(dialog.review()->blockedReason()));
    dialog.send();
    QTest::qWait(100);
    QCOMPARE(m_server.requests().size(), requestsBefore);
}

void TestReportActions::shouldSayWhenTheHistoryCannotRecordTheSend()
{
    // Given a history that could not be opened
    ReportHistory closed(QStringLiteral("/proc/no-such-folder"));
    ActionServices withoutHistory = services();
    withoutHistory.history = &closed;
    const auto project = projectSendingTo(m_server.baseUrl(), false);
    QString error;
    const auto config = project->config(&error);
    const ReportEngine::Outcome outcome = project->report();
    SendReportDialog dialog(*config, outcome.report.wireBytes(), QString(), QString(), withoutHistory);
    QSignalSpy ready(&dialog, &SendReportDialog::reviewReady);
    QVERIFY(ready.wait(WaitMs));
    // Then the review says so before the click, and the send still works and says it was not recorded
    QVERIFY2(dialog.shownText().contains(QStringLiteral("would not be recorded")),
             qPrintable(dialog.shownText()));
    QSignalSpy finished(&dialog, &SendReportDialog::sendFinished);
    dialog.send();
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(dialog.result()->ok());
    QCOMPARE(dialog.recordedEntryId(), 0);
    QVERIFY2(dialog.shownText().contains(QStringLiteral("Not recorded")), qPrintable(dialog.shownText()));
}

void TestReportActions::shouldShowTheFieldDiffOfTwoHistoryEntries()
{
    // Given two recorded reports of one project
    const qint64 first = m_history->recordComputed(
        QStringLiteral("/p"), QByteArray(R"({"items":94,"mcp_enabled":false})"), QStringLiteral("dry-run"));
    const qint64 second = m_history->recordComputed(
        QStringLiteral("/p"), QByteArray(R"({"items":151,"mcp_enabled":true})"), QStringLiteral("dry-run"));
    HistoryDialog dialog(m_history.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), 2);
    // Newest first
    QCOMPARE(dialog.model()->index(0, HistoryModel::IdColumn).data(HistoryModel::EntryIdRole).toLongLong(),
             second);
    // When both are selected
    dialog.selectEntries({first, second});
    // Then the dialog shows the field changes, older → newer
    QVERIFY2(dialog.detailText().contains(QStringLiteral("items 94 → 151")), qPrintable(dialog.detailText()));
    QVERIFY2(dialog.detailText().contains(QStringLiteral("mcp_enabled false → true")),
             qPrintable(dialog.detailText()));
    // When one is selected, its bytes are shown
    dialog.selectEntries({first});
    QVERIFY(dialog.detailText().contains(QStringLiteral(R"({"items":94,"mcp_enabled":false})")));
    // And an entry added while open appears on top
    m_history->recordComputed(QStringLiteral("/p"), QByteArray("{}"), QStringLiteral("dry-run"));
    QCOMPARE(dialog.model()->rowCount(), 3);
}

void TestReportActions::shouldChangeOnlyTheTelemetryLineAndShowTheEffectiveState()
{
    // Given the blog project without a licence, TELEMETRY not set
    ScratchProject project(QStringLiteral("blog-sqlite"));
    const QString envPath = project.path() + QStringLiteral("/.env");
    const QByteArray before = readFile(envPath);
    ProjectConfig::Options options;
    options.projectDir = project.path();
    TelemetryToggleDialog dialog(options, services());
    dialog.show();
    QSignalSpy planned(&dialog, &TelemetryToggleDialog::planReady);
    QVERIFY(planned.wait(WaitMs));
    // Then it proposes turning telemetry off and shows the new line, changing nothing yet
    QVERIFY(dialog.plan() && dialog.plan()->ok);
    QVERIFY(!dialog.plan()->enable);
    QVERIFY2(dialog.shownText().contains(QStringLiteral("+ TELEMETRY=false")),
             qPrintable(dialog.shownText()));
    QVERIFY2(dialog.shownText().contains(QStringLiteral("enabled by TELEMETRY")),
             qPrintable(dialog.shownText()));
    // And it says up front that, without a licence, Directus will keep sending anyway
    QVERIFY2(dialog.shownText().contains(QStringLiteral("still sends reports")),
             qPrintable(dialog.shownText()));
    QVERIFY2(dialog.shownText().contains(QStringLiteral("required by the Core licence")),
             qPrintable(dialog.shownText()));
    QCOMPARE(readFile(envPath), before);
    QVERIFY(dialog.confirmButton()->isEnabled());

    // When the change is confirmed
    QSignalSpy finished(&dialog, &TelemetryToggleDialog::finished);
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.first().first().toBool(), true);

    // Then only the TELEMETRY line changed (appended), and a backup was kept
    const QByteArray after = readFile(envPath);
    QVERIFY(after.startsWith(before) || after.endsWith(before));
    QByteArray added = after;
    added.replace(before, QByteArray());
    QCOMPARE(added.trimmed(), QByteArray("TELEMETRY=false"));
    QDir dir(project.path());
    QCOMPARE(dir.entryList({QStringLiteral(".env.backup-*")}, QDir::Files | QDir::Hidden).size(), 1);
    // And the dialog shows requested off, effective on, why (the Core licence) and the restart
    QVERIFY(dialog.stateAfter());
    QVERIFY(!dialog.stateAfter()->requested);
    QVERIFY(dialog.stateAfter()->effective);
    const QString shown = dialog.shownText();
    QVERIFY2(dialog.effectiveText().contains(
                 GateTextFormatter::reasonLabel(TelemetryGate::Reason::RequiredByCoreLicence)),
             qPrintable(dialog.effectiveText()));
    QVERIFY2(shown.contains(QStringLiteral("off (TELEMETRY=false)")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("restart Directus")), qPrintable(shown));
}

void TestReportActions::shouldWriteAnExportTheVerifierAccepts()
{
    // Given the blog project's report
    ScratchProject project(QStringLiteral("blog-sqlite"));
    QString error;
    const auto config = project.config(&error);
    const ReportEngine::Outcome outcome = project.report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("export.json"));
    ExportDialog dialog(*config, outcome, services());
    dialog.show();
    // When a file is named and Export pressed
    dialog.pathField()->setText(path);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(exported.wait(WaitMs));
    // Then the file verifies, the dialog offers to show it, and the history records it
    const auto result = exported.first().first().value<ExportDialog::Outcome>();
    QVERIFY2(result.ok, qPrintable(result.error));
    const ComplianceExportVerifier::Result verified = ComplianceExportVerifier::verify(readFile(path));
    QVERIFY(verified.ok);
    QVERIFY(dialog.revealButton()->isVisible());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("Wrote")), qPrintable(dialog.statusText()));
    const QList<HistoryEntry> entries = m_history->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, HistoryEntry::Kind::Exported);
    QCOMPARE(entries.first().bytes, outcome.report.wireBytes());
    // And no leftover temporary file next to it (the write is atomic)
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestReportActions::shouldWriteTheExportInEnglishFromAGermanWindow()
{
    // Given a window in German and the blog project's report computed in German
    TranslationLoader translations(QCoreApplication::instance());
    QCOMPARE(translations.load(QStringLiteral("de")), QStringLiteral("de"));
    ScratchProject project(QStringLiteral("blog-sqlite"));
    QString error;
    const auto config = project.config(&error);
    const ReportEngine::Outcome outcome = project.report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.verdicts.isEmpty());
    const QString englishTitle = QStringLiteral("Only documented keys, each of its documented type");
    QVERIFY2(outcome.verdicts.first().title != englishTitle, "the report was not computed in German");
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("export.json"));
    ExportDialog dialog(*config, outcome, services());
    // When it is exported
    dialog.pathField()->setText(path);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(exported.wait(WaitMs));
    const auto result = exported.first().first().value<ExportDialog::Outcome>();
    translations.load(QStringLiteral("en"));
    // Then the export holds the reviewed bytes, with its explanations in the sources' English
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.payload, outcome.report.wireBytes());
    const QByteArray document = readFile(path);
    QVERIFY(ComplianceExportVerifier::verify(document).ok);
    QVERIFY2(document.contains(englishTitle.toUtf8()), document.constData());
    QVERIFY(!document.contains(outcome.verdicts.first().title.toUtf8()));
}

void TestReportActions::shouldRefuseToExportAReportTheDatabaseNoLongerGives()
{
    // Given the blog project's report, and then one more role in its database
    ScratchProject project(QStringLiteral("blog-sqlite"));
    QString error;
    const auto config = project.config(&error);
    const ReportEngine::Outcome outcome = project.report();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    project.exec({QStringLiteral("insert into directus_roles (id, name) values "
                                 "('6f2d5d1c-0000-4000-8000-000000000001', 'Added after the review')")});
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("export.json"));
    ExportDialog dialog(*config, outcome, services());
    // When the reviewed report is exported
    dialog.pathField()->setText(path);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(exported.wait(WaitMs));
    // Then nothing is written, and the dialog says why and what to do
    const auto result = exported.first().first().value<ExportDialog::Outcome>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("changed since the report was computed")),
             qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("F5")), qPrintable(dialog.statusText()));
    QVERIFY(m_history->entries().isEmpty());
}

void TestReportActions::shouldOfferTheActionsInTheWindow()
{
    QTemporaryDir settingsDir;
    QSettings qsettings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    const auto project = projectSendingTo(m_server.baseUrl(), false);
    MainWindow window(&settings, &m_secrets, QString(), services());
    // Before a report: only History is available
    QVERIFY(!window.sendAction()->isEnabled());
    QVERIFY(!window.exportAction()->isEnabled());
    QVERIFY(window.historyAction()->isEnabled());
    QSignalSpy ready(&window, &MainWindow::reportReady);
    window.openProjectFolder(project->path());
    QVERIFY(ready.wait(WaitMs));
    // After: Send now…, Export… and Telemetry on/off… too, with shortcuts for the keyboard
    QVERIFY(window.sendAction()->isEnabled());
    QVERIFY(window.exportAction()->isEnabled());
    QVERIFY(window.telemetryToggleAction()->isEnabled());
    QVERIFY(!window.sendAction()->shortcut().isEmpty());
    QVERIFY(!window.historyAction()->shortcut().isEmpty());
    QVERIFY(!window.exportAction()->shortcut().isEmpty());
    // Opening the menu's dialogs sends nothing: Send now… is closed right away
    const int requestsBefore = int(m_server.requests().size());
    QTimer::singleShot(500, &window, [&window] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
        (void)window;
    });
    window.showSendDialog();
    QCOMPARE(m_server.requests().size(), requestsBefore);
}

void TestReportActions::shouldNameEveryControl()
{
    ScratchProject project(QStringLiteral("blog-sqlite"));
    QString error;
    const auto config = project.config(&error);
    const ReportEngine::Outcome outcome = project.report();
    ProjectConfig::Options options;
    options.projectDir = project.path();

    SendReportDialog send(*config, outcome.report.wireBytes(), QString(), QString(), services());
    QCOMPARE(unnamedControls(send), QStringList());
    HistoryDialog history(m_history.get());
    QCOMPARE(unnamedControls(history), QStringList());
    TelemetryToggleDialog toggle(options, services());
    QCOMPARE(unnamedControls(toggle), QStringList());
    ExportDialog exportDialog(*config, outcome, services());
    QCOMPARE(unnamedControls(exportDialog), QStringList());
    // The Send button is never the default one: Enter alone does not send
    QVERIFY(!send.sendButton()->isDefault());
    QVERIFY(!send.sendButton()->autoDefault());
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
