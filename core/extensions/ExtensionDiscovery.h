// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One extension as Directus's extension manager knows it after discovery.
struct DiscoveredExtension
{
    QString key; // local/registry: the folder name; module: the dependency name as written
    QString type; // directus:extension.type, e.g. "interface" or "bundle"
    QList<QPair<QString, QString>> entries; // a bundle's entries as (name, type); empty otherwise
    QString packageName; // the manifest's `name` (the startup sync matches legacy local rows by it)
};

// Discovers extensions from the filesystem the way Directus does at every start (spec §6.6): `local` (the
// folders of the extensions root), `registry` (`<root>/.registry`) and `module` (the `dependencies` of
// `<PACKAGE_FILE_LOCATION>/package.json` resolved through node_modules), each manifest validated like
// Directus's zod schema. Discovery is all or nothing: one invalid manifest, an unreadable root or a broken
// symlink fails it (ok = false), and Directus then knows no extensions at all. The one deliberate deviation:
// unless strictPackageFile is set, a missing `<PACKAGE_FILE_LOCATION>/package.json` only gives a warning and
// no module extensions, because the server's working directory very likely had one (the fixtures' expected
// counts were made that way). Not supported: Node's global module folders ($HOME/.node_modules,
// $HOME/.node_libraries, <prefix>/lib/node, NODE_PATH), which belong to the server's environment; and
// resolution of `<name>/package.json` through extension probing (`package.json.js`) or folder mains.
// Pure function; reads files only.
class ExtensionDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(ExtensionDiscovery)

public:
    struct Input
    {
        QString root; // EXTENSIONS_PATH (or TEMP_PATH/extensions), already resolved against the project
        QString packageFileLocation; // PACKAGE_FILE_LOCATION, already resolved against the project
        bool strictPackageFile = false; // a missing package.json fails discovery, as in Directus
    };
    struct Result
    {
        bool ok = false;
        QString failureReason; // why the whole discovery fails, when !ok
        QList<DiscoveredExtension> local, registry, module; // in Directus's discovery (Map) order
        QStringList warnings;
    };
    static Result discover(const Input &input);
};
