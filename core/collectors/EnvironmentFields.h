// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// url, version, database and websockets_enabled: from the configuration and the install, no SQL (spec §6.1,
// §6.9).
class EnvironmentFields : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentFields)

public:
    explicit EnvironmentFields(const QString &databaseClientName);
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;

private:
    QString m_databaseClientName;
};
