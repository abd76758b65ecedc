// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// dashboards, files, flows (active only), roles and shares: plain COUNT(*) of system tables (spec §6.2).
class BasicCounts : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(BasicCounts)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;
};
