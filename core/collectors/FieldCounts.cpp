// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCounts.h"

#include "db/SqlSession.h"
#include "report/Report.h"

QString FieldCounts::title() const
{
    return tr("Counting fields");
}

void FieldCounts::collect(CollectorContext &context, Report &report) const
{
    SqlSession &session = context.session;
    const QString provenance = QStringLiteral("directus_fields rows grouped by collection");
    if (!session.hasColumn(QStringLiteral("directus_fields"), QStringLiteral("collection"))) {
        report.setValue(QStringLiteral("fields_max"), JsValue(0), provenance);
        report.setValue(QStringLiteral("fields_total"), JsValue(0), provenance);
        markDirectusWouldFail(report, {QStringLiteral("fields_max"), QStringLiteral("fields_total")},
                              tr("table directus_fields (column collection) is missing"));
        return;
    }
    const Dialect &dialect = session.dialect();
    const QString sql
        = QStringLiteral("select max(field_count) as %1, sum(field_count) as %2 from (select %3, "
                         "count(*) as field_count from %4 group by %3) as %5")
              .arg(dialect.quoteIdentifier(QStringLiteral("max")),
                   dialect.quoteIdentifier(QStringLiteral("total")),
                   dialect.quoteIdentifier(QStringLiteral("collection")),
                   dialect.quoteIdentifier(QStringLiteral("directus_fields")),
                   dialect.quoteIdentifier(QStringLiteral("inner")));
    const auto rows = session.rows(sql);
    const QVariantList row = rows.value(0);
    report.setValue(QStringLiteral("fields_max"), JsValue(SqlSession::toCount(row.value(0))), provenance);
    report.setValue(QStringLiteral("fields_total"), JsValue(SqlSession::toCount(row.value(1))), provenance);
}
