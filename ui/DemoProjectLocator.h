// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Finds the bundled demo Directus project (resources/demo): next to an installed binary
// (<prefix>/share/telemetry-inspector/demo), in a build tree (the source folder recorded at configure time),
// or relative to the binary in a source checkout. Not supported: a demo inside the Qt resource system (the
// engine needs a real SQLite file to open read-only).
class DemoProjectLocator
{
public:
    // Where to look, most specific first: the installed location, then the source tree.
    explicit DemoProjectLocator(const QString &applicationDir, const QString &sourceDir);

    QStringList candidates() const;
    QString find() const; // the first candidate holding a .env and directus.db, or empty

private:
    QString m_applicationDir;
    QString m_sourceDir;
};
