// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtensionCounter.h"

#include "db/SqlSession.h"

#include <algorithm>

namespace {
const QString Local = QStringLiteral("local");
const QString Registry = QStringLiteral("registry");
const QString Module = QStringLiteral("module");
const QString Bundle = QStringLiteral("bundle");

const QList<DiscoveredExtension> &listFor(const ExtensionDiscovery::Result &discovery, const QString &source)
{
    static const QList<DiscoveredExtension> none;
    if (!discovery.ok)
        return none;
    if (source == Local)
        return discovery.local;
    if (source == Registry)
        return discovery.registry;
    if (source == Module)
        return discovery.module;
    return none;
}

const DiscoveredExtension *findByKey(const QList<DiscoveredExtension> &list, const QString &key)
{
    for (const DiscoveredExtension &extension : list) {
        if (extension.key == key)
            return &extension;
    }
    return nullptr;
}

QString rowLabel(const ExtensionRow &row)
{
    return QStringLiteral("%1/%2").arg(row.source, row.folder);
}

// The directus_extensions sync a successful start runs before its report (getExtensionsSettings), applied
// to a copy of the rows. New rows get placeholder ids and go last.
QList<ExtensionRow> applyStartupSync(const QList<ExtensionRow> &rows,
                                     const ExtensionDiscovery::Result &discovery, QStringList *explanation)
{
    QList<ExtensionRow> updated = rows;
    QStringList removedIds;
    QList<ExtensionRow> added;
    int nextId = 0;
    const auto addRow
        = [&](const QString &source, const QString &folder, const JsValue &enabled, const QString &bundleId) {
              ExtensionRow row;
              row.id = QStringLiteral("~new-%1").arg(++nextId);
              row.enabled = enabled;
              row.source = source;
              row.folder = folder;
              row.hasBundle = !bundleId.isNull();
              row.bundle = bundleId;
              added.append(row);
              return row.id;
          };

    for (const QString &source : {Local, Module, Registry}) {
        // The rows of this source as read before the sync started; renames below do not change them.
        QList<ExtensionRow> sameSource;
        for (const ExtensionRow &row : rows) {
            if (row.source == source)
                sameSource.append(row);
        }
        const QList<DiscoveredExtension> &discovered = listFor(discovery, source);
        for (const DiscoveredExtension &extension : discovered) {
            const auto existing
                = std::find_if(sameSource.cbegin(), sameSource.cend(),
                               [&](const ExtensionRow &row) { return row.folder == extension.key; });
            if (existing != sameSource.cend()) {
                if (extension.type != Bundle)
                    continue;
                QStringList childFolders;
                for (const ExtensionRow &child : sameSource) {
                    if (!child.hasBundle || child.bundle != existing->id)
                        continue;
                    childFolders.append(child.folder);
                    const bool stillAnEntry = std::any_of(
                        extension.entries.cbegin(), extension.entries.cend(),
                        [&](const QPair<QString, QString> &entry) { return entry.first == child.folder; });
                    if (!stillAnEntry) {
                        removedIds.append(child.id);
                        explanation->append(
                            ExtensionCounter::tr("sync: removes %1, no longer an entry of bundle %2")
                                .arg(rowLabel(child), extension.key));
                    }
                }
                for (const auto &entry : extension.entries) {
                    if (childFolders.contains(entry.first))
                        continue;
                    // New entries inherit the bundle row's enabled state.
                    addRow(source, entry.first, SqlSession::castBoolean(existing->enabled), existing->id);
                    explanation->append(ExtensionCounter::tr("sync: adds entry row %1/%2 to bundle %3")
                                            .arg(source, entry.first, extension.key));
                    if (existing->hasBundle)
                        explanation->append(
                            ExtensionCounter::tr("sync: that bundle row is itself a child row, so Directus "
                                                 "fails or drops the new entry by the random order of UUIDs "
                                                 "(assumed here: it sorts last)"));
                }
                continue;
            }
            if (source == Local) {
                // Legacy rows were keyed by package name; they are taken over unless a folder has that name.
                const auto legacy
                    = std::find_if(sameSource.cbegin(), sameSource.cend(), [&](const ExtensionRow &row) {
                          return row.folder == extension.packageName;
                      });
                if (legacy != sameSource.cend() && !findByKey(discovered, extension.packageName)) {
                    for (ExtensionRow &row : updated) {
                        if (row.id == legacy->id)
                            row.folder = extension.key;
                    }
                    explanation->append(ExtensionCounter::tr("sync: renames legacy row %1 to folder %2")
                                            .arg(rowLabel(*legacy), extension.key));
                    continue;
                }
            }
            const QString bundleId = addRow(source, extension.key, JsValue(true), QString());
            explanation->append(
                ExtensionCounter::tr("sync: adds row %1/%2 (enabled)").arg(source, extension.key));
            if (extension.type == Bundle) {
                for (const auto &entry : extension.entries) {
                    addRow(source, entry.first, JsValue(true), bundleId);
                    explanation->append(
                        ExtensionCounter::tr("sync: adds entry row %1/%2 to bundle %3 (enabled)")
                            .arg(source, entry.first, extension.key));
                }
            }
        }
    }

    QList<ExtensionRow> result;
    for (const ExtensionRow &row : updated) {
        if (!removedIds.contains(row.id))
            result.append(row);
    }
    return result + added;
}

// What a kept row resolved to: a discovered extension, a bundle entry, or nothing.
struct Resolved
{
    QString id;
    const ExtensionRow *row = nullptr;
    const DiscoveredExtension *extension = nullptr; // top-level rows
    bool isEntry = false; // child rows
    QString entryType;

