// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

class QHeaderView;
class QMainWindow;
class QSplitter;

// Saves and restores how the window looks (geometry, toolbars, splitter sizes, column widths) in the injected
// QSettings under "view/<name>", kept apart from AppSettings' typed application settings. Restoring ignores
// missing or unreadable state, so a first start uses the window's defaults.
class ViewStateStore
{
public:
    explicit ViewStateStore(QSettings *settings); // must outlive this

    void save(const QString &name, const QMainWindow &window);
    void save(const QString &name, const QSplitter &splitter);
    void save(const QString &name, const QHeaderView &header);
    bool restore(const QString &name, QMainWindow &window) const;
    bool restore(const QString &name, QSplitter &splitter) const;
    bool restore(const QString &name, QHeaderView &header) const;

private:
    QString key(const QString &name, const QString &what) const;

    QSettings *m_settings;
};
