// SPDX-License-Identifier: GPL-3.0-or-later
// The report history: its own SQLite file, every entry with exact bytes and SHA-256, field diffs, and no
// secret anywhere in the file.
#include "LoopbackHttpServer.h"
#include "ScratchProject.h"
#include "history/ReportDiff.h"
#include "history/ReportHistory.h"
#include "send/ReportSender.h"
#include "send/TelemetryRequest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Older
    = R"({"url":"/","version":"12.4.1","items":94,"mcp_enabled":false,"project_id":"a","gone":1})";
const QByteArray Newer
    = R"({"url":"/","version":"12.4.1","items":151,"mcp_enabled":true,"project_id":null,"new_key":"x"})";

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldStoreEntriesWithBytesAndHash()
    {
        // Given an empty history in a temporary folder (created on open)
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nested/app-data"));
        ReportHistory history(folder);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.databasePath(), folder + QStringLiteral("/history.sqlite"));
        QSignalSpy added(&history, &ReportHistory::entryAdded);

        // When a computed, an exported and a sent report are recorded
        const qint64 computed
            = history.recordComputed(QStringLiteral("/srv/a"), Older, QStringLiteral("dry-run"));
        const qint64 exported
            = history.recordExport(QStringLiteral("/srv/a"), QStringLiteral("/tmp/x.json"), Newer);
        SendResult result;
        result.kind = SendResult::Kind::Success;
        result.httpStatus = 200;
        result.startedAt = QDateTime(QDate(2026, 11, 25), QTime(6, 12), Qt::UTC);
        const qint64 sent = history.recordSend(
            QStringLiteral("/srv/a"),
            TelemetryRequest::build(QStringLiteral("https://h.example/p"), QString(), Newer), result,
            QStringLiteral("schedule"));

        // Then they read back in order, each with its exact bytes and their SHA-256
        QVERIFY(computed > 0 && exported > computed && sent > exported);
        QCOMPARE(added.size(), 3);
        const QList<HistoryEntry> entries = history.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).kind, HistoryEntry::Kind::Computed);
        QCOMPARE(entries.at(0).bytes, Older);
        QCOMPARE(entries.at(0).sha256, QCryptographicHash::hash(Older, QCryptographicHash::Sha256).toHex());
        QCOMPARE(entries.at(0).trigger, QStringLiteral("dry-run"));
        QCOMPARE(entries.at(1).kind, HistoryEntry::Kind::Exported);
        QCOMPARE(entries.at(1).destination, QStringLiteral("/tmp/x.json"));
        QCOMPARE(entries.at(2).kind, HistoryEntry::Kind::Sent);
        QCOMPARE(entries.at(2).destination, QStringLiteral("https://h.example/v1/metrics"));
        QCOMPARE(entries.at(2).httpStatus, 200);
        QCOMPARE(entries.at(2).outcome, QStringLiteral("success"));
        QCOMPARE(entries.at(2).time, result.startedAt);
        QVERIFY(entries.at(2).delivered());
        QCOMPARE(history.entry(sent)->bytes, Newer);
        QVERIFY(!history.entry(9999));
        QCOMPARE(history.lastDelivered(QStringLiteral("/srv/a"))->id, sent);
        QVERIFY(!history.lastDelivered(QStringLiteral("/srv/other")));
    }

    void shouldPersistAcrossInstances()
    {
        QTemporaryDir dir;
        {
            ReportHistory history(dir.path());
            QString error;
            QVERIFY(history.open(&error));
            history.recordComputed(QStringLiteral("/srv/a"), Older, QStringLiteral("manual"));
        }
        ReportHistory reopened(dir.path());
        QString error;
        QVERIFY(reopened.open(&error));
        QCOMPARE(reopened.entries().size(), 1);
        QCOMPARE(reopened.entries().first().bytes, Older);
    }

    void shouldUseItsOwnConnection()
    {
        // Given two histories and the default connection name the inspected database could use
        QTemporaryDir dir;
        ReportHistory first(dir.filePath(QStringLiteral("one")));
        ReportHistory second(dir.filePath(QStringLiteral("two")));
        QString error;
        QVERIFY(first.open(&error) && second.open(&error));
        // Then neither took the default connection, and they do not share one
        QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
        const QStringList names = QSqlDatabase::connectionNames();
        QCOMPARE(names.filter(QStringLiteral("dti-history-")).size(), 2);
        first.recordComputed(QString(), Older, QString());
        QCOMPARE(second.entries().size(), 0);
    }

    void shouldRefuseADamagedFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        ReportHistory history(dir.path());
        QString error;
        QVERIFY(!history.open(&error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        QCOMPARE(history.recordComputed(QString(), Older, QString()), 0);
    }

    void shouldDiffFieldByField()
    {
        const ReportDiff diff = ReportDiff::between(Older, Newer);
        QVERIFY(diff.ok());
        QCOMPARE(diff.lines(),
                 (QStringList {
                     QStringLiteral("items 94 → 151"),
                     QStringLiteral("mcp_enabled false → true"),
                     QStringLiteral("project_id \"a\" → null"),
                     QStringLiteral("+ new_key \"x\" (added)"),
                     QStringLiteral("- gone 1 (removed)"),
                 }));
        QVERIFY(ReportDiff::between(Newer, Newer).isEmpty());
        // A number and a numeric string are different values
        QCOMPARE(ReportDiff::between(R"({"a":1})", R"({"a":"1"})").lines(),
                 QStringList {QStringLiteral("a 1 → \"1\"")});
        QVERIFY(!ReportDiff::between("[1]", Newer).ok());
        QVERIFY(!ReportDiff::between(Older, "not json").ok());
    }

    void shouldDiffTwoRealReports()
    {
        // Given two reports of the same project, before and after adding a user collection with items
        ScratchProject project;
        const ReportEngine::Outcome before = project.report();
        QVERIFY2(before.ok, qPrintable(before.error));
        project.exec({QStringLiteral("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)"),
                      QStringLiteral("INSERT INTO articles (title) VALUES ('a'), ('b'), ('c')")});
        const ReportEngine::Outcome after = project.report();
        QVERIFY2(after.ok, qPrintable(after.error));

        // When they are recorded and compared
        QTemporaryDir dir;
        ReportHistory history(dir.path());
        QString error;
        QVERIFY(history.open(&error));
        const qint64 a
            = history.recordComputed(project.path(), before.report.wireBytes(), QStringLiteral("manual"));
        const qint64 b
            = history.recordComputed(project.path(), after.report.wireBytes(), QStringLiteral("manual"));
        const ReportDiff diff = ReportDiff::between(history.entry(a)->bytes, history.entry(b)->bytes);

        // Then the diff names the collection and item counts that changed
        const QString text = diff.lines().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("collections ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("items ")), qPrintable(text));
    }

    void shouldNeverStoreTheAuthorization()
    {
        // Given an intake that echoes the Authorization header in its error answer and in a redirect target
        const QByteArray secret = "Bearer Zq9-very-secret-telemetry-token-41d7";
        LoopbackHttpServer server;
        server.setResponse({401, "bad credentials: " + secret + " / " + secret.mid(7), {}});
        QTemporaryDir dir;
        ReportHistory history(dir.path());
        QString error;
        QVERIFY(history.open(&error));
        QNetworkAccessManager network;
        ReportSender sender(&network);

        // When reports are sent (one rejected, one accepted) and recorded
        for (int status : {401, 200}) {
            if (status == 200)
                server.setResponse({200, secret, {}});
            const TelemetryRequest request
                = TelemetryRequest::build(server.baseUrl(), QString::fromUtf8(secret), "{\"a\":1}");
            QSignalSpy finished(&sender, &ReportSender::finished);
            QVERIFY(sender.send(request));
            QVERIFY(finished.wait(10000));
            history.recordSend(QStringLiteral("/srv/a"), request,
                               finished.first().first().value<SendResult>(), QStringLiteral("manual"));
        }
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().first().header("Authorization"), secret);

        // Then no file in the history folder contains the secret or its token part, in UTF-8 or UTF-16
        const QByteArray token = secret.mid(7);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token), qPrintable(name));
            QVERIFY(!bytes.contains(QByteArray(
                reinterpret_cast<const char *>(QString::fromUtf8(token).utf16()), token.size() * 2)));
        }
        QVERIFY(history.entries().at(0).error.contains(QLatin1String("bad credentials")));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
