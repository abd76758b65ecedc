// SPDX-License-Identifier: GPL-3.0-or-later
#include "BasicCounts.h"

#include "db/SqlSession.h"
#include "report/Report.h"

QString BasicCounts::title() const
{
    return tr("Counting dashboards, files, flows, roles and shares");
}

void BasicCounts::collect(CollectorContext &context, Report &report) const
{
    struct Task
    {
        const char *key;
        const char *table;
        const char *where;
    };
    static const Task tasks[] = {
        {"dashboards", "directus_dashboards", nullptr},   {"files", "directus_files", nullptr},
        {"flows", "directus_flows", "status = 'active'"}, {"roles", "directus_roles", nullptr},
        {"shares", "directus_shares", nullptr},
    };
    SqlSession &session = context.session;
    const Dialect &dialect = session.dialect();
    for (const Task &task : tasks) {
        const QString table = QLatin1String(task.table);
        const QString key = QLatin1String(task.key);
        QString provenance = QStringLiteral("COUNT(*) of %1").arg(table);
        if (task.where)
            provenance += QStringLiteral(" where ") + QLatin1String(task.where);
        if (!session.hasTable(table)) {
            report.setValue(key, JsValue(0), provenance);
            markDirectusWouldFail(report, {key}, tr("table %1 is missing").arg(table));
            continue;
        }
        QString sql = QStringLiteral("select count(*) as count from %1").arg(dialect.quoteIdentifier(table));
        if (task.where)
            sql += QStringLiteral(" where ") + QLatin1String(task.where);
        report.setValue(key, JsValue(SqlSession::toCount(session.scalar(sql))), provenance);
    }
}
