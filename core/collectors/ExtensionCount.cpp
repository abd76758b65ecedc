// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtensionCount.h"

#include "config/ProjectConfig.h"
#include "db/SqlSession.h"
#include "extensions/ExtensionCounter.h"
#include "extensions/ExtensionDiscovery.h"
#include "report/Report.h"

QString ExtensionCount::title() const
{
    return tr("Discovering extensions");
}

void ExtensionCount::collect(CollectorContext &context, Report &report) const
{
    const ProjectConfig &config = context.config;
    SqlSession &session = context.session;
    const Dialect &dialect = session.dialect();
    const auto q = [&](const char *name) { return dialect.quoteIdentifier(QLatin1String(name)); };

    ExtensionDiscovery::Input input;
    const QString storage = config.value(QStringLiteral("EXTENSIONS_LOCATION")).isTruthy()
        ? config.value(QStringLiteral("TEMP_PATH")).jsString() + QStringLiteral("/extensions")
        : config.value(QStringLiteral("EXTENSIONS_PATH")).jsString();
    input.root = config.resolvePath(storage);
    input.packageFileLocation
        = config.resolvePath(config.value(QStringLiteral("PACKAGE_FILE_LOCATION")).jsString());
    const ExtensionDiscovery::Result discovery = ExtensionDiscovery::discover(input);

    ReportField field;
    field.key = QStringLiteral("extensions");
    field.provenance
        = QStringLiteral("directus_extensions rows matched with the extension folders in %1").arg(input.root);
    for (const QString &warning : discovery.warnings)
        report.addWarning(warning);

    const QStringList needed = {QStringLiteral("id"), QStringLiteral("enabled"), QStringLiteral("folder"),
                                QStringLiteral("source"), QStringLiteral("bundle")};
    QStringList missing;
    for (const QString &column : needed) {
        if (!session.hasColumn(QStringLiteral("directus_extensions"), column))
            missing.append(column);
    }
    if (!missing.isEmpty()) {
        field.value = JsValue(0);
        report.setField(field);
        markDirectusWouldFail(report, {field.key},
                              session.hasTable(QStringLiteral("directus_extensions"))
                                  ? tr("directus_extensions lacks column(s) %1 (an older schema)")
                                        .arg(missing.join(QStringLiteral(", ")))
                                  : tr("table directus_extensions is missing"));
        return;
    }

    QList<ExtensionRow> rows;
    const auto result = session.rows(
        QStringLiteral("select %1, %2, %3, %4, %5 from %6 order by %1 asc")
            .arg(q("id"), q("enabled"), q("folder"), q("source"), q("bundle"), q("directus_extensions")));
    for (const QVariantList &values : result) {
        ExtensionRow row;
        row.id = values.value(0).toString();
        row.enabled = SqlSession::toJsValue(values.value(1));
        row.folder = values.value(2).toString();
        row.source = values.value(3).toString();
        row.hasBundle = !values.value(4).isNull();
        row.bundle = values.value(4).toString();
        rows.append(row);
    }
    const ExtensionCounter::Result counted
        = ExtensionCounter::count(rows, discovery, ExtensionCounter::Mode::CurrentRows);
    field.value = JsValue(counted.count);
    if (!discovery.ok)
        field.note = tr("extension discovery fails as a whole, so Directus counts 0: %1")
                         .arg(discovery.failureReason);
    report.setField(field);
    if (!counted.ok)
        markDirectusWouldFail(report, {field.key}, counted.error);
}
