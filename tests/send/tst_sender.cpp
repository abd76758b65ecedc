// SPDX-License-Identifier: GPL-3.0-or-later
// Sending (spec §11) against a real HTTP server on 127.0.0.1: the exact bytes, the headers, the URL joined as
// Directus joins it, and every way a send can end. Nothing here leaves the machine.
#include "LoopbackHttpServer.h"
#include "ScratchProject.h"
#include "TestCertificate.h"
#include "history/ReportHistory.h"
#include "send/ReportSender.h"
#include "send/SendReview.h"
#include "send/TelemetryRequest.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QString Secret = QStringLiteral("Bearer s3cr3t-t0ken-8f2c91d4a7");

// Sends and waits for the result (bounded: a test never waits longer than the sender's own timeouts).
SendResult sendAndWait(ReportSender &sender, const TelemetryRequest &request, int waitMs = 15000)
{
    QSignalSpy spy(&sender, &ReportSender::finished);
    if (!sender.send(request))
        return {};
    if (!spy.wait(waitMs))
        return {};
    return spy.first().first().value<SendResult>();
}

} // namespace

class TestSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const ReportEngine::Outcome outcome = ScratchProject().report();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        m_reviewed = outcome.report.wireBytes();
    }

    void shouldResolveTheUrlAsDirectusDoes_data()
    {
        QTest::addColumn<QString>("telemetryUrl");
        QTest::addColumn<QString>("destination"); // empty: invalid
        QTest::newRow("default") << "https://telemetry.directus.io"
                                 << "https://telemetry.directus.io/v1/metrics";
        QTest::newRow("path, query and fragment dropped") << "https://h.example/x/y?q=1#f"
                                                          << "https://h.example/v1/metrics";
        QTest::newRow("port kept") << "http://intake.example:8080/base/"
                                   << "http://intake.example:8080/v1/metrics";
        QTest::newRow("surrounding spaces") << "  https://h.example  "
                                            << "https://h.example/v1/metrics";
        QTest::newRow("host lower-cased") << "https://H.EXAMPLE"
                                          << "https://h.example/v1/metrics";
        QTest::newRow("not a URL") << "telemetry.directus.io" << QString();
        QTest::newRow("empty") << "" << QString();
        QTest::newRow("other scheme") << "ftp://h.example" << QString();
        QTest::newRow("credentials") << "https://user:pw@h.example/" << QString();
    }

    void shouldResolveTheUrlAsDirectusDoes()
    {
        QFETCH(QString, telemetryUrl);
        QFETCH(QString, destination);
        const TelemetryRequest request = TelemetryRequest::build(telemetryUrl, QString(), "{}");
        QCOMPARE(request.isValid(), !destination.isEmpty());
        if (!destination.isEmpty())
            QCOMPARE(request.destination(), destination);
        else
            QVERIFY(!request.invalidReason().isEmpty());
        QVERIFY(!request.destination().contains(QLatin1String("pw"))); // credentials never shown
    }

    void shouldAddAuthorizationOnlyWhenTruthy_data()
    {
        QTest::addColumn<JsValue>("value");
        QTest::addColumn<QString>("header"); // empty: no header
        QTest::newRow("unset") << JsValue() << QString();
        QTest::newRow("empty string") << JsValue(QString()) << QString();
        QTest::newRow("false") << JsValue(false) << QString();
        QTest::newRow("zero") << JsValue(0) << QString();
        QTest::newRow("string as-is, no Bearer added") << JsValue(QStringLiteral("abc")) << "abc";
        QTest::newRow("number") << JsValue(42) << "42";
        QTest::newRow("array joined with commas")
            << JsValue::array({JsValue(QStringLiteral("Bearer a")), JsValue(QStringLiteral("b"))})
            << "Bearer a,b";
    }

    void shouldAddAuthorizationOnlyWhenTruthy()
    {
        QFETCH(JsValue, value);
        QFETCH(QString, header);
        QList<JsValue::Member> values {
            {QStringLiteral("TELEMETRY_URL"), JsValue(QStringLiteral("http://h"))}};
        if (!value.isUndefined())
            values.append({QStringLiteral("TELEMETRY_AUTHORIZATION"), value});
        const TelemetryRequest request
            = TelemetryRequest::fromConfig(ProjectConfig::fromValues(QDir::tempPath(), values), "{}");
        QCOMPARE(request.hasAuthorization(), !header.isEmpty());
        QByteArray sent;
        for (const auto &h : request.headers()) {
            if (h.first == "Authorization")
                sent = h.second;
        }
        QCOMPARE(QString::fromUtf8(sent), header);
    }

    void shouldTreatTheHeaderValueAsFetchDoes()
    {
        const auto authorization = [](const QString &value) {
            const TelemetryRequest request = TelemetryRequest::build(QStringLiteral("http://h"), value, "{}");
            return request.isValid() ? request.headers().constLast().second : QByteArray("invalid");
        };
        QCOMPARE(authorization(QStringLiteral("  Bearer abc\t")), QByteArray("Bearer abc")); // trimmed
        QCOMPARE(authorization(QStringLiteral("Bearer abc\r\nX-Injected: 1")), QByteArray("invalid"));
        QCOMPARE(authorization(QStringLiteral("Bearer caf\u00e9")),
                 QByteArray("Bearer caf\xe9")); // Latin-1 byte
        QCOMPARE(authorization(QStringLiteral("Bearer \u20ac")), QByteArray("invalid"));
    }

    void shouldMaskTheAuthorizationEverywhereItIsShown()
    {
        const TelemetryRequest request = TelemetryRequest::build(QStringLiteral("http://h"), Secret, "{}");
        QString shown;
        for (const auto &h : request.maskedHeaders())
            shown += QString::fromUtf8(h.first + ": " + h.second + "\n");
        QVERIFY2(shown.contains(QStringLiteral("Authorization: Bearer ••••")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("s3cr3t")));
        QVERIFY(shown.contains(QString::number(Secret.size())));
        QCOMPARE(TelemetryRequest::maskSecret(QStringLiteral("abc")).contains(QLatin1String("abc")), false);
        QVERIFY(!request.redact(QStringLiteral("echo: ") + Secret).contains(QLatin1String("s3cr3t")));
        QVERIFY(!request.redact(QStringLiteral("token s3cr3t-t0ken-8f2c91d4a7"))
                     .contains(QLatin1String("s3cr3t")));
    }

    void shouldReviewWhatWouldBeSent_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("effective");
        QTest::addColumn<QString>("directusFailure");
        QTest::addColumn<QString>("blockedBecause"); // empty: can send
        QTest::newRow("can send") << "https://h.example" << true << QString() << QString();
        QTest::newRow("opted out") << "https://h.example" << false << QString() << "Telemetry is off";
        QTest::newRow("bad URL") << "nowhere" << true << QString() << "not an absolute URL";
        QTest::newRow("Directus would fail") << "https://h.example" << true << "directus_settings has no row"
                                             << "Directus would send nothing";
    }

    void shouldReviewWhatWouldBeSent()
    {
        QFETCH(QString, url);
        QFETCH(bool, effective);
        QFETCH(QString, directusFailure);
        QFETCH(QString, blockedBecause);
        // Given a report, a gate, and a previously delivered report with fewer items
        TelemetryGate::State gate;
        gate.effective = effective;
        gate.explanation = QStringLiteral("the licence allows it");
        HistoryEntry last;
        last.id = 7;
        last.time = QDateTime::currentDateTimeUtc();
        last.bytes = R"({"items":1})";
        const TelemetryRequest request = TelemetryRequest::build(url, Secret, R"({"items":2})");

        // When the review is prepared
        const SendReview review = SendReview::prepare(request, gate, last, directusFailure);

        // Then it tells whether and why not, and shows everything but the secret
        QCOMPARE(review.canSend(), blockedBecause.isEmpty());
        QVERIFY2(review.blockedReason().contains(blockedBecause), qPrintable(review.blockedReason()));
        QCOMPARE(review.sha256(), ReportHistory::sha256Hex(R"({"items":2})"));
        QCOMPARE(review.diffSinceLastDelivered().lines(), QStringList {QStringLiteral("items 1 → 2")});
        const QString text = review.toText();
        QVERIFY(text.contains(QStringLiteral("Authorization: Bearer ••••")));
        QVERIFY(!text.contains(QLatin1String("s3cr3t")));
        QVERIFY(text.contains(QLatin1String(R"({"items":2})")));
        QVERIFY(text.contains(QStringLiteral("items 1 → 2")));
        QVERIFY(text.contains(QLatin1String("#7")));
    }

    void shouldPostTheExactReviewedBytes()
    {
        // Given an intake that accepts, and a TELEMETRY_URL with a path that Directus drops
        LoopbackHttpServer server;
        QVERIFY(server.isListening());
        server.setResponse({204, {}, {}});
        QNetworkAccessManager network;
        ReportSender sender(&network);
        const TelemetryRequest request = TelemetryRequest::build(
            server.baseUrl() + QStringLiteral("/ignored/path?x=1"), Secret, m_reviewed);

        // When it is sent
        const SendResult result = sendAndWait(sender, request);

        // Then the server saw one POST to /v1/metrics with exactly the reviewed bytes and the specified
        // headers
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.httpStatus, 204);
        QCOMPARE(server.requests().size(), 1);
        const LoopbackHttpServer::Request &received = server.requests().first();
        QCOMPARE(received.method, QByteArray("POST"));
        QCOMPARE(received.path, QByteArray("/v1/metrics"));
        QCOMPARE(received.body, m_reviewed);
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(received.header("Authorization"), Secret.toUtf8());
        QCOMPARE(received.header("Content-Length"), QByteArray::number(m_reviewed.size()));
        QVERIFY(!received.hasHeader("Cookie"));
        // Transport headers as undici sends them: nothing about this machine's locale or browser
        QCOMPARE(received.header("Accept-Language"), QByteArray("*"));
        QCOMPARE(received.header("User-Agent"), QByteArray("node"));
        QCOMPARE(received.header("Accept"), QByteArray("*/*"));
        QCOMPARE(result.destination, server.baseUrl() + QStringLiteral("/v1/metrics"));
    }

    void shouldSendNoAuthorizationWhenNotConfigured()
    {
        LoopbackHttpServer server;
        QNetworkAccessManager network;
        ReportSender sender(&network);
        const SendResult result
            = sendAndWait(sender, TelemetryRequest::build(server.baseUrl(), QString(), m_reviewed));
        QVERIFY(result.ok());
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(!server.requests().first().hasHeader("Authorization"));
    }

    void shouldReportEveryOutcome_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<SendResult::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("2xx") << "200" << SendResult::Kind::Success << 200 << QString();
        QTest::newRow("500 with body") << "500" << SendResult::Kind::HttpError << 500 << "intake is down";
        QTest::newRow("401") << "401" << SendResult::Kind::HttpError << 401 << "unauthorized";
        QTest::newRow("404") << "404" << SendResult::Kind::HttpError << 404 << "no such route";
        QTest::newRow("refused port") << "refused" << SendResult::Kind::ConnectionRefused << 0 << "refused";
        QTest::newRow("never answers") << "silent" << SendResult::Kind::Timeout << 0 << "ms";
        QTest::newRow("closes mid-response")
            << "mid" << SendResult::Kind::ClosedMidResponse << 200 << "closed";
        QTest::newRow("closes without answer")
            << "close" << SendResult::Kind::ClosedMidResponse << 0 << "closed";
        QTest::newRow("answers byte by byte") << "dribble" << SendResult::Kind::Success << 200 << QString();
        QTest::newRow("dribbles without end")
            << "dribble-forever" << SendResult::Kind::Timeout << 0 << "1500 ms";
        QTest::newRow("TLS to a plain server") << "tls" << SendResult::Kind::TlsError << 0 << "TLS";
        QTest::newRow("invalid URL") << "invalid" << SendResult::Kind::InvalidRequest << 0 << "TELEMETRY_URL";
    }

    void shouldReportEveryOutcome()
    {
        QFETCH(QString, mode);
        QFETCH(SendResult::Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, errorContains);
        if (mode == QLatin1String("tls") && !QSslSocket::supportsSsl())
            QSKIP("no TLS backend");

        // Given a server that misbehaves in one way
        LoopbackHttpServer server;
        QString url = server.baseUrl();
        if (mode == QLatin1String("500"))
            server.setResponse({500, "intake is down", {}});
        else if (mode == QLatin1String("401"))
            server.setResponse({401, "unauthorized: echo " + Secret.toUtf8(), {}});
        else if (mode == QLatin1String("404"))
            server.setResponse({404, "no such route", {}});
        else if (mode == QLatin1String("refused"))
            url = QStringLiteral("http://127.0.0.1:%1").arg(LoopbackHttpServer::unusedPort());
        else if (mode == QLatin1String("silent"))
            server.setBehaviour(LoopbackHttpServer::Behaviour::NeverAnswer);
        else if (mode == QLatin1String("mid"))
            server.setBehaviour(LoopbackHttpServer::Behaviour::CloseMidResponse);
        else if (mode == QLatin1String("close"))
            server.setBehaviour(LoopbackHttpServer::Behaviour::CloseWithoutAnswer);
        else if (mode == QLatin1String("dribble"))
            server.setBehaviour(LoopbackHttpServer::Behaviour::DribbleAnswer);
        else if (mode == QLatin1String("dribble-forever"))
            server.setBehaviour(LoopbackHttpServer::Behaviour::DribbleForever);
        else if (mode == QLatin1String("tls"))
            url = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
        else if (mode == QLatin1String("invalid"))
            url = QStringLiteral("no-scheme");
        QNetworkAccessManager network;
        ReportSender sender(&network);
        // Short bounds so a silent server costs well under a second. A dribbling server makes progress, so
        // only the overall bound (1.5 s) stops one that never finishes; one that does finish gets 10 s.
        if (mode.startsWith(QLatin1String("dribble")))
            sender.setTimeouts({2000, 3000, mode == QLatin1String("dribble") ? 10000 : 1500});
        else
            sender.setTimeouts({2000, 400});

        // When the report is sent
        QElapsedTimer elapsed;
        elapsed.start();
        const SendResult result = sendAndWait(sender, TelemetryRequest::build(url, Secret, m_reviewed));

        // Then the result says what happened, and never leaks the secret
        QCOMPARE(SendResult::kindName(result.kind), SendResult::kindName(kind));
        QCOMPARE(result.httpStatus, status);
        QVERIFY2(result.summary().contains(errorContains, Qt::CaseInsensitive), qPrintable(result.summary()));
        QVERIFY2(!result.summary().contains(QLatin1String("s3cr3t")), qPrintable(result.summary()));
        QVERIFY(!result.body.contains(QLatin1String("s3cr3t")));
        QVERIFY(elapsed.elapsed() < 10000);
        QVERIFY(!sender.isBusy());
        if (mode == QLatin1String("500"))
            QCOMPARE(result.body, QStringLiteral("intake is down"));
    }

    void shouldRefuseAnUntrustedCertificateBeforeSendingAnything()
    {
        // Given an HTTPS intake on 127.0.0.1 with a self-signed certificate nobody trusts
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const TestCertificate certificate;
        QVERIFY(certificate.isValid());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate.certificate());
        tls.setPrivateKey(certificate.key());
        LoopbackHttpServer server(tls);
        QVERIFY(server.isListening());
        QNetworkAccessManager network;
        ReportSender sender(&network);

        // When the report is sent there
        const SendResult result
            = sendAndWait(sender, TelemetryRequest::build(server.baseUrl(), Secret, m_reviewed));

        // Then the send ends with a TLS error naming the certificate problem, and no request was made
        QCOMPARE(result.kind, SendResult::Kind::TlsError);
        QVERIFY(!result.tlsErrors.isEmpty());
        QVERIFY2(result.error.contains(QLatin1String("certificate")), qPrintable(result.error));
        QCOMPARE(server.requests().size(), 0);
    }

    void shouldSendOverVerifiedTls()
    {
        // Given the same kind of intake, whose certificate the system trusts this time
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const TestCertificate certificate;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate.certificate());
        tls.setPrivateKey(certificate.key());
        LoopbackHttpServer server(tls);
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(certificate.certificate());
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
        QNetworkAccessManager network;
        ReportSender sender(&network);

        // When the report is sent
        const SendResult result
            = sendAndWait(sender, TelemetryRequest::build(server.baseUrl(), Secret, m_reviewed));

        // Then it arrived, byte for byte, over the verified connection
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().body, m_reviewed);
        QCOMPARE(server.requests().first().header("Authorization"), Secret.toUtf8());
    }

    void shouldBoundTheConnectTime()
    {
        // Given a port on 127.0.0.1 whose accept queue is full, so the kernel drops further connection
        // attempts and a connect hangs (the loopback stand-in for an unreachable intake)
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        const auto closeListener = qScopeGuard([listener] { ::close(listener); });
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 0), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const quint16 port = ntohs(address.sin_port);
        QTcpSocket filler;
        filler.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(filler.waitForConnected(2000));
        QTcpSocket probe; // confirms the queue is full: this attempt must hang
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(300))
            QSKIP("this kernel accepts more connections than the backlog; cannot make a connect hang");
        probe.abort();

        // When the report is sent there with a short connect bound and a long transfer timeout
        QNetworkAccessManager network;
        ReportSender sender(&network);
        sender.setTimeouts({300, 60000});
        QElapsedTimer elapsed;
        elapsed.start();
        const SendResult result = sendAndWait(
            sender,
            TelemetryRequest::build(QStringLiteral("http://127.0.0.1:%1").arg(port), QString(), m_reviewed));

        // Then it gives up after the connect bound, not the transfer timeout
        QCOMPARE(result.kind, SendResult::Kind::Timeout);
        QVERIFY2(result.error.contains(QLatin1String("No connection")), qPrintable(result.error));
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void shouldClassifyNetworkErrors_data()
    {
        // DNS failures are classified here rather than provoked: a test must not query a resolver.
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<bool>("headers");
        QTest::addColumn<SendResult::Kind>("kind");
        QTest::newRow("dns") << QNetworkReply::HostNotFoundError << false << SendResult::Kind::HostNotFound;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << false << SendResult::Kind::Timeout;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << false << SendResult::Kind::TlsError;
        QTest::newRow("http 503") << QNetworkReply::ServiceUnavailableError << true
                                  << SendResult::Kind::HttpError;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << true
                                << SendResult::Kind::ClosedMidResponse;
    }

    void shouldClassifyNetworkErrors()
    {
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(bool, headers);
        QFETCH(SendResult::Kind, kind);
        QCOMPARE(SendResult::kindName(SendResult::classify(error, headers)), SendResult::kindName(kind));
    }

    void shouldFollowRedirectsByFetchRules_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method"); // at the target
        QTest::addColumn<bool>("bodyKept");
        QTest::newRow("307 keeps the POST") << 307 << QByteArray("POST") << true;
        QTest::newRow("308 keeps the POST") << 308 << QByteArray("POST") << true;
        QTest::newRow("301 becomes GET") << 301 << QByteArray("GET") << false;
        QTest::newRow("302 becomes GET") << 302 << QByteArray("GET") << false;
        QTest::newRow("303 becomes GET") << 303 << QByteArray("GET") << false;
    }

    void shouldFollowRedirectsByFetchRules()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(bool, bodyKept);
        LoopbackHttpServer server;
        server.setResponseFor("/v1/metrics", {status, {}, {{"Location", "/moved"}}});
        server.setResponseFor("/moved", {200, {}, {}});
        QNetworkAccessManager network;
        ReportSender sender(&network);
        const SendResult result
            = sendAndWait(sender, TelemetryRequest::build(server.baseUrl(), Secret, m_reviewed));
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(server.requests().size(), 2);
        const LoopbackHttpServer::Request &target = server.requests().at(1);
        QCOMPARE(target.path, QByteArray("/moved"));
        QCOMPARE(target.method, method);
        QCOMPARE(target.body == m_reviewed, bodyKept);
        QCOMPARE(target.header("Authorization"), Secret.toUtf8()); // same origin: kept
        QCOMPARE(result.finalUrl, server.baseUrl() + QStringLiteral("/moved"));
    }

    void shouldDropAuthorizationOnCrossOriginRedirect()
    {
        LoopbackHttpServer first;
        LoopbackHttpServer second; // another port is another origin
        first.setResponse({307, {}, {{"Location", second.baseUrl().toUtf8() + "/elsewhere"}}});
        QNetworkAccessManager network;
        ReportSender sender(&network);
        const SendResult result
            = sendAndWait(sender, TelemetryRequest::build(first.baseUrl(), Secret, m_reviewed));
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(second.requests().size(), 1);
        QCOMPARE(second.requests().first().body, m_reviewed);
        QVERIFY(!second.requests().first().hasHeader("Authorization"));
    }

    void shouldStopAfterTwentyRedirects()
    {
        LoopbackHttpServer server;
        server.setResponse({307, {}, {{"Location", "/again"}}});
        QNetworkAccessManager network;
        ReportSender sender(&network);
        const SendResult result
            = sendAndWait(sender, TelemetryRequest::build(server.baseUrl(), QString(), "{}"));
        QCOMPARE(result.kind, SendResult::Kind::TooManyRedirects);
        QCOMPARE(server.requests().size(), 21);
    }

    void shouldKeepEveryAttemptInTheHistory()
    {
        // Given a history and an intake that fails first, then accepts
        QTemporaryDir dir;
        ReportHistory history(dir.path());
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        LoopbackHttpServer server;
        QNetworkAccessManager network;
        ReportSender sender(&network);
        sender.setTimeouts({2000, 400});
        const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(LoopbackHttpServer::unusedPort());

        // When four attempts are made
        const QList<QPair<QString, int>> attempts {
            {refused, 0}, {server.baseUrl(), 500}, {server.baseUrl(), 401}, {server.baseUrl(), 202}};
        for (const auto &[url, status] : attempts) {
            server.setResponse({status, "answer " + QByteArray::number(status), {}});
            const TelemetryRequest request = TelemetryRequest::build(url, Secret, m_reviewed);
            history.recordSend(QStringLiteral("/srv/directus"), request, sendAndWait(sender, request),
                               QStringLiteral("manual"));
        }

        // Then each one is there, in order, with its outcome, bytes and hash
        const QList<HistoryEntry> entries = history.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).outcome, QStringLiteral("connection-refused"));
        QCOMPARE(entries.at(1).outcome, QStringLiteral("http-error"));
        QCOMPARE(entries.at(1).httpStatus, 500);
        QVERIFY(entries.at(1).error.contains(QLatin1String("answer 500")));
        QCOMPARE(entries.at(2).httpStatus, 401);
        QCOMPARE(entries.at(3).outcome, QStringLiteral("success"));
        for (const HistoryEntry &entry : entries) {
            QCOMPARE(entry.bytes, m_reviewed);
            QCOMPARE(entry.sha256, ReportHistory::sha256Hex(m_reviewed));
            QVERIFY(entry.destination.endsWith(QLatin1String("/v1/metrics")));
        }
        QCOMPARE(history.lastDelivered()->id, entries.at(3).id);
    }

private:
    QByteArray m_reviewed;
};

QTEST_GUILESS_MAIN(TestSender)
#include "tst_sender.moc"
