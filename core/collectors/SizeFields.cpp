// SPDX-License-Identifier: GPL-3.0-or-later
#include "SizeFields.h"

#include "db/DatabaseError.h"
#include "db/SqlSession.h"
#include "report/Report.h"

#include <cmath>

namespace {
QString filesSizeStatement(const Dialect &dialect)
{
    return QStringLiteral("select sum(%1) as %2 from %3")
        .arg(dialect.quoteIdentifier(QStringLiteral("filesize")),
             dialect.quoteIdentifier(QStringLiteral("total")),
             dialect.quoteIdentifier(QStringLiteral("directus_files")));
}
} // namespace

QString SizeFields::title() const
{
    return tr("Measuring the database and stored files");
}

QStringList SizeFields::statementsToQueue(CollectorContext &context) const
{
    // The sum reads every row of directus_files (100 000 files: several milliseconds).
    if (!context.session.hasColumn(QStringLiteral("directus_files"), QStringLiteral("filesize")))
        return {};
    return {filesSizeStatement(context.session.dialect())};
}

void SizeFields::collect(CollectorContext &context, Report &report) const
{
    SqlSession &session = context.session;
    const Dialect &dialect = session.dialect();

    ReportField size;
    size.key = QStringLiteral("database_size");
    size.provenance = dialect.databaseSizeDescription();
    try {
        const JsValue raw = dialect.databaseSize(session, context.config);
        size.value = raw.isTruthy() ? JsValue(raw.jsNumber()) : JsValue(0);
    } catch (const DatabaseError &error) {
        if (error.kind == DatabaseError::Kind::Cancelled)
            throw;
        // Directus catches exactly this query's failure and sends 0.
        size.value = JsValue(0);
        size.note = tr("the size query failed, so Directus sends 0: %1").arg(error.message);
    }
    report.setField(size);

    const QString provenance = QStringLiteral("SUM(directus_files.filesize)");
    if (!session.hasColumn(QStringLiteral("directus_files"), QStringLiteral("filesize"))) {
        report.setValue(QStringLiteral("files_size_total"), JsValue(0), provenance);
        markDirectusWouldFail(report, {QStringLiteral("files_size_total")},
                              tr("column directus_files.filesize is missing"));
        return;
    }
    const JsValue total = SqlSession::toJsValue(context.scalar(filesSizeStatement(dialect)));
    report.setValue(QStringLiteral("files_size_total"),
                    total.isTruthy() ? JsValue(total.jsNumber()) : JsValue(0), provenance);
}
