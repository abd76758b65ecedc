// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScratchProject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

QString fixturePath(const QString &name)
{
    return QStringLiteral(DTI_TEST_DATA_DIR "/directus-12.4.1/") + name;
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

ScratchProject::ScratchProject(const QString &fixture)
{
    const QString source = fixturePath(fixture);
    QDirIterator it(source, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = m_dir.filePath(QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

void ScratchProject::exec(const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement),
                     qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void ScratchProject::appendEnv(const QString &line)
{
    QFile env(m_dir.filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::Append));
    env.write(line.toUtf8() + '\n');
}

std::optional<ProjectConfig> ScratchProject::config(QString *error) const
{
    ProjectConfig::Options options;
    options.projectDir = path();
    options.serverEnvironment = m_environment;
    return ProjectConfig::load(options, error);
}

ReportEngine::Outcome ScratchProject::report() const
{
    QString error;
    const auto loaded = config(&error);
    if (!loaded) {
        ReportEngine::Outcome failed;
        failed.error = error;
        return failed;
    }
    return ReportEngine(*loaded).run();
}
