// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"
#include "engine/ItemCounter.h"

#include <QCoreApplication>
#include <QStringList>

// collections and items (spec §6.4): the dialect's schema overview, filtered by DB_EXCLUDE_TABLES (exact
// match with the cast array elements), the single-column primary-key rule, the space rule and the exact list
// of 33 system collections; then COUNT(*) of each remaining table, summed.
class CollectionsAndItems : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(CollectionsAndItems)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;

    // The 33 system collections of @directus/system-data 4.7.0; any other directus_* table is a user
    // collection.
    static const QStringList &systemCollections();
    // The names Directus counts as user collections, in overview order (no counting).
    static QStringList userCollections(CollectorContext &context);

    // The two halves of collect(), so the engine can count on several connections (ItemCounter) while the
    // other collectors run: plan() reads the schema and gives one COUNT statement per user collection;
    // apply() turns the counts into the two fields, with the same fallbacks as collect().
    struct Plan
    {
        QStringList names;
        QStringList statements;
    };
    static Plan plan(CollectorContext &context);
    static void apply(CollectorContext &context, const Plan &plan, const QList<ItemCounter::Result> &counts,
                      Report &report);
    // The collections field alone: known as soon as the plan is, long before the counts.
    static void setCollections(const Plan &plan, Report &report);
};
