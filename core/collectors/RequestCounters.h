// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// The api_requests* fields (spec §8). The counters live in the Directus server's memory or in Redis, not in
// the database, so the inspector reports 0 and marks them unknown; the review gate shows the real counts.
class RequestCounters : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(RequestCounters)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;
};
