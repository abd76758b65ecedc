// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestCounters.h"

#include "report/Report.h"

QString RequestCounters::title() const
{
    return tr("Request counters");
}

void RequestCounters::collect(CollectorContext &, Report &report) const
{
    static const char *const keys[]
        = {"api_requests_get",   "api_requests_search", "api_requests_post",   "api_requests_put",
           "api_requests_patch", "api_requests_delete", "api_requests_cached", "api_requests"};
    for (const char *key : keys) {
        ReportField field;
        field.key = QLatin1String(key);
        field.value = JsValue(0);
        field.provenance = QStringLiteral("request counter kept by the Directus server (memory or Redis)");
        field.exactness = ReportField::Exactness::Unknown;
        field.note = tr("counted in the server's memory or Redis, not in the database; shown as 0");
        report.setField(field);
    }
}
