// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// The fields read from the first directus_settings row (spec §6.10): project_id, the mcp_* flags,
// visual_editor_urls, the AI key and prompt flags, collaborative_editing_enabled. Applies Directus's field
// specials (cast-boolean, cast-json, encrypt) and, with no row, the live schema defaults. The AI key flags
// are exact only when SECRET is known (the stored key must decrypt); otherwise "a value is stored",
// approximate. The stored keys and prompt are read to decide a boolean and never leave this class.
class SettingsFields : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFields)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;

    static const QStringList &settingsColumns(); // the nine columns plus id, in Directus's select order
};
