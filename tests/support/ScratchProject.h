// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ReportEngine.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

// A throwaway copy of a fixture project in a temporary folder that a test may change (SQL, .env lines) before
// computing its report, so each rule of the spec gets its own small database. The fixture itself is never
// touched.
class ScratchProject
{
public:
    explicit ScratchProject(const QString &fixture = QStringLiteral("empty-sqlite"));

    QString path() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("directus.db")); }

    // Runs statements on the scratch copy through a writable connection that is closed before returning.
    void exec(const QStringList &statements);
    void appendEnv(const QString &line);
    void setServerEnvironment(const QList<QPair<QString, QString>> &environment)
    {
        m_environment = environment;
    }

    std::optional<ProjectConfig> config(QString *error) const;
    ReportEngine::Outcome report() const;

private:
    QTemporaryDir m_dir;
    QList<QPair<QString, QString>> m_environment;
};

// Path of a fixture project folder inside tests/data.
QString fixturePath(const QString &name);
// SHA-256 of a file's bytes.
QByteArray fileChecksum(const QString &path);
