// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProjectLocator.h"

#include <QDir>
#include <QFileInfo>

DemoProjectLocator::DemoProjectLocator(const QString &applicationDir, const QString &sourceDir)
    : m_applicationDir(applicationDir)
    , m_sourceDir(sourceDir)
{
}

QStringList DemoProjectLocator::candidates() const
{
    QStringList paths;
    if (!m_applicationDir.isEmpty()) {
        const QDir app(m_applicationDir);
        paths << app.absoluteFilePath(QStringLiteral("../share/telemetry-inspector/demo"))
              << app.absoluteFilePath(QStringLiteral("resources/demo"))
              << app.absoluteFilePath(QStringLiteral("../resources/demo"))
              << app.absoluteFilePath(QStringLiteral("../../resources/demo"));
    }
    if (!m_sourceDir.isEmpty())
        paths << QDir(m_sourceDir).absoluteFilePath(QStringLiteral("resources/demo"));
    for (QString &path : paths)
        path = QDir::cleanPath(path);
    paths.removeDuplicates();
    return paths;
}

QString DemoProjectLocator::find() const
{
    for (const QString &path : candidates()) {
        if (QFileInfo::exists(path + QStringLiteral("/.env"))
            && QFileInfo::exists(path + QStringLiteral("/directus.db")))
            return path;
    }
    return QString();
}
