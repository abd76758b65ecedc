// SPDX-License-Identifier: GPL-3.0-or-later
// WindowedMmapVfs: SQLite connections the inspector opens read through the windowed memory map, give the same
// answers as the plain way (WAL frames included), keep the process's resident memory bounded while a large
// table is counted, open file names that URIs would otherwise mangle, and never change the file.
#include "db/DatabaseSettings.h"
#include "db/ReadOnlyConnection.h"
#include "db/WindowedMmapVfs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Resident memory of this process in KiB (Linux /proc), or -1.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

DatabaseSettings sqliteSettings(const QString &path)
{
    DatabaseSettings settings;
    settings.client = DatabaseSettings::Client::Sqlite;
    settings.clientName = QStringLiteral("sqlite");
    settings.sqliteFile = path;
    return settings;
}

// Writes a database through a writable connection of its own (the test's, never the inspector's).
void writeDatabase(const QString &path, const QStringList &statements, const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement),
                     qPrintable(statement + QLatin1String(": ") + query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString vfsNameOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QString();
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    char *name = nullptr;
    if (sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFSNAME, &name) != SQLITE_OK || !name)
        return QString();
    const QString result = QString::fromUtf8(name);
    sqlite3_free(name);
    return result;
}

qint64 countOf(ReadOnlyConnection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("select count(*) from ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestWindowedMmapVfs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(WindowedMmapVfs::ensureRegistered(), "the VFS should register with the system SQLite");
        // About 96 MB: 60 000 rows of 1.5 KiB, so a count walks far more pages than the windows may hold.
        m_largePath = m_dir.filePath(QStringLiteral("large.db"));
        writeDatabase(
            m_largePath,
            {QStringLiteral("create table big (id integer primary key, payload blob)"),
             QStringLiteral("with recursive s(n) as (select 1 union all select n + 1 from s where n < "
                            "60000) insert into big select n, randomblob(1500) from s"),
             QStringLiteral("create table small (id integer primary key)"),
             QStringLiteral("insert into small values (1), (2), (3)")},
            QStringLiteral("writer-large"));
    }

    void opensThroughTheVfs()
    {
        ReadOnlyConnection connection(sqliteSettings(m_largePath));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QCOMPARE(vfsNameOf(connection.database()), QStringLiteral("dti-windowed-mmap/unix"));
        QSqlQuery mmapSize(connection.database());
        QVERIFY(mmapSize.exec(QStringLiteral("pragma mmap_size")) && mmapSize.next());
        QVERIFY2(mmapSize.value(0).toLongLong() > 0, "memory-mapped reads should be on");
    }

    void countsAndScansAreExact()
    {
        const QByteArray before = fileChecksum(m_largePath);
        ReadOnlyConnection connection(sqliteSettings(m_largePath));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QCOMPARE(countOf(connection, QStringLiteral("big")), 60000);
        QCOMPARE(countOf(connection, QStringLiteral("small")), 3);
        // A scan that reads every row's bytes, not only the page headers a count needs.
        QSqlQuery sum(connection.database());
        QVERIFY(sum.exec(QStringLiteral("select sum(length(payload)), sum(id) from big")) && sum.next());
        QCOMPARE(sum.value(0).toLongLong(), 60000LL * 1500);
        QCOMPARE(sum.value(1).toLongLong(), 60000LL * 60001 / 2);
        // Writes are refused as before.
        QSqlQuery write(connection.database());
        QVERIFY(!write.exec(QStringLiteral("insert into small values (4)")));
        QCOMPARE(fileChecksum(m_largePath), before);
    }

    void residentMemoryStaysBounded()
    {
        if (residentKiB() < 0)
            QSKIP("no /proc/self/status here");
        ReadOnlyConnection connection(sqliteSettings(m_largePath));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        const qint64 before = residentKiB();
        QSqlQuery sum(connection.database());
        QVERIFY(sum.exec(QStringLiteral("select sum(length(payload)) from big")) && sum.next());
        const qint64 grown = residentKiB() - before;
        const qint64 fileKiB = QFileInfo(m_largePath).size() / 1024;
        // An unbounded map would leave the whole ~96 MB file resident; the windows keep a few MiB.
        qInfo("file %lld KiB, resident memory grew by %lld KiB while reading all of it", fileKiB, grown);
        QVERIFY2(grown < fileKiB / 4, qPrintable(QStringLiteral("grew by %1 KiB").arg(grown)));
    }

    void walFramesAreSeen()
    {
        // Rows committed to the write-ahead log but not yet copied into the database file must be counted:
        // the map covers the file, and SQLite reads those pages from the log.
        const QString path = m_dir.filePath(QStringLiteral("wal.db"));
        QSqlDatabase writer
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal-writer"));
        writer.setDatabaseName(path);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("pragma journal_mode = wal")));
        QVERIFY(query.exec(QStringLiteral("pragma wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("create table t (id integer primary key, payload blob)")));
        QVERIFY(
            query.exec(QStringLiteral("with recursive s(n) as (select 1 union all select n + 1 from s where "
                                      "n < 5000) insert into t select n, randomblob(500) from s")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        {
            ReadOnlyConnection connection(sqliteSettings(path));
            QString error;
            QVERIFY2(connection.open(&error), qPrintable(error));
            QCOMPARE(countOf(connection, QStringLiteral("t")), 5000);
            QVERIFY(query.exec(QStringLiteral("delete from t where id > 4000")));
            QCOMPARE(countOf(connection, QStringLiteral("t")), 4000);
        }
        query.finish();
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("wal-writer"));
    }

    void fileNamesUriWouldMangle()
    {
        const QString path = m_dir.filePath(QStringLiteral("odd ?name#50%20 ü.db"));
        writeDatabase(path,
                      {QStringLiteral("create table t (id integer primary key)"),
                       QStringLiteral("insert into t values (1), (2)")},
                      QStringLiteral("writer-odd"));
        ReadOnlyConnection connection(sqliteSettings(path));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QCOMPARE(countOf(connection, QStringLiteral("t")), 2);
        QCOMPARE(vfsNameOf(connection.database()), QStringLiteral("dti-windowed-mmap/unix"));
        // No stray file was created under a decoded or truncated name.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("odd*")}, QDir::Files),
                 QStringList {QStringLiteral("odd ?name#50%20 ü.db")});
    }

private:
    QTemporaryDir m_dir;
    QString m_largePath;
};

QTEST_GUILESS_MAIN(TestWindowedMmapVfs)
#include "tst_windowedmmap.moc"
