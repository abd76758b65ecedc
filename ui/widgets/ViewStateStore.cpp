// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewStateStore.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>

ViewStateStore::ViewStateStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QString ViewStateStore::key(const QString &name, const QString &what) const
{
    return QStringLiteral("view/%1/%2").arg(name, what);
}

void ViewStateStore::save(const QString &name, const QMainWindow &window)
{
    m_settings->setValue(key(name, QStringLiteral("geometry")), window.saveGeometry());
    m_settings->setValue(key(name, QStringLiteral("state")), window.saveState());
}

void ViewStateStore::save(const QString &name, const QSplitter &splitter)
{
    m_settings->setValue(key(name, QStringLiteral("splitter")), splitter.saveState());
}

void ViewStateStore::save(const QString &name, const QHeaderView &header)
{
    m_settings->setValue(key(name, QStringLiteral("header")), header.saveState());
}

bool ViewStateStore::restore(const QString &name, QMainWindow &window) const
{
    const QByteArray geometry = m_settings->value(key(name, QStringLiteral("geometry"))).toByteArray();
    const QByteArray state = m_settings->value(key(name, QStringLiteral("state"))).toByteArray();
    const bool restoredGeometry = !geometry.isEmpty() && window.restoreGeometry(geometry);
    const bool restoredState = !state.isEmpty() && window.restoreState(state);
    return restoredGeometry || restoredState;
}

bool ViewStateStore::restore(const QString &name, QSplitter &splitter) const
{
    const QByteArray state = m_settings->value(key(name, QStringLiteral("splitter"))).toByteArray();
    return !state.isEmpty() && splitter.restoreState(state);
}

bool ViewStateStore::restore(const QString &name, QHeaderView &header) const
{
    const QByteArray state = m_settings->value(key(name, QStringLiteral("header"))).toByteArray();
    return !state.isEmpty() && header.restoreState(state);
}
