// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

namespace {
const QString VersionKey = QStringLiteral("settingsVersion");
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QString AppSettings::keyName(Key key)
{
    switch (key) {
    case Key::RecentProjects:
        return QStringLiteral("projects/recent");
    case Key::ConnectionProfiles:
        return QStringLiteral("connections");
    case Key::Language:
        return QStringLiteral("ui/language");
    }
    return QString();
}

void AppSettings::migrate()
{
    const int version = m_settings->value(VersionKey, 0).toInt();
    if (version >= CurrentVersion)
        return;
    // Version 0 is "nothing written yet"; there is no older layout to convert.
    m_settings->setValue(VersionKey, CurrentVersion);
}

QString AppSettings::language() const
{
    return m_settings->value(keyName(Key::Language), QString()).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code == language())
        return;
    if (code.isEmpty())
        m_settings->remove(keyName(Key::Language)); // empty means "the system's", so keep no value at all
    else
        m_settings->setValue(keyName(Key::Language), code);
    Q_EMIT changed(Key::Language);
}

QStringList AppSettings::recentProjects() const
{
    return m_settings->value(keyName(Key::RecentProjects), QStringList()).toStringList();
}

void AppSettings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    m_settings->setValue(keyName(Key::RecentProjects), recent);
    Q_EMIT changed(Key::RecentProjects);
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    if (recent.removeAll(path) == 0)
        return;
    m_settings->setValue(keyName(Key::RecentProjects), recent);
    Q_EMIT changed(Key::RecentProjects);
}

QList<ConnectionProfile> AppSettings::connectionProfiles() const
{
    QList<ConnectionProfile> profiles;
    m_settings->beginGroup(keyName(Key::ConnectionProfiles));
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (const auto profile = connectionProfile(id))
            profiles.append(*profile);
    }
    return profiles;
}

std::optional<ConnectionProfile> AppSettings::connectionProfile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(keyName(Key::ConnectionProfiles) + QLatin1Char('/') + id);
    ConnectionProfile profile;
    profile.id = id;
    const ConnectionProfile defaults;
    profile.name = m_settings->value(QStringLiteral("name"), defaults.name).toString();
    profile.driver = m_settings->value(QStringLiteral("driver"), defaults.driver).toString();
    profile.host = m_settings->value(QStringLiteral("host"), defaults.host).toString();
    profile.port = m_settings->value(QStringLiteral("port"), defaults.port).toInt();
    profile.database = m_settings->value(QStringLiteral("database"), defaults.database).toString();
    profile.user = m_settings->value(QStringLiteral("user"), defaults.user).toString();
    profile.ssl = m_settings->value(QStringLiteral("ssl"), defaults.ssl).toBool();
    profile.directusVersion
        = m_settings->value(QStringLiteral("directusVersion"), defaults.directusVersion).toString();
    const bool exists = m_settings->contains(QStringLiteral("driver"));
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return profile;
}

void AppSettings::saveConnectionProfile(const ConnectionProfile &profile)
{
    Q_ASSERT(profile.isValid());
    m_settings->beginGroup(keyName(Key::ConnectionProfiles) + QLatin1Char('/') + profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("driver"), profile.driver);
    m_settings->setValue(QStringLiteral("host"), profile.host);
    m_settings->setValue(QStringLiteral("port"), profile.port);
    m_settings->setValue(QStringLiteral("database"), profile.database);
    m_settings->setValue(QStringLiteral("user"), profile.user);
    m_settings->setValue(QStringLiteral("ssl"), profile.ssl);
    m_settings->setValue(QStringLiteral("directusVersion"), profile.directusVersion);
    m_settings->endGroup();
    Q_EMIT changed(Key::ConnectionProfiles);
}

void AppSettings::removeConnectionProfile(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(keyName(Key::ConnectionProfiles) + QLatin1Char('/') + id);
    Q_EMIT changed(Key::ConnectionProfiles);
}
