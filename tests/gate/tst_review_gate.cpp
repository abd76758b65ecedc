// SPDX-License-Identifier: GPL-3.0-or-later
// The review gate end to end on real loopback sockets: a ReportIntake + ReportGate receiving what a Directus
// server would post, a LoopbackHttpServer standing in for the real intake, a scratch copy of the blog fixture
// as the project, and the history in a temporary folder.
#include "FakeClock.h"
#include "LoopbackHttpServer.h"
#include "ScratchProject.h"
#include "gate/IntakeRequestParser.h"
#include "gate/ReportGate.h"
#include "gate/ReportIntake.h"
#include "history/ReportHistory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>

Q_DECLARE_METATYPE(ReportGate::Mode)
Q_DECLARE_METATYPE(ReceivedReport::State)

namespace {

const QDateTime ReceivedAt = QDateTime(QDate(2026, 11, 25), QTime(18, 4, 5), Qt::UTC);
const QByteArray Token = "Bearer gate-test-token-5f1c9a77e2";

QByteArray fixtureReport()
{
    QFile file(fixturePath(QStringLiteral("blog-sqlite/expected-report.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// What Directus's fetch (undici) sends: the report as the body, Content-Type, Authorization when configured.
QByteArray directusPost(const QByteArray &path, const QByteArray &body,
                        const QByteArray &authorization = Token)
{
    QByteArray request = "POST " + path
        + " HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: keep-alive\r\n"
          "content-type: application/json\r\naccept: */*\r\naccept-language: *\r\nsec-fetch-mode: cors\r\n"
          "user-agent: node\r\naccept-encoding: gzip, deflate\r\n";
    if (!authorization.isEmpty())
        request += "authorization: " + authorization + "\r\n";
    request += "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

// Sends raw bytes and returns the whole answer (until the server closes), within a bounded time. The event
// loop keeps running meanwhile, so the gate and the upstream server (same thread) can work.
QByteArray exchange(quint16 port, const QByteArray &raw, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(raw); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    closed.wait(timeoutMs);
    answer += socket.readAll();
    return answer;
}

// Whether the gate's check of a received report (on its worker) is done.
bool isChecked(const ReportHistory &history, qint64 id)
{
    const std::optional<ReceivedReport> report = history.receivedReport(id);
    return report && report->state != ReceivedReport::State::Analysing;
}

// Holds the gate's checks on its worker until released (or until the gate is destroyed), and notes which
// reports were checked, in what order, and how many at once. Shared with the worker, which may still be in
// the hook when a test stops early (the gate's destructor then ends the hold through its flag).
struct CheckHold : std::enable_shared_from_this<CheckHold>
{
    QSemaphore release;
    std::atomic_int entered {0};
    std::atomic_int running {0};
    std::atomic_int mostAtOnce {0};
    QMutex mutex;
    QList<qint64> order;

    ReportGate::AnalysisHook hook()
    {
        return [self = shared_from_this()](qint64 id, const std::atomic_bool &cancelled) {
            {
                QMutexLocker locker(&self->mutex);
                self->order.append(id);
            }
            const int now = ++self->running;
            self->mostAtOnce = std::max(self->mostAtOnce.load(), now);
            ++self->entered;
            while (!cancelled.load() && !self->release.tryAcquire(1, 5)) { }
            --self->running;
        };
    }
};

// Measures how late a 10 ms timer fires while the event loop runs: the GUI thread's responsiveness.
struct LatenessProbe
{
    LatenessProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, &timer,
                         [this] { worstMs = std::max(worstMs, clock.restart() - 10); });
        clock.start();
        timer.start();
    }
    QTimer timer;
    QElapsedTimer clock;
    qint64 worstMs = 0;
};

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray withField(QByteArray bytes, const QByteArray &key, const QByteArray &value)
{
    const QRegularExpression field(QStringLiteral("\"%1\": *[^,\\n}]+").arg(QString::fromLatin1(key)));
    return QString::fromUtf8(bytes)
        .replace(field,
                 QStringLiteral("\"%1\": %2").arg(QString::fromLatin1(key), QString::fromLatin1(value)))
        .toUtf8();
}

// One gate with its collaborators, listening on 127.0.0.1, port chosen by the system.
struct GateRig
{
    explicit GateRig(ReportGate::Mode mode, const QString &forwardTo, const QString &historyDir,
                     const ProjectConfig &config, int clientTimeoutMs = 10000)
        : history(historyDir)
    {
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        ReportGate::Options options;
        options.mode = mode;
        options.forwardTo = forwardTo;
        gate = std::make_unique<ReportGate>(config, &history, &network, &clock, options);
        intake = std::make_unique<ReportIntake>(
            [this](const IntakeRequestParser::Request &request, const QString &peer) {
                return gate->handle(request, peer);
            });
        ReportIntake::Options intakeOptions;
        intakeOptions.clientTimeoutMs = clientTimeoutMs;
        QVERIFY2(intake->listen(intakeOptions, &error), qPrintable(error));
    }
    quint16 port() const { return intake->serverPort(); }

    ReportHistory history;
    QNetworkAccessManager network;
    FakeClock clock {ReceivedAt};
    std::unique_ptr<ReportGate> gate;
    std::unique_ptr<ReportIntake> intake;
};

} // namespace

class TestReviewGate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchProject> m_project;
    std::optional<ProjectConfig> m_config;
    std::unique_ptr<QTemporaryDir> m_historyDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_project = std::make_unique<ScratchProject>(QStringLiteral("blog-sqlite"));
        // The server's own configuration: the authorization it sends; TELEMETRY_URL is not the gate here.
        m_project->appendEnv(QStringLiteral("TELEMETRY_AUTHORIZATION=\"") + QString::fromLatin1(Token)
                             + QStringLiteral("\""));
        QString error;
        m_config = m_project->config(&error);
        QVERIFY2(m_config, qPrintable(error));
        m_historyDir = std::make_unique<QTemporaryDir>();
    }

    void shouldRecordCheckAndDiffAReceivedReport()
    {
        // Given a held gate for the blog project
        GateRig rig(ReportGate::Mode::Hold, QStringLiteral("http://127.0.0.1:9"), m_historyDir->path(),
                    *m_config);
        // When the server posts its report, with request counts only it knows
        const QByteArray body = withField(fixtureReport(), "api_requests_get", "17");
        const QByteArray answer = exchange(rig.port(), directusPost("/v1/metrics", body));
        // Then it is answered 202 and recorded exactly, checked, and diffed against the computed report
        QCOMPARE(statusOf(answer), 202);
        QVERIFY(answer.contains("Held for review as #1"));
        QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1), 10000);
        const QList<ReceivedReport> received = rig.history.receivedReports();
        QCOMPARE(received.size(), 1);
        const ReceivedReport &report = received.first();
        QCOMPARE(report.bytes, body);
        QCOMPARE(report.sha256, ReportHistory::sha256Hex(body));
        QVERIFY2(report.source.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(report.source));
        QCOMPARE(report.state, ReceivedReport::State::Held);
        QVERIFY(report.hadAuthorization);
        QCOMPARE(report.contentType, QStringLiteral("application/json"));
        QVERIFY2(!report.redactionFailed, qPrintable(report.redaction));
        QVERIFY(report.redaction.contains(QStringLiteral("PASS identifiers")));
        QVERIFY2(!report.diffFlagged, qPrintable(report.diff.join(QLatin1Char('\n'))));
        QCOMPARE(report.diff, QStringList {QStringLiteral("  api_requests_get 0 → 17")});
        QVERIFY(report.computedEntryId > 0);
        QCOMPARE(report.time, ReceivedAt);
    }

    void shouldFlagWhatTheServerSentDifferently()
    {
        GateRig rig(ReportGate::Mode::Hold, QStringLiteral("http://127.0.0.1:9"), m_historyDir->path(),
                    *m_config);
        // Given a report whose item count disagrees with the database and which leaks a collection name
        QByteArray body = withField(fixtureReport(), "items", "95");
        body = withField(body, "version", "\"12.4.1 posts\"");
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", body))), 202);
        QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1), 10000);
        const ReceivedReport report = rig.history.receivedReports().value(0);
        // Then the diff flags both, and the redaction check fails
        QVERIFY(report.diffFlagged);
        QVERIFY2(report.diff.contains(QStringLiteral("! items 94 → 95")), qPrintable(report.diff.join('\n')));
        QVERIFY(report.redactionFailed);
        QVERIFY2(report.redaction.contains(QStringLiteral("FAIL identifiers")), qPrintable(report.redaction));
    }

    void shouldForwardAtOnceInPassThrough()
    {
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::PassThrough, upstream.baseUrl() + QStringLiteral("/ignored/path?x=1"),
                    m_historyDir->path(), *m_config);
        QSignalSpy forwarded(rig.gate.get(), &ReportGate::forwardFinished);
        const QByteArray body = fixtureReport();
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", body))), 202);
        QVERIFY(forwarded.count() == 1 || forwarded.wait(5000));
        // Then the real intake got the same bytes and headers at /v1/metrics
        QCOMPARE(upstream.requests().size(), 1);
        const LoopbackHttpServer::Request &request = upstream.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/metrics"));
        QCOMPARE(request.body, body);
        QCOMPARE(request.header("authorization"), Token);
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("user-agent"), QByteArray("node"));
        const ReceivedReport report = rig.history.receivedReports().value(0);
        QCOMPARE(report.state, ReceivedReport::State::Forwarded);
        QCOMPARE(report.forwardStatus, 200);
        QCOMPARE(report.destination, upstream.baseUrl() + QStringLiteral("/v1/metrics"));
        // and the forward is an ordinary delivered send in the history
        QVERIFY(rig.history.lastDelivered(m_config->projectDir()).has_value());
        QCOMPARE(rig.history.lastDelivered()->bytes, body);
    }

    void shouldRecordTheRealIntakesRefusal()
    {
        LoopbackHttpServer upstream;
        upstream.setResponse({500, "intake down, token " + Token, {}});
        GateRig rig(ReportGate::Mode::PassThrough, upstream.baseUrl(), m_historyDir->path(), *m_config);
        QSignalSpy forwarded(rig.gate.get(), &ReportGate::forwardFinished);
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QVERIFY(forwarded.count() == 1 || forwarded.wait(5000));
        const ReceivedReport report = rig.history.receivedReports().value(0);
        QCOMPARE(report.state, ReceivedReport::State::ForwardFailed);
        QCOMPARE(report.forwardStatus, 500);
        QVERIFY2(!report.forwardError.contains(QString::fromLatin1(Token)), qPrintable(report.forwardError));
    }

    void shouldForwardOnlyAfterApproval_data()
    {
        QTest::addColumn<bool>("fromAnotherProcess");
        QTest::newRow("approved in the gate (Authorization from memory)") << false;
        QTest::newRow("approved elsewhere (Authorization from the project's config)") << true;
    }

    void shouldForwardOnlyAfterApproval()
    {
        QFETCH(bool, fromAnotherProcess);
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::Hold, upstream.baseUrl(), m_historyDir->path(), *m_config);
        const QByteArray body = fixtureReport();
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", body))), 202);
        QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1), 10000);
        QTest::qWait(200);
        QVERIFY(upstream.requests().isEmpty());

        // A second gate over the same history folder stands for `gate approve` in another process: it has
        // no Authorization in memory.
        ReportHistory otherHistory(m_historyDir->path());
        QNetworkAccessManager otherNetwork;
        // No forwardTo: it goes where the holding gate would have sent it (the project's TELEMETRY_URL would
        // be https://telemetry.directus.io here).
        ReportGate::Options options;
        FakeClock otherClock(ReceivedAt);
        ReportGate other(*m_config, &otherHistory, &otherNetwork, &otherClock, options);
        ReportGate *approver = fromAnotherProcess ? &other : rig.gate.get();
        QString openError;
        QVERIFY2(otherHistory.open(&openError), qPrintable(openError));
        QCOMPARE(rig.history.receivedReport(1)->destination,
                 upstream.baseUrl() + QStringLiteral("/v1/metrics"));
        QSignalSpy forwarded(approver, &ReportGate::forwardFinished);
        QString error;
        QVERIFY2(approver->approve(1, &error), qPrintable(error));
        QVERIFY(forwarded.count() == 1 || forwarded.wait(5000));
        QCOMPARE(upstream.requests().size(), 1);
        QCOMPARE(upstream.requests().first().body, body);
        QCOMPARE(upstream.requests().first().header("authorization"), Token);
        QCOMPARE(upstream.requests().first().header("content-type"), QByteArray("application/json"));
        QCOMPARE(rig.history.receivedReport(1)->state, ReceivedReport::State::Forwarded);
        // Approving twice forwards nothing more
        QVERIFY(!rig.gate->approve(1, &error));
        QTest::qWait(100);
        QCOMPARE(upstream.requests().size(), 1);
    }

    void shouldNeverForwardADiscardedReport()
    {
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::Hold, upstream.baseUrl(), m_historyDir->path(), *m_config);
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1), 10000);
        QString error;
        QVERIFY2(rig.gate->discard(1, &error), qPrintable(error));
        QVERIFY(!rig.gate->approve(1, &error));
        QVERIFY2(error.contains(QStringLiteral("discarded")), qPrintable(error));
        QTest::qWait(200);
        QVERIFY(upstream.requests().isEmpty());
        QCOMPARE(rig.history.receivedReport(1)->state, ReceivedReport::State::Discarded);
    }

    void shouldAnswerAtOnceAndCheckOnAWorker()
    {
        // Given a held gate whose check is held on its worker
        GateRig rig(ReportGate::Mode::Hold, QStringLiteral("http://127.0.0.1:9"), m_historyDir->path(),
                    *m_config);
        const auto hold = std::make_shared<CheckHold>();
        rig.gate->setAnalysisHook(hold->hook());
        QSignalSpy changed(rig.gate.get(), &ReportGate::entryChanged);
        LatenessProbe probe;
        // When the server posts its report
        const QByteArray body = withField(fixtureReport(), "api_requests_get", "17");
        QElapsedTimer answerTime;
        answerTime.start();
        const QByteArray answer = exchange(rig.port(), directusPost("/v1/metrics", body));
        const qint64 answerMs = answerTime.elapsed();
        // Then the answer comes while the check is still held, recorded as being checked, and the event
        // loop keeps turning meanwhile
        QCOMPARE(statusOf(answer), 202);
        QTRY_COMPARE_WITH_TIMEOUT(hold->entered.load(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(rig.history.receivedReport(1)->state, ReceivedReport::State::Analysing);
        QCOMPARE(rig.history.receivedReport(1)->bytes, body);
        QVERIFY(rig.gate->isAnalysing());
        qInfo("answer after %lld ms while the check is held; worst 10 ms timer lateness %lld ms", answerMs,
              probe.worstMs);
        QVERIFY2(answerMs < 1000, qPrintable(QString::number(answerMs)));
        QVERIFY2(probe.worstMs < 50, qPrintable(QString::number(probe.worstMs)));
        // And approving or discarding it meanwhile is refused, saying why
        QString error;
        QVERIFY(!rig.gate->approve(1, &error));
        QVERIFY2(error.contains(QStringLiteral("still being checked")), qPrintable(error));
        QVERIFY(!rig.gate->discard(1, &error));
        QVERIFY2(error.contains(QStringLiteral("still being checked")), qPrintable(error));
        QCOMPARE(rig.history.receivedReport(1)->state, ReceivedReport::State::Analysing);

        // When the check is released, the entry becomes held with its verdicts, signalled once
        hold->release.release();
        QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1), 10000);
        QVERIFY(!rig.gate->isAnalysing());
        const ReceivedReport report = *rig.history.receivedReport(1);
        QCOMPARE(report.state, ReceivedReport::State::Held);
        QVERIFY(report.redaction.contains(QStringLiteral("PASS identifiers")));
        QCOMPARE(report.diff, QStringList {QStringLiteral("  api_requests_get 0 → 17")});
        QVERIFY(report.computedEntryId > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<ReceivedReport>().state, ReceivedReport::State::Held);
    }

    void shouldCheckOneReportAtATimeInArrivalOrder()
    {
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::PassThrough, upstream.baseUrl(), m_historyDir->path(), *m_config);
        const auto hold = std::make_shared<CheckHold>();
        rig.gate->setAnalysisHook(hold->hook());
        // When three reports arrive while the first is being checked
        for (int i = 0; i < 3; ++i)
            QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QTRY_COMPARE_WITH_TIMEOUT(hold->entered.load(), 1, 5000);
        QTest::qWait(100);
        // Then only one is checked, nothing is forwarded before its check, and they follow in order
        QCOMPARE(hold->entered.load(), 1);
        QVERIFY(upstream.requests().isEmpty());
        hold->release.release(3);
        QTRY_COMPARE_WITH_TIMEOUT(upstream.requests().size(), 3, 15000);
        QCOMPARE(hold->order, (QList<qint64> {1, 2, 3}));
        QCOMPARE(hold->mostAtOnce.load(), 1);
        for (qint64 id = 1; id <= 3; ++id)
            QTRY_COMPARE_WITH_TIMEOUT(rig.history.receivedReport(id)->state, ReceivedReport::State::Forwarded,
                                      5000);
    }

    void shouldStopCleanlyWhenDestroyedMidCheck_data()
    {
        QTest::addColumn<ReportGate::Mode>("mode");
        QTest::addColumn<ReceivedReport::State>("state");
        QTest::newRow("hold: held, unchecked") << ReportGate::Mode::Hold << ReceivedReport::State::Held;
        QTest::newRow("pass-through: not forwarded")
            << ReportGate::Mode::PassThrough << ReceivedReport::State::NotForwarded;
    }

    void shouldStopCleanlyWhenDestroyedMidCheck()
    {
        QFETCH(ReportGate::Mode, mode);
        QFETCH(ReceivedReport::State, state);
        // Given a gate checking one report (held on its worker) with another waiting
        LoopbackHttpServer upstream;
        auto rig = std::make_unique<GateRig>(mode, upstream.baseUrl(), m_historyDir->path(), *m_config);
        const auto hold = std::make_shared<CheckHold>();
        rig->gate->setAnalysisHook(hold->hook());
        QCOMPARE(statusOf(exchange(rig->port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QCOMPARE(statusOf(exchange(rig->port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QTRY_COMPARE_WITH_TIMEOUT(hold->entered.load(), 1, 5000);
        // When the gate is destroyed (never released: the destructor's cancel flag ends the hold)
        QElapsedTimer timer;
        timer.start();
        rig->intake.reset();
        rig->gate.reset();
        qInfo("gate destroyed mid-check in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 5000);
        // Then neither report stays being checked, nothing was forwarded, and the second never ran
        for (qint64 id = 1; id <= 2; ++id) {
            const ReceivedReport report = *rig->history.receivedReport(id);
            QCOMPARE(report.state, state);
            QVERIFY(report.redactionFailed);
            QVERIFY2(report.redaction.contains(QStringLiteral("stopped")), qPrintable(report.redaction));
        }
        QCOMPARE(hold->entered.load(), 1);
        QTest::qWait(100);
        QVERIFY(upstream.requests().isEmpty());
    }

    void shouldRefuseWhatIsNotAReport_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: 127.0.0.1\r\n";
        QTest::newRow("other path") << QByteArray("POST /v1/other HTTP/1.1\r\n" + host
                                                  + "Content-Length: 0\r\n\r\n")
                                    << 404;
        QTest::newRow("GET of the report path")
            << QByteArray("GET /v1/metrics HTTP/1.1\r\n" + host + "\r\n") << 405;
        QTest::newRow("GET with a length")
            << QByteArray("GET /v1/metrics HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n") << 405;
        QTest::newRow("no Content-Length")
            << QByteArray("POST /v1/metrics HTTP/1.1\r\n" + host + "\r\n{}") << 411;
        QTest::newRow("chunked") << QByteArray("POST /v1/metrics HTTP/1.1\r\n" + host
                                               + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                 << 501;
        QTest::newRow("declared body over 1 MiB")
            << QByteArray("POST /v1/metrics HTTP/1.1\r\n" + host + "Content-Length: 1048577\r\n\r\n{") << 413;
        QTest::newRow("body over 1 MiB actually sent")
            << QByteArray("POST /v1/metrics HTTP/1.1\r\n" + host + "Content-Length: 2097152\r\n\r\n"
                          + QByteArray(2097152, 'x'))
            << 413;
        QTest::newRow("header over 16 KiB") << QByteArray("POST /v1/metrics HTTP/1.1\r\n" + host
                                                          + "X-Big: " + QByteArray(20000, 'a') + "\r\n\r\n")
                                            << 431;
        QTest::newRow("HTTP/1.0") << QByteArray("POST /v1/metrics HTTP/1.0\r\n" + host
                                                + "Content-Length: 0\r\n\r\n")
                                  << 505;
        QTest::newRow("bare LF") << QByteArray("POST /v1/metrics HTTP/1.1\n" + host
                                               + "Content-Length: 0\r\n\r\n")
                                 << 400;
        QTest::newRow("conflicting lengths") << QByteArray(
            "POST /v1/metrics HTTP/1.1\r\n" + host + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
                                             << 400;
        QTest::newRow("negative length")
            << QByteArray("POST /v1/metrics HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 400;
        QTest::newRow("no Host") << QByteArray("POST /v1/metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                                 << 400;
        QTest::newRow("binary garbage")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 16) << 400;
        QTest::newRow("absolute-form target")
            << QByteArray("POST http://evil/v1/metrics HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n")
            << 400;
    }

    void shouldRefuseWhatIsNotAReport()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::PassThrough, upstream.baseUrl(), m_historyDir->path(), *m_config);
        QSignalSpy refused(rig.intake.get(), &ReportIntake::requestRefused);
        const QByteArray answer = exchange(rig.port(), raw);
        QCOMPARE(statusOf(answer), status);
        QVERIFY2(answer.contains("Connection: close"), answer.constData());
        QCOMPARE(refused.count(), 1);
        if (status == 405)
            QVERIFY(answer.contains("Allow: POST"));
        // Nothing recorded or forwarded, and the gate still takes a real report afterwards
        QVERIFY(rig.history.receivedReports().isEmpty());
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QCOMPARE(rig.history.receivedReports().size(), 1);
    }

    void shouldAnswerASlowClientWithATimeout()
    {
        GateRig rig(ReportGate::Mode::Hold, QStringLiteral("http://127.0.0.1:9"), m_historyDir->path(),
                    *m_config, 300);
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = exchange(rig.port(), "POST /v1/metrics HTTP/1.1\r\nHost: x\r\nContent-Le");
        QCOMPARE(statusOf(answer), 408);
        QVERIFY(timer.elapsed() < 3000);
    }

    void shouldMaskTheOwnersEmailAndForwardTheOriginal()
    {
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::PassThrough, upstream.baseUrl(), m_historyDir->path(), *m_config);
        QSignalSpy forwarded(rig.gate.get(), &ReportGate::forwardFinished);
        const QByteArray body
            = R"({"project_id":"4b1d","owner":{"email":"jane.owner@example.org","name":"Jane"}})";
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/owner", body, QByteArray()))), 202);
        QVERIFY(forwarded.count() == 1 || forwarded.wait(5000));
        const ReceivedReport report = rig.history.receivedReports().value(0);
        QCOMPARE(report.channel, ReceivedReport::Channel::Owner);
        QVERIFY(report.personalData);
        QVERIFY2(!report.bytes.contains("jane.owner@example.org"), report.bytes.constData());
        QCOMPARE(report.sha256, ReportHistory::sha256Hex(body));
        QCOMPARE(upstream.requests().size(), 1);
        QCOMPARE(upstream.requests().first().path, QByteArray("/v1/owner"));
        QCOMPARE(upstream.requests().first().body, body);
        QFile file(rig.history.databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("jane.owner@example.org"));
    }

    void shouldHoldAnOwnerRegistrationOnlyInMemory()
    {
        // Given a held owner registration
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::Hold, upstream.baseUrl(), m_historyDir->path(), *m_config);
        const QByteArray body = R"({"email":"owner@blog.example.com"})";
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/owner", body, QByteArray()))), 202);
        // Then another process cannot approve it (it has only the masked bytes) ...
        ReportHistory otherHistory(m_historyDir->path());
        QNetworkAccessManager otherNetwork;
        FakeClock otherClock(ReceivedAt);
        ReportGate::Options options;
        options.forwardTo = upstream.baseUrl();
        ReportGate other(*m_config, &otherHistory, &otherNetwork, &otherClock, options);
        QString openError;
        QVERIFY2(otherHistory.open(&openError), qPrintable(openError));
        QString error;
        QVERIFY(!other.approve(1, &error));
        QVERIFY2(error.contains(QStringLiteral("masked")), qPrintable(error));
        // ... but the gate that received it forwards the original
        QSignalSpy forwarded(rig.gate.get(), &ReportGate::forwardFinished);
        QVERIFY2(rig.gate->approve(1, &error), qPrintable(error));
        QVERIFY(forwarded.count() == 1 || forwarded.wait(5000));
        QCOMPARE(upstream.requests().value(0).body, body);
        QCOMPARE(upstream.requests().value(0).path, QByteArray("/v1/owner"));
    }

    void shouldSeeWhatAnotherProcessDidOnReload()
    {
        // Given a held report, and a view that has seen it
        GateRig rig(ReportGate::Mode::Hold, QStringLiteral("http://127.0.0.1:9"), m_historyDir->path(),
                    *m_config);
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1), 10000);
        QSignalSpy changed(rig.gate.get(), &ReportGate::entryChanged);
        QSignalSpy added(rig.gate.get(), &ReportGate::entryAdded);
        rig.gate->reload();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(added.count(), 0);
        // When another process discards it
        {
            ReportHistory otherHistory(m_historyDir->path());
            QString error;
            QVERIFY2(otherHistory.open(&error), qPrintable(error));
            QVERIFY(otherHistory.transitionReceived(1, ReceivedReport::State::Held,
                                                    ReceivedReport::State::Discarded));
        }
        // Then reload() signals the change once, and approving in the gate is refused
        rig.gate->reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<ReceivedReport>().state, ReceivedReport::State::Discarded);
        rig.gate->reload();
        QCOMPARE(changed.count(), 1);
        QString error;
        QVERIFY(!rig.gate->approve(1, &error));
    }

    void shouldNeverStoreTheAuthorizationValue()
    {
        LoopbackHttpServer upstream;
        {
            GateRig rig(ReportGate::Mode::Hold, upstream.baseUrl(), m_historyDir->path(), *m_config);
            QSignalSpy forwarded(rig.gate.get(), &ReportGate::forwardFinished);
            QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
            QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
            QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1) && isChecked(rig.history, 2), 10000);
            QString error;
            QVERIFY2(rig.gate->approve(1, &error), qPrintable(error));
            QVERIFY(rig.gate->discard(2, &error));
            QVERIFY(forwarded.count() == 1 || forwarded.wait(5000));
            QCOMPARE(upstream.requests().value(0).header("authorization"), Token);
        }
        // Every file of the history folder (database, any journal), searched for the secret's distinctive
        // part
        const QByteArray secret = Token.mid(7);
        const QDir dir(m_historyDir->path());
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(name));
        }
    }

    void shouldAnswer503BeyondTheConnectionLimit()
    {
        QString error;
        int handled = 0;
        ReportIntake intake([&](const IntakeRequestParser::Request &, const QString &) {
            ++handled;
            return ReportIntake::Answer {202, "ok"};
        });
        ReportIntake::Options options;
        options.maxConnections = 2;
        QVERIFY2(intake.listen(options, &error), qPrintable(error));
        // Given two clients that connect and send nothing
        QTcpSocket idle1;
        QTcpSocket idle2;
        idle1.connectToHost(QHostAddress::LocalHost, intake.serverPort());
        idle2.connectToHost(QHostAddress::LocalHost, intake.serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(intake.connectionCount(), 2, 5000);
        // Then a third is told the gate is busy, and none reaches the handler
        QCOMPARE(statusOf(exchange(intake.serverPort(), directusPost("/v1/metrics", "{}"))), 503);
        QCOMPARE(handled, 0);
        // and once they are gone, a report is taken again
        idle1.abort();
        idle2.abort();
        QTRY_COMPARE_WITH_TIMEOUT(intake.connectionCount(), 0, 5000);
        QCOMPARE(statusOf(exchange(intake.serverPort(), directusPost("/v1/metrics", "{}"))), 202);
        QCOMPARE(handled, 1);
    }

    void shouldRefuseANonLoopbackAddressUnlessAllowed()
    {
        ReportIntake intake(
            [](const IntakeRequestParser::Request &, const QString &) { return ReportIntake::Answer {}; });
        ReportIntake::Options options;
        options.address = QHostAddress(QHostAddress::AnyIPv4);
        QString error;
        QString warning;
        QVERIFY(!intake.listen(options, &error, &warning));
        QVERIFY2(error.contains(QStringLiteral("not a loopback address")), qPrintable(error));
        options.allowNonLoopback = true;
        QVERIFY2(intake.listen(options, &error, &warning), qPrintable(error));
        QVERIFY(!warning.isEmpty());
    }

    void shouldParseARequestFedByteByByte()
    {
        const QByteArray raw = directusPost("/v1/metrics?x=1", fixtureReport());
        IntakeRequestParser parser;
        IntakeRequestParser::State state = IntakeRequestParser::State::NeedMore;
        for (const char c : raw)
            state = parser.feed(QByteArray(1, c));
        QCOMPARE(state, IntakeRequestParser::State::Complete);
        QCOMPARE(parser.request().path(), QByteArray("/v1/metrics"));
        QCOMPARE(parser.request().body, fixtureReport());
        QCOMPARE(parser.request().header("AUTHORIZATION"), Token);
    }

    void shouldApproveAndDiscardFromTheCommandLine()
    {
        LoopbackHttpServer upstream;
        GateRig rig(ReportGate::Mode::Hold, upstream.baseUrl(), m_historyDir->path(), *m_config);
        const QByteArray body = fixtureReport();
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", body))), 202);
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", body))), 202);
        QTRY_VERIFY_WITH_TIMEOUT(isChecked(rig.history, 1) && isChecked(rig.history, 2), 10000);
        const auto runCli = [&](const QStringList &arguments, QByteArray *out) {
            QProcess process;
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(DTI_CLI_BINARY), arguments);
            if (!finished.wait(20000))
                return -1;
            *out = process.readAllStandardOutput() + process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray out;
        const QString historyDir = m_historyDir->path();
        QCOMPARE(runCli({QStringLiteral("gate"), QStringLiteral("list"), QStringLiteral("--history-dir"),
                         historyDir},
                        &out),
                 0);
        QVERIFY2(out.contains("#1 metrics held") && out.contains("#2 metrics held"), out.constData());
        QCOMPARE(runCli({QStringLiteral("gate"), QStringLiteral("discard"), QStringLiteral("2"),
                         QStringLiteral("--history-dir"), historyDir},
                        &out),
                 0);
        QCOMPARE(runCli({QStringLiteral("gate"), QStringLiteral("approve"), QStringLiteral("1"),
                         QStringLiteral("--history-dir"), historyDir},
                        &out),
                 0);
        QVERIFY2(out.contains("forwarded"), out.constData());
        QCOMPARE(upstream.requests().size(), 1);
        QCOMPARE(upstream.requests().first().body, body);
        QCOMPARE(upstream.requests().first().header("authorization"), Token);
        QCOMPARE(runCli({QStringLiteral("gate"), QStringLiteral("approve"), QStringLiteral("2"),
                         QStringLiteral("--history-dir"), historyDir, QStringLiteral("--forward-to"),
                         upstream.baseUrl()},
                        &out),
                 11);
        QCOMPARE(upstream.requests().size(), 1);
        // A report a running gate is still checking is refused, saying why
        ReceivedReport checking = *rig.history.receivedReport(1);
        checking.id = 0;
        checking.state = ReceivedReport::State::Analysing;
        QCOMPARE(rig.history.recordReceived(checking), 3);
        for (const QString &action : {QStringLiteral("approve"), QStringLiteral("discard")}) {
            QVERIFY(runCli({QStringLiteral("gate"), action, QStringLiteral("3"),
                            QStringLiteral("--history-dir"), historyDir},
                           &out)
                    != 0);
            QVERIFY2(out.contains("still being checked"), out.constData());
        }
        QCOMPARE(rig.history.receivedReport(3)->state, ReceivedReport::State::Analysing);
        QCOMPARE(upstream.requests().size(), 1);
    }
    void shouldRunTheGateFromTheCommandLineUntilCtrlC()
    {
        // Given `gate` in pass-through mode on a free loopback port, forwarding to a second server
        LoopbackHttpServer upstream;
        const quint16 port = LoopbackHttpServer::unusedPort();
        QProcess process;
        process.setProgram(QStringLiteral(DTI_CLI_BINARY));
        process.setArguments({QStringLiteral("gate"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--forward-to"),
                              upstream.baseUrl(), QStringLiteral("--history-dir"), m_historyDir->path(),
                              m_project->path()});
        process.start();
        QVERIFY(process.waitForStarted(5000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("listening on"), 15000);
        QVERIFY2(output.contains("TELEMETRY_URL=http://127.0.0.1:"), output.constData());

        // When the server posts its report and Ctrl-C follows the forward
        const QByteArray body = fixtureReport();
        QCOMPARE(statusOf(exchange(port, directusPost("/v1/metrics", body))), 202);
        QTRY_COMPARE_WITH_TIMEOUT(upstream.requests().size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("forwarded #1"), 5000);
        // announced on arrival, its verdicts printed once its check is done, before the forward
        QVERIFY2(output.contains("received #1 metrics analysing"), output.constData());
        QVERIFY2(output.indexOf("checked #1 metrics forwarding") > output.indexOf("received #1"),
                 output.constData());
        QVERIFY2(output.indexOf("diff against the computed report") > output.indexOf("checked #1"),
                 output.constData());
        ::kill(pid_t(process.processId()), SIGINT);

        // Then it stops cleanly, and the real intake got the exact bytes and the Authorization value
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        output += process.readAllStandardOutput();
        QVERIFY2(output.contains("review gate stopped"), output.constData());
        QCOMPARE(upstream.requests().first().body, body);
        QCOMPARE(upstream.requests().first().header("authorization"), Token);
    }

    void shouldRefuseToForwardToItself()
    {
        // Given a project whose TELEMETRY_URL already points at the gate's address
        const quint16 port = LoopbackHttpServer::unusedPort();
        m_project->appendEnv(QStringLiteral("TELEMETRY_URL=http://127.0.0.1:%1").arg(port));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DTI_CLI_BINARY),
                      {QStringLiteral("gate"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--history-dir"),
                       m_historyDir->path(), m_project->path()});
        QVERIFY(finished.wait(15000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--forward-to"));
    }

    void shouldOpenAVersion1HistoryAndAddTheQueue()
    {
        // Given a history written before the gate existed (schema 1, one entry)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(QDir(m_historyDir->path()).filePath(QStringLiteral("history.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT "
                               "NULL, time TEXT NOT "
                               "NULL, project TEXT NOT NULL DEFAULT '', destination TEXT NOT NULL DEFAULT "
                               "'', outcome TEXT NOT "
                               "NULL DEFAULT '', http_status INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL "
                               "DEFAULT '', trigger "
                               "TEXT NOT NULL DEFAULT '', bytes BLOB NOT NULL, sha256 TEXT NOT NULL)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO entries (kind, time, bytes, sha256) VALUES "
                                              "('computed', '2026-01-01T00:00:00.000Z', '{}', 'x')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        // When the gate's history opens it
        GateRig rig(ReportGate::Mode::Hold, QStringLiteral("http://127.0.0.1:9"), m_historyDir->path(),
                    *m_config);
        // Then the old entry is kept and received reports can be stored
        QCOMPARE(rig.history.entries().size(), 1);
        QCOMPARE(statusOf(exchange(rig.port(), directusPost("/v1/metrics", fixtureReport()))), 202);
        QCOMPARE(rig.history.receivedReports().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewGate)
#include "tst_review_gate.moc"
