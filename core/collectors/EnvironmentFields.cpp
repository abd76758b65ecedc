// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentFields.h"

#include "config/EnvCaster.h"
#include "config/ProjectConfig.h"
#include "report/Report.h"

EnvironmentFields::EnvironmentFields(const QString &databaseClientName)
    : m_databaseClientName(databaseClientName)
{
}

QString EnvironmentFields::title() const
{
    return tr("Reading the configuration");
}

void EnvironmentFields::collect(CollectorContext &context, Report &report) const
{
    const ProjectConfig &config = context.config;
    // PUBLIC_URL is sent as the env loader produced it: usually a string, but a number or array stays one.
    const JsValue publicUrl = config.value(QStringLiteral("PUBLIC_URL"));
    report.setValue(QStringLiteral("url"), publicUrl.isUndefined() ? JsValue("/") : publicUrl,
                    QStringLiteral("env PUBLIC_URL"));

    ReportField version;
    version.key = QStringLiteral("version");
    version.value = JsValue(config.directusVersion());
    version.provenance = config.directusVersionSource();
    if (config.directusVersionSource() != QLatin1String("node_modules/directus/package.json")) {
        version.exactness = ReportField::Exactness::Approximate;
        version.note = tr("node_modules/directus/package.json was not found; the version was %1")
                           .arg(config.directusVersionSource());
    }
    report.setField(version);

    report.setValue(QStringLiteral("database"), JsValue(m_databaseClientName),
                    QStringLiteral("env DB_CLIENT"));

    const JsValue websockets = config.value(QStringLiteral("WEBSOCKETS_ENABLED"));
    report.setValue(QStringLiteral("websockets_enabled"),
                    JsValue(EnvCaster::toBoolean(websockets.isNullish() ? JsValue(false) : websockets)),
                    QStringLiteral("env WEBSOCKETS_ENABLED"));
}
