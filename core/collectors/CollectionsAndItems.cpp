// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectionsAndItems.h"

#include "config/ProjectConfig.h"
#include "db/DatabaseError.h"
#include "db/SqlSession.h"
#include "report/Report.h"

const QStringList &CollectionsAndItems::systemCollections()
{
    static const QStringList names = {
        QStringLiteral("directus_access"),          QStringLiteral("directus_activity"),
        QStringLiteral("directus_collections"),     QStringLiteral("directus_comments"),
        QStringLiteral("directus_fields"),          QStringLiteral("directus_files"),
        QStringLiteral("directus_folders"),         QStringLiteral("directus_migrations"),
        QStringLiteral("directus_permissions"),     QStringLiteral("directus_policies"),
        QStringLiteral("directus_presets"),         QStringLiteral("directus_relations"),
        QStringLiteral("directus_revisions"),       QStringLiteral("directus_roles"),
        QStringLiteral("directus_sessions"),        QStringLiteral("directus_settings"),
        QStringLiteral("directus_users"),           QStringLiteral("directus_dashboards"),
        QStringLiteral("directus_panels"),          QStringLiteral("directus_notifications"),
        QStringLiteral("directus_shares"),          QStringLiteral("directus_flows"),
        QStringLiteral("directus_operations"),      QStringLiteral("directus_translations"),
        QStringLiteral("directus_versions"),        QStringLiteral("directus_extensions"),
        QStringLiteral("directus_deployments"),     QStringLiteral("directus_deployment_projects"),
        QStringLiteral("directus_deployment_runs"), QStringLiteral("directus_oauth_clients"),
        QStringLiteral("directus_oauth_codes"),     QStringLiteral("directus_oauth_consents"),
        QStringLiteral("directus_oauth_tokens"),
    };
    return names;
}

QString CollectionsAndItems::title() const
{
    return tr("Counting collections and items");
}

QStringList CollectionsAndItems::userCollections(CollectorContext &context)
{
    SqlSession &session = context.session;
    // Only string elements can match: JS includes() compares without coercion, so 123 never matches "123".
    QStringList excluded;
    for (const JsValue &element : context.config.value(QStringLiteral("DB_EXCLUDE_TABLES")).elements()) {
        if (element.isString())
            excluded.append(element.toString());
    }
    QStringList names;
    for (const Dialect::Table &table : session.dialect().schemaOverview(session, context.config)) {
        if (excluded.contains(table.name))
            continue;
        if (!table.hasSinglePrimaryKey)
            continue;
        if (table.name.contains(QLatin1Char(' ')))
            continue;
        if (table.name.startsWith(QLatin1String("directus_")) && systemCollections().contains(table.name))
            continue;
        names.append(table.name);
    }
    return names;
}

CollectionsAndItems::Plan CollectionsAndItems::plan(CollectorContext &context)
{
    Plan plan;
    plan.names = userCollections(context);
    const Dialect &dialect = context.session.dialect();
    for (const QString &name : std::as_const(plan.names)) {
        // Directus quotes the name the way knex does, reading '.' as schema.table.
        plan.statements.append(
            QStringLiteral("select count(*) as count from %1").arg(dialect.quoteTableReference(name)));
    }
    return plan;
}

void CollectionsAndItems::collect(CollectorContext &context, Report &report) const
{
    const Plan counted = plan(context);
    ItemCounter sequential(DatabaseSettings(), 0, nullptr);
    sequential.start(counted.statements);
    apply(context, counted, sequential.finish(context.session), report);
}

void CollectionsAndItems::apply(CollectorContext &context, const Plan &plan,
                                const QList<ItemCounter::Result> &counts, Report &report)
{
    SqlSession &session = context.session;
    const QStringList &names = plan.names;
    qint64 items = 0;
    QStringList failed;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        const ItemCounter::Result &result = counts.at(i);
        if (result.count) {
            items += *result.count;
            continue;
        }
        if (result.error.kind != DatabaseError::Kind::QueryFailed || !name.contains(QLatin1Char('.')))
            throw result.error;
        // Directus's count fails here and with it the whole report; count the real table for the review.
        failed.append(name);
        items += SqlSession::toCount(session.scalar(
            QStringLiteral("select count(*) as count from %1").arg(session.dialect().quoteIdentifier(name))));
    }
    setCollections(plan, report);
    report.setValue(QStringLiteral("items"), JsValue(items),
                    QStringLiteral("sum of COUNT(*) over the user collections (%1)").arg(names.size()));
    if (!failed.isEmpty()) {
        markDirectusWouldFail(
            report, {QStringLiteral("items")},
            tr("Directus reads the '.' in table %1 as a schema separator, so its count fails")
                .arg(failed.join(QStringLiteral(", "))));
    }
}

void CollectionsAndItems::setCollections(const Plan &plan, Report &report)
{
    report.setValue(
        QStringLiteral("collections"), JsValue(static_cast<qint64>(plan.names.size())),
        QStringLiteral("tables with a single-column primary key, minus DB_EXCLUDE_TABLES, names with "
                       "spaces and the 33 system collections"));
}
