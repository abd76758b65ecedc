// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// fields_max and fields_total from directus_fields rows grouped by collection (spec §6.5): every row counts,
// including alias fields and rows for collections that no longer exist.
class FieldCounts : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(FieldCounts)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;
};
