// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a large, Directus-shaped SQLite project for benchmarks: the real Directus 12.4.1 schema of the empty
// fixture, plus user collections (registered in directus_collections/directus_fields, with 3 to 14 columns
// each and a skewed row distribution), users spread over roles and policies, and files. Reproducible: the
// same arguments give the same database, because every value is derived from the row number and the seed
// (rows are generated inside SQLite with recursive CTEs, which is also what makes millions of rows fast).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void run(QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql)) {
        err() << "SQL failed: " << query.lastError().text() << "\n  " << sql.left(300) << Qt::endl;
        std::exit(3); // a half-generated database would give meaningless figures
    }
}

QString uuid(int kind, qint64 number)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(kind, 8, 10, QLatin1Char('0'))
        .arg(number, 12, 10, QLatin1Char('0'));
}

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        err() << "Cannot copy " << from << " to " << to << Qt::endl;
        return false;
    }
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

const char *const ColumnTypes[] = {"varchar(255)", "INTEGER", "float", "datetime", "TEXT", "boolean"};

QString columnExpression(const QString &type, int column, quint64 seed)
{
    // Deterministic, varied values from the row number n (Knuth's multiplicative hash).
    const QString hash
        = QStringLiteral("((n * 2654435761 + %1) % 1000003)").arg((seed * 7919 + column) % 1000003);
    if (type == QLatin1String("INTEGER"))
        return hash;
    if (type == QLatin1String("float"))
        return hash + QStringLiteral(" / 7.0");
    if (type == QLatin1String("datetime"))
        return QStringLiteral("datetime(1700000000 + %1 * 60, 'unixepoch')").arg(hash);
    if (type == QLatin1String("boolean"))
        return hash + QStringLiteral(" % 2");
    if (type == QLatin1String("TEXT"))
        return QStringLiteral("printf('Lorem ipsum %d dolor sit amet, item %d.', %1, n)").arg(hash);
    return QStringLiteral("printf('value-%06d', %1)").arg(hash);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Generate a large Directus-shaped SQLite project for benchmarks."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("OUTPUT_DIR"), QStringLiteral("Project folder to create."));
    parser.addOptions({
        {QStringLiteral("collections"), QStringLiteral("User collections (default 200)."),
         QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("rows"), QStringLiteral("Rows over all user collections (default 5000000)."),
         QStringLiteral("N"), QStringLiteral("5000000")},
        {QStringLiteral("users"), QStringLiteral("Users (default 50000)."), QStringLiteral("N"),
         QStringLiteral("50000")},
        {QStringLiteral("files"), QStringLiteral("Files (default 100000)."), QStringLiteral("N"),
         QStringLiteral("100000")},
        {QStringLiteral("seed"), QStringLiteral("Seed (default 42)."), QStringLiteral("N"),
         QStringLiteral("42")},
        {QStringLiteral("empty-project"), QStringLiteral("The empty Directus project to start from."),
         QStringLiteral("DIR"), QStringLiteral(DTI_EMPTY_PROJECT)},
    });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QString output = parser.positionalArguments().first();
    const int collections = parser.value(QStringLiteral("collections")).toInt();
    const qint64 totalRows = parser.value(QStringLiteral("rows")).toLongLong();
    const qint64 users = parser.value(QStringLiteral("users")).toLongLong();
    const qint64 files = parser.value(QStringLiteral("files")).toLongLong();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    const QString empty = parser.value(QStringLiteral("empty-project"));
    if (collections < 1 || collections > 5000 || totalRows < 0 || users < 0 || files < 0) {
        err() << "--collections must be 1..5000 and the counts non-negative." << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const QString databasePath = QDir(output).filePath(QStringLiteral("directus.db"));
    if (!copyFile(empty + QStringLiteral("/directus.db"), databasePath)
        || !copyFile(empty + QStringLiteral("/.env"), QDir(output).filePath(QStringLiteral(".env")))
        || !copyFile(empty + QStringLiteral("/package.json"),
                     QDir(output).filePath(QStringLiteral("package.json")))
        || !copyFile(empty + QStringLiteral("/node_modules/directus/package.json"),
                     QDir(output).filePath(QStringLiteral("node_modules/directus/package.json"))))
        return 2;

    {
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generator"));
        database.setDatabaseName(databasePath);
        if (!database.open()) {
            err() << "Cannot open " << databasePath << ": " << database.lastError().text() << Qt::endl;
            return 2;
        }
        run(database, QStringLiteral("PRAGMA journal_mode = OFF"));
        run(database, QStringLiteral("PRAGMA synchronous = OFF"));
        database.transaction();

        // Roles, policies and how they are linked; the first policy is an admin policy.
        for (int k = 0; k < 20; ++k)
            run(database,
                QStringLiteral("INSERT INTO directus_roles (id, name) VALUES ('%1', 'Role %2')")
                    .arg(uuid(1, k))
                    .arg(k));
        for (int k = 0; k < 10; ++k) {
            run(database,
                QStringLiteral("INSERT INTO directus_policies (id, name, admin_access, app_access) "
                               "VALUES ('%1', 'Policy %2', %3, %4)")
                    .arg(uuid(2, k))
                    .arg(k)
                    .arg(k == 0 ? 1 : 0)
                    .arg(k % 2 == 0 ? 1 : 0));
        }
        for (int k = 0; k < 20; ++k)
            run(database,
                QStringLiteral("INSERT INTO directus_access (id, role, policy) VALUES ('%1', '%2', '%3')")
                    .arg(uuid(3, k), uuid(1, k), uuid(2, k % 10)));
        // Counts are appended rather than put in with arg(): the SQL holds printf's %012d, which arg() would
        // eat.
        const QString sequence = QStringLiteral(
            "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < %1) ");
        run(database,
            QString(sequence).replace(QStringLiteral("%1"), QString::number(users))
                + QStringLiteral("INSERT INTO directus_users (id, first_name, email, status, role) "
                                 "SELECT printf('00000004-0000-4000-8000-%012d', n), printf('User %d', n), "
                                 "printf('user%d@example.test', n), "
                                 "CASE WHEN n % 50 = 0 THEN 'suspended' ELSE 'active' END, "
                                 "printf('00000001-0000-4000-8000-%012d', n % 20) FROM seq"));
        run(database,
            QString(sequence).replace(QStringLiteral("%1"), QString::number(files))
                + QStringLiteral(
                    "INSERT INTO directus_files (id, storage, filename_download, filesize, type) "
                    "SELECT printf('00000005-0000-4000-8000-%012d', n), 'local', "
                    "printf('file-%d.jpg', n), (n * 2654435761) % 5000000, 'image/jpeg' "
                    "FROM seq"));

        // A skewed distribution, as in real projects: a few large collections, many small ones.
        std::mt19937_64 random(seed);
        QList<double> weights;
        double weightSum = 0;
        for (int c = 0; c < collections; ++c) {
            weights.append(1.0 / std::pow(c + 1, 0.8));
            weightSum += weights.last();
        }
        qint64 assigned = 0;
        for (int c = 0; c < collections; ++c) {
            const QString table = QStringLiteral("c_%1").arg(c, 4, 10, QLatin1Char('0'));
            const qint64 rows = c == collections - 1
                ? totalRows - assigned
                : qint64(std::floor(totalRows * weights.at(c) / weightSum));
            assigned += rows;
            const int extraColumns = 2 + int(random() % 13);
            QStringList definitions {QStringLiteral("id INTEGER PRIMARY KEY")};
            QStringList names {QStringLiteral("id")};
            QStringList expressions {QStringLiteral("n")};
            QStringList types {QStringLiteral("INTEGER")};
            for (int k = 0; k < extraColumns; ++k) {
                const QString type = QString::fromLatin1(ColumnTypes[random() % std::size(ColumnTypes)]);
                const QString name = QStringLiteral("field_%1").arg(k);
                definitions.append(name + QLatin1Char(' ') + type);
                names.append(name);
                types.append(type);
                expressions.append(columnExpression(type, k, seed));
            }
            run(database,
                QStringLiteral("CREATE TABLE %1 (%2)").arg(table, definitions.join(QStringLiteral(", "))));
            if (rows > 0)
                run(database,
                    QStringLiteral(
                        "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < %1) "
                        "INSERT INTO %2 (%3) SELECT %4 FROM seq")
                        .arg(rows)
                        .arg(table, names.join(QStringLiteral(", ")),
                             expressions.join(QStringLiteral(", "))));
            run(database,
                QStringLiteral("INSERT INTO directus_collections (collection) VALUES ('%1')").arg(table));
            for (int k = 0; k < names.size(); ++k)
                run(database,
                    QStringLiteral(
                        "INSERT INTO directus_fields (collection, field, interface) VALUES ('%1', '%2', %3)")
                        .arg(table, names.at(k),
                             k == 0 ? QStringLiteral("NULL") : QStringLiteral("'input'")));
        }
        if (!database.commit()) {
            err() << "Commit failed: " << database.lastError().text() << Qt::endl;
            return 3;
        }
        run(database, QStringLiteral("VACUUM"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generator"));
    QTextStream(stdout) << "Generated " << output << ": " << collections << " collections, " << totalRows
                        << " rows, " << users << " users, " << files << " files, "
                        << QFileInfo(databasePath).size() / (1024 * 1024) << " MiB, in "
                        << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return 0;
}
