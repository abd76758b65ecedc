// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection: damaged databases, a schema that changes under a running report, and a configuration file
// rewritten while it is read. Each must end in a report or a clear error: no crash, no hang (ctest's timeout
// bounds every case).
#include "ScratchProject.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

// Runs a function on its own thread until stopped; used to change a project while the engine reads it.
class Saboteur : public QThread
{
public:
    explicit Saboteur(std::function<void(const std::atomic_bool &)> work)
        : m_work(std::move(work))
    {
    }
    ~Saboteur() override
    {
        m_stop = true;
        wait();
    }
    void stop()
    {
        m_stop = true;
        wait();
    }

protected:
    void run() override { m_work(m_stop); }

private:
    std::function<void(const std::atomic_bool &)> m_work;
    std::atomic_bool m_stop {false};
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truncatedDatabase_data()
    {
        QTest::addColumn<qint64>("size");
        for (const qint64 size : {0LL, 1LL, 100LL, 4096LL, 8192LL, 65536LL, 200000LL, 409600LL})
            QTest::addRow("%lld bytes", size) << size;
    }

    void truncatedDatabase()
    {
        QFETCH(qint64, size);
        ScratchProject project(QStringLiteral("blog-sqlite"));
        QFile database(project.databasePath());
        QVERIFY(size < database.size());
        QVERIFY(database.resize(size));
        const ReportEngine::Outcome outcome = project.report();
        // A shorter file can never give the fixture's report: either an error that says what is wrong, or a
        // report that admits Directus would fail; never a crash.
        if (!outcome.ok) {
            QVERIFY(!outcome.error.isEmpty());
            QCOMPARE(outcome.failure, ReportEngine::Failure::Database);
        }
    }

    void schemaChangesDuringReports()
    {
        ScratchProject project(QStringLiteral("blog-sqlite"));
        project.exec({QStringLiteral("create table churn (id integer primary key, v text)")});
        const QString path = project.databasePath();
        std::atomic_int changes {0};
        Saboteur saboteur([&](const std::atomic_bool &stop) {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
            if (db.open()) {
                QSqlQuery query(db);
                while (!stop) {
                    // Tables appear and vanish between the engine's schema read and its counts.
                    query.exec(QStringLiteral("drop table if exists churn"));
                    query.exec(QStringLiteral("create table churn (id integer primary key, v text)"));
                    query.exec(QStringLiteral("drop table if exists articles"));
                    query.exec(QStringLiteral("create table articles (id integer primary key)"));
                    ++changes;
                    QThread::msleep(10); // leave the reader gaps, as a real migration would
                }
                db.close();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        });
        saboteur.start();
        int succeeded = 0;
        int failed = 0;
        for (int run = 0; run < 5; ++run) {
            const ReportEngine::Outcome outcome = project.report();
            if (outcome.ok) {
                ++succeeded;
            } else {
                ++failed;
                QVERIFY2(!outcome.error.isEmpty(), "a failure without a message");
            }
        }
        saboteur.stop();
        QVERIFY(changes > 0);
        qInfo("5 reports under a changing schema: %d completed, %d clear errors, %d schema changes",
              succeeded, failed, changes.load());
    }

    void configRewrittenWhileRead()
    {
        ScratchProject project(QStringLiteral("blog-sqlite"));
        const QString envPath = project.path() + QStringLiteral("/.env");
        QFile original(envPath);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray content = original.readAll();
        original.close();
        Saboteur saboteur([&](const std::atomic_bool &stop) {
            // Not atomic on purpose: readers see empty, partial and whole files.
            while (!stop) {
                QFile file(envPath);
                if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    for (qsizetype offset = 0; offset < content.size(); offset += 7)
                        file.write(content.mid(offset, 7));
                }
            }
        });
        saboteur.start();
        int loaded = 0;
        for (int attempt = 0; attempt < 200; ++attempt) {
            QString error;
            const auto config = project.config(&error);
            if (config)
                ++loaded;
            else
                QVERIFY2(!error.isEmpty(), "a failed load without a message");
        }
        saboteur.stop();
        QVERIFY(loaded > 0);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
