// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/ConnectionProfile.h"

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <optional>

// The one typed facade over the application's QSettings: recently opened project folders, remembered
// connection profiles and the language override, each behind a key from one table with its default. The
// QSettings is injected (the app passes the user's native settings, tests a file in a temporary folder). It
// never stores passwords or tokens: those go to a SecretStore. Every change emits changed(key). View state
// (geometry, splitters) is kept by the window's own helper, not here.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key { RecentProjects, ConnectionProfiles, Language };
    Q_ENUM(Key)

    static constexpr int MaxRecentProjects = 8;
    static constexpr int CurrentVersion = 1;

    explicit AppSettings(QSettings *settings, QObject *parent = nullptr); // settings must outlive this
    QSettings *settings() const { return m_settings; }

    // Brings settings written by older versions to the current layout (the version is stored).
    void migrate();

    QStringList recentProjects() const; // most recent first
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);

    QList<ConnectionProfile> connectionProfiles() const;
    std::optional<ConnectionProfile> connectionProfile(const QString &id) const;
    void saveConnectionProfile(const ConnectionProfile &profile);
    void removeConnectionProfile(const QString &id);

    // The language of messages and the window: a code ("en", "de", "fr", "es"), or empty to follow the system
    // locale (the default). Read once at start, so a change takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &code);

    static QString keyName(Key key);

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    QSettings *m_settings;
};
