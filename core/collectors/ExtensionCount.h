// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectors/Collector.h"

#include <QCoreApplication>

// extensions (spec §6.6): discovers extensions from the project's folders as Directus does at start
// (EXTENSIONS_PATH, or TEMP_PATH/extensions with EXTENSIONS_LOCATION; PACKAGE_FILE_LOCATION for module
// extensions), then counts the directus_extensions rows against them as they are now.
class ExtensionCount : public Collector
{
    Q_DECLARE_TR_FUNCTIONS(ExtensionCount)

public:
    QString title() const override;
    void collect(CollectorContext &context, Report &report) const override;
};
