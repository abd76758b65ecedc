// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// admin_users, app_users and api_users by Directus 12.4.1's algorithm (spec §6.3): access rows, role
// inheritance walked in the database's own row order (results depend on it), the direct-policy users, and the
// double count that max(0, …) hides. Without directus_access/directus_policies it falls back to the Directus
// 10 algorithm (spec §12.3), marked approximate.
class UserCounts : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(UserCounts)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;

private:
    void collectDirectus10(CollectorContext &context, Report &report, const QString &reason) const;
};
