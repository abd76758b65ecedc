// SPDX-License-Identifier: GPL-3.0-or-later
// ItemCounter: the item counts on several read-only connections give exactly the sequential results, in
// order, record a failing statement instead of aborting, stop on cancel, and leave the database unchanged.
#include "ScratchProject.h"
#include "db/DatabaseSettings.h"
#include "db/ReadOnlyConnection.h"
#include "db/SqlSession.h"
#include "engine/ItemCounter.h"

#include <QTest>

class TestItemCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStringList statements;
        for (int table = 0; table < 40; ++table) {
            statements.append(QStringLiteral("create table t%1 (id integer primary key)").arg(table));
            // table k holds max(1, k * 37) rows
            statements.append(QStringLiteral("with recursive s(n) as (select 1 union all select n + 1 from s "
                                             "where n < %1) insert into t%2 select n from s")
                                  .arg(table * 37)
                                  .arg(table));
        }
        statements << QStringLiteral("create table gaps (id integer primary key, title text)")
                   << QStringLiteral(
                          "with recursive s(n) as (select 1 union all select n + 1 from s where n < 100) "
                          "insert into gaps select n, 'x' from s")
                   << QStringLiteral("delete from gaps where id <= 30")
                   << QStringLiteral("create table keyed (code text primary key) without rowid")
                   << QStringLiteral("insert into keyed values ('a'), ('b')")
                   << QStringLiteral("create table vacant (id integer primary key)");
        m_project.exec(statements);
        QString error;
        const auto config = m_project.config(&error);
        QVERIFY2(config, qPrintable(error));
        m_settings = DatabaseSettings::fromConfig(*config, &error);
        QVERIFY2(m_settings, qPrintable(error));
    }

    void countsMatchInOrder_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("caller only") << 0;
        QTest::newRow("one worker") << 1;
        QTest::newRow("three workers") << 3;
    }

    void countsMatchInOrder()
    {
        QFETCH(int, workers);
        const QByteArray before = fileChecksum(m_project.databasePath());
        QStringList statements = tableCounts();
        statements.insert(7, QStringLiteral("select count(*) from no_such_table"));

        ReadOnlyConnection connection(*m_settings);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        SqlSession session(connection.database(), connection.dialect());
        ItemCounter counter(*m_settings, workers, nullptr);
        counter.start(statements);
        const QList<ItemCounter::Result> results = counter.finish(session);

        QCOMPARE(results.size(), statements.size());
        for (int i = 0; i < results.size(); ++i) {
            if (i == 7) {
                QVERIFY(!results.at(i).count);
                QCOMPARE(results.at(i).error.kind, DatabaseError::Kind::QueryFailed);
                QVERIFY2(results.at(i).error.message.contains(QStringLiteral("no_such_table")),
                         qPrintable(results.at(i).error.message));
                continue;
            }
            const int table = i < 7 ? i : i - 1;
            QVERIFY(results.at(i).count);
            QCOMPARE(*results.at(i).count, qint64(qMax(1, table * 37))); // the CTE yields at least one row
        }
        QCOMPARE(fileChecksum(m_project.databasePath()), before);
    }

    void queuedStatementsAreRunOnceForWhoeverAsks_data() { countsMatchInOrder_data(); }

    void queuedStatementsAreRunOnceForWhoeverAsks()
    {
        // Given statements queued ahead of the counts, as the engine queues the sum over directus_files
        QFETCH(int, workers);
        const QStringList counts = tableCounts();
        const QStringList queued
            = {QStringLiteral("select sum(id) from t5"), QStringLiteral("select sum(id) from no_such_table")};
        ReadOnlyConnection connection(*m_settings);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        SqlSession session(connection.database(), connection.dialect());
        ItemCounter counter(*m_settings, workers, nullptr);
        counter.start(counts, queued);
        // When a collector asks for them (whether a worker has run them, is running them, or nobody has yet)
        const std::optional<ItemCounter::Result> sum = counter.resultOf(queued.at(0), session);
        const std::optional<ItemCounter::Result> failed = counter.resultOf(queued.at(1), session);
        // Then it gets the statement's own value, or its error to throw as running it would have
        QVERIFY(sum && sum->count);
        QCOMPARE(sum->value.toLongLong(), qint64(5 * 37) * (5 * 37 + 1) / 2);
        QVERIFY(failed && !failed->count);
        QCOMPARE(failed->error.kind, DatabaseError::Kind::QueryFailed);
        // and a statement that was not queued is not answered from the queue
        QVERIFY(!counter.resultOf(QStringLiteral("select count(*) from t1"), session));
        // and the counts come back alone, in order, each counted once
        const QList<ItemCounter::Result> results = counter.finish(session);
        QCOMPARE(results.size(), counts.size());
        for (int table = 0; table < 40; ++table) {
            QVERIFY(results.at(table).count);
            QCOMPARE(*results.at(table).count, qint64(qMax(1, table * 37)));
        }
        QCOMPARE(counter.counted(), int(counts.size()));
        // and asking again after the end gives the same answer without running anything
        QCOMPARE(counter.resultOf(queued.at(0), session)->value.toLongLong(), sum->value.toLongLong());
    }

    void sqliteEstimatesFromTheLargestRowidWithoutStatistics()
    {
        // Given a database without sqlite_stat1 (Directus never runs ANALYZE)
        ReadOnlyConnection connection(*m_settings);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        SqlSession session(connection.database(), connection.dialect());
        QVERIFY(!session.hasTable(QStringLiteral("sqlite_stat1")));
        // When the estimates are read
        const QHash<QString, qint64> estimates = connection.dialect().estimatedRowCounts(
            session,
            {QStringLiteral("t5"), QStringLiteral("gaps"), QStringLiteral("keyed"), QStringLiteral("vacant"),
             QStringLiteral("no_such_table")});
        // Then each rowid table has its largest rowid: the count when nothing was deleted, an upper bound
        // after deletions; a table without rowid or not there has none, and tables not asked for are left out
        QCOMPARE(estimates.value(QStringLiteral("t5"), -1), qint64(5 * 37));
        QCOMPARE(estimates.value(QStringLiteral("gaps"), -1), qint64(100));
        QCOMPARE(estimates.value(QStringLiteral("vacant"), -1), qint64(0));
        QVERIFY(!estimates.contains(QStringLiteral("keyed")));
        QVERIFY(!estimates.contains(QStringLiteral("no_such_table")));
        QVERIFY(!estimates.contains(QStringLiteral("t6")));
        QCOMPARE(estimates.size(), 3);
    }

    void cancelStopsEveryone()
    {
        QStringList statements;
        for (int i = 0; i < 2000; ++i)
            statements.append(QStringLiteral("select count(*) from t%1").arg(i % 40));
        std::atomic_bool cancel {false};
        ReadOnlyConnection connection(*m_settings);
        QString error;
        QVERIFY(connection.open(&error));
        SqlSession session(connection.database(), connection.dialect(), &cancel);
        ItemCounter counter(*m_settings, 2, &cancel);
        counter.start(statements);
        cancel = true;
        bool cancelled = false;
        try {
            counter.finish(session);
        } catch (const DatabaseError &error) {
            cancelled = error.kind == DatabaseError::Kind::Cancelled;
        }
        QVERIFY(cancelled);
    }

    void suggestedWorkersAreBounded()
    {
        QCOMPARE(ItemCounter::suggestedWorkers(1), 0);
        QVERIFY(ItemCounter::suggestedWorkers(1000) <= 3);
        QVERIFY(ItemCounter::suggestedWorkers(1000) >= 0);
    }

private:
    // COUNT(*) of t0 … t39, which hold max(1, k * 37) rows each.
    static QStringList tableCounts()
    {
        QStringList statements;
        for (int table = 0; table < 40; ++table)
            statements.append(QStringLiteral("select count(*) from t%1").arg(table));
        return statements;
    }

    ScratchProject m_project;
    std::optional<DatabaseSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestItemCounter)
#include "tst_item_counter.moc"
