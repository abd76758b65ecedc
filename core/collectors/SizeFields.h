// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// database_size (the dialect's size query; any error, null or 0 gives 0, spec §6.7) and files_size_total
// (SUM(filesize) of directus_files, 0 when null, spec §6.8).
class SizeFields : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(SizeFields)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;
    QStringList statementsToQueue(CollectorContext &context) const override;
};
