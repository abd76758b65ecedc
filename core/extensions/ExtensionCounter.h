// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extensions/ExtensionDiscovery.h"
#include "json/JsValue.h"

#include <QCoreApplication>

// One directus_extensions row as read (the `enabled` value raw, before cast-boolean).
struct ExtensionRow
{
    QString id;
    JsValue enabled;
    QString folder;
    QString source;
    QString bundle; // the parent row's id when hasBundle
    bool hasBundle = false; // bundle IS NOT NULL
};

// Computes the report's `extensions` field from directus_extensions rows and a discovery result, following
// Directus's ExtensionsService.readAll and the report's filter (spec §6.6): top-level rows resolve by
// (source, folder), child rows through their bundle row's entries, and only enabled non-bundle resolutions
// count. Mode::CurrentRows counts the rows as they are; Mode::AfterNextStart first applies, in memory, the
// directus_extensions sync a server start performs (new rows, removed bundle entries, legacy renames).
// A failed discovery (discovery.ok false) leaves every row unresolved, so the count is 0. Result::ok is
// false when Directus would throw (a child row whose bundle row resolved to a non-bundle), which fails the
// whole report. Not supported: the random order of fresh UUIDs in the sync (new rows are placed last), the
// marketplace lookup that gives new registry rows their id, and a sync that fails on the database side.
// Pure function.
class ExtensionCounter
{
    Q_DECLARE_TR_FUNCTIONS(ExtensionCounter)

public:
    enum class Mode { CurrentRows, AfterNextStart };
    struct Result
    {
        bool ok = true;
        QString error; // why Directus's report fails, when !ok
        qint64 count = 0;
        QStringList explanation; // one line per row (and sync step): how it resolved and whether it counts
    };
    static Result count(const QList<ExtensionRow> &rowsOrderedById,
                        const ExtensionDiscovery::Result &discovery, Mode mode);
};