    bool resolved() const { return extension || isEntry; }
    QString type() const { return extension ? extension->type : entryType; }
};
} // namespace

ExtensionCounter::Result ExtensionCounter::count(const QList<ExtensionRow> &rowsOrderedById,
                                                 const ExtensionDiscovery::Result &discovery, Mode mode)
{
    Result result;
    if (!discovery.ok)
        result.explanation.append(tr("extension discovery failed (%1), so no row resolves to an extension")
                                      .arg(discovery.failureReason));

    QList<ExtensionRow> rows = rowsOrderedById;
    if (mode == Mode::AfterNextStart && discovery.ok)
        rows = applyStartupSync(rowsOrderedById, discovery, &result.explanation);

    // readAll: every top-level row, then each child row whose bundle row is already in the output.
    QList<Resolved> output;
    output.reserve(rows.size());
    for (const ExtensionRow &row : rows) {
        if (row.hasBundle)
            continue;
        Resolved item;
        item.id = row.id;
        item.row = &row;
        item.extension = findByKey(listFor(discovery, row.source), row.folder);
        output.append(item);
    }
    for (const ExtensionRow &row : rows) {
        if (!row.hasBundle)
            continue;
        const auto parent = std::find_if(output.cbegin(), output.cend(),
                                         [&](const Resolved &item) { return item.id == row.bundle; });
        if (parent == output.cend() || !parent->resolved()) {
            result.explanation.append(
                tr("%1: its bundle row %2 is missing or resolves to nothing, so it is dropped")
                    .arg(rowLabel(row), row.bundle));
            continue;
        }
        if (parent->isEntry || parent->extension->type != Bundle) {
            // `parentBundle.schema.entries.find(...)` on something without entries throws in Directus.
            const QString error
                = tr("directus_extensions row %1 (%2) names row %3 as its bundle, but that row "
                     "resolves to type %4, not a bundle; Directus throws and the report fails")
                      .arg(row.id, rowLabel(row), row.bundle, parent->type());
            if (result.ok)
                result.error = error;
            result.ok = false;
            result.explanation.append(error);
            continue;
        }
        const auto &entries = parent->extension->entries;
        const auto entry
            = std::find_if(entries.cbegin(), entries.cend(),
                           [&](const QPair<QString, QString> &e) { return e.first == row.folder; });
        if (entry == entries.cend()) {
            result.explanation.append(tr("%1: not an entry of bundle %2, so it is dropped")
                                          .arg(rowLabel(row), parent->row->folder));
            continue;
        }
        Resolved item;
        item.id = row.id;
        item.row = &row;
        item.isEntry = true;
        item.entryType = entry->second;
        output.append(item);
    }

    for (const Resolved &item : output) {
        const QString label = rowLabel(*item.row);
        const bool enabled = SqlSession::castBoolean(item.row->enabled).isTruthy();
        if (!item.resolved()) {
            result.explanation.append(tr("%1: no such extension was discovered, not counted").arg(label));
        } else if (item.type() == Bundle) {
            result.explanation.append(tr("%1: a bundle, never counted itself").arg(label));
        } else if (!enabled) {
            result.explanation.append(tr("%1: %2, disabled, not counted").arg(label, item.type()));
        } else {
            ++result.count;
            result.explanation.append(tr("%1: %2, enabled, counted").arg(label, item.type()));
        }
    }
    return result;
}
