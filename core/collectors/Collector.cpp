// SPDX-License-Identifier: GPL-3.0-or-later
#include "Collector.h"

#include "db/SqlSession.h"
#include "engine/ItemCounter.h"
#include "report/Report.h"

QVariant CollectorContext::scalar(const QString &statement)
{
    if (queue) {
        if (const std::optional<ItemCounter::Result> result = queue->resultOf(statement, session)) {
            if (!result->count)
                throw result->error;
            return result->value;
        }
    }
    return session.scalar(statement);
}

QStringList Collector::statementsToQueue(CollectorContext &) const
{
    return {};
}

QStringList Collector::missingTables(SqlSession &session, const QStringList &tables)
{
    QStringList missing;
    for (const QString &table : tables) {
        if (!session.hasTable(table))
            missing.append(table);
    }
    return missing;
}

void Collector::markDirectusWouldFail(Report &report, const QStringList &keys, const QString &reason)
{
    report.setDirectusWouldFail(reason);
    for (const QString &key : keys) {
        const ReportField *existing = report.field(key);
        if (!existing)
            continue;
        ReportField field = *existing;
        field.exactness = ReportField::Exactness::Approximate;
        field.note = field.note.isEmpty() ? reason : field.note + QStringLiteral("; ") + reason;
        report.setField(field);
    }
}
