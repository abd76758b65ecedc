// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtensionDiscovery.h"

#include "json/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace {
const QString ManifestKey = QStringLiteral("directus:extension");
const QStringList AppTypes
    = {QStringLiteral("interface"), QStringLiteral("display"), QStringLiteral("layout"),
       QStringLiteral("module"),    QStringLiteral("panel"),   QStringLiteral("theme")};
const QStringList ApiTypes = {QStringLiteral("hook"), QStringLiteral("endpoint")};
const QStringList HybridTypes = {QStringLiteral("operation")};
// The conditions of a CommonJS require() on Node 22 ("default" always matches).
const QStringList RequireConditions = {QStringLiteral("require"), QStringLiteral("node"),
                                       QStringLiteral("node-addons"), QStringLiteral("module-sync")};

// JSON helpers with JavaScript semantics.

// An integer-like property name that JS orders first ("0", "17"; not "01" or "-1").
bool isArrayIndex(const QString &key)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key.at(0) == u'0'))
        return false;
    for (const QChar c : key) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return key.toULongLong() < 4294967295ULL;
}

// Object.keys(value) for what JSON can produce: integer-like keys first in numeric order, then the rest in
// insertion order; array and string indices; nothing for other types.
QStringList objectKeys(const JsValue &value)
{
    QStringList keys;
    if (value.isObject()) {
        QStringList indices;
        for (const JsValue::Member &member : value.members())
            (isArrayIndex(member.first) ? indices : keys).append(member.first);
        std::sort(indices.begin(), indices.end(),
                  [](const QString &a, const QString &b) { return a.toULongLong() < b.toULongLong(); });
        return indices + keys;
    }
    const qsizetype count = value.isArray() ? value.elements().size()
        : value.isString()                  ? value.toString().size()
                                            : 0;
    for (qsizetype i = 0; i < count; ++i)
        keys.append(QString::number(i));
    return keys;
}

// fs-extra readJSON: UTF-8 (bad bytes become U+FFFD), one leading BOM dropped (parseUtf8 decodes with
// QString::fromUtf8, which drops exactly one, as jsonfile's stripBom does), then JSON.parse.
std::optional<JsValue> readJson(const QString &path)
{
    if (QFileInfo(path).isDir())
        return std::nullopt; // EISDIR
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const JsonReader::Result parsed = JsonReader::parseUtf8(file.readAll());
    if (!parsed.ok)
        return std::nullopt;
    return parsed.value;
}

// Manifest validation, as Directus's zod ExtensionManifest schema. Each check returns an empty string when
// the value passes, or a short description of the first problem.

QString expectString(const JsValue &object, const QString &key, const QString &where)
{
    return object.member(key).isString() ? QString()
                                         : ExtensionDiscovery::tr("%1%2 must be a string").arg(where, key);
}

QString optionalOfType(const JsValue &object, const QString &key, JsValue::Type type, const QString &where)
{
    const JsValue value = object.member(key);
    if (value.isUndefined() || value.type() == type)
        return {};
    return ExtensionDiscovery::tr("%1%2 has the wrong type (%3)").arg(where, key, value.jsonTypeName());
}

QString optionalStringRecord(const JsValue &object, const QString &key)
{
    const JsValue value = object.member(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return ExtensionDiscovery::tr("%1 must be an object").arg(key);
    for (const JsValue::Member &member : value.members()) {
        if (!member.second.isString())
            return ExtensionDiscovery::tr("%1.%2 must be a string").arg(key, member.first);
    }
    return {};
}

QString splitEntrypoint(const JsValue &object, const QString &key, const QString &where)
{
    const JsValue value = object.member(key);
    if (!value.isObject())
        return ExtensionDiscovery::tr("%1%2 must be an object with app and api").arg(where, key);
    const QString inner = where + key + QLatin1Char('.');
    for (const char *part : {"app", "api"}) {
        const QString problem = expectString(value, QLatin1String(part), inner);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString sandboxOptions(const JsValue &options)
{
    const JsValue sandbox = options.member(QStringLiteral("sandbox"));
    if (sandbox.isUndefined())
        return {};
    const QString where = ManifestKey + QStringLiteral(".sandbox.");
    if (!sandbox.isObject())
        return ExtensionDiscovery::tr("%1sandbox must be an object").arg(ManifestKey + QLatin1Char('.'));
    QString problem = optionalOfType(sandbox, QStringLiteral("enabled"), JsValue::Type::Boolean, where);
    if (!problem.isEmpty())
        return problem;
    const JsValue scopes = sandbox.member(QStringLiteral("requestedScopes"));
    if (scopes.isUndefined())
        return {};
    if (!scopes.isObject())
        return ExtensionDiscovery::tr("%1requestedScopes must be an object").arg(where);
    const QString scopesWhere = where + QStringLiteral("requestedScopes.");
    for (const char *name : {"log", "sleep"}) {
        problem = optionalOfType(scopes, QLatin1String(name), JsValue::Type::Object, scopesWhere);
        if (!problem.isEmpty())
            return problem;
    }
    const JsValue request = scopes.member(QStringLiteral("request"));
    if (request.isUndefined())
        return {};
    if (!request.isObject())
        return ExtensionDiscovery::tr("%1request must be an object").arg(scopesWhere);
    const JsValue urls = request.member(QStringLiteral("urls"));
    const JsValue methods = request.member(QStringLiteral("methods"));
    bool valid = urls.isArray() && methods.isArray();
    for (const JsValue &url : urls.elements())
        valid = valid && url.isString();
    const QStringList allowed = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"),
                                 QStringLiteral("PUT"), QStringLiteral("DELETE")};
    for (const JsValue &method : methods.elements())
        valid = valid && method.isString() && allowed.contains(method.toString());
    return valid
        ? QString()
        : ExtensionDiscovery::tr("%1request needs urls (strings) and methods (HTTP verbs)").arg(scopesWhere);
}

QString bundleEntry(const JsValue &entry, int index)
{
    const QString where = ManifestKey + QStringLiteral(".entries[%1].").arg(index);
    if (!entry.isObject())
        return ExtensionDiscovery::tr("%1 must be an object").arg(where.chopped(1));
    const QString type = entry.member(QStringLiteral("type")).toString();
    const bool hybrid = HybridTypes.contains(type);
    if (!entry.member(QStringLiteral("type")).isString()
        || !(hybrid || AppTypes.contains(type) || ApiTypes.contains(type)))
        return ExtensionDiscovery::tr("%1type is not an app, API or hybrid extension type").arg(where);
    QString problem = expectString(entry, QStringLiteral("name"), where);
    if (problem.isEmpty())
        problem = hybrid ? splitEntrypoint(entry, QStringLiteral("source"), where)
                         : expectString(entry, QStringLiteral("source"), where);
    return problem;
}

QString extensionOptions(const JsValue &options)
{
    if (options.isUndefined())
        return ExtensionDiscovery::tr("%1 is missing").arg(ManifestKey);
    if (!options.isObject())
        return ExtensionDiscovery::tr("%1 must be an object").arg(ManifestKey);
    const QString where = ManifestKey + QLatin1Char('.');
    QString problem = expectString(options, QStringLiteral("host"), where);
    if (problem.isEmpty())
        problem = optionalOfType(options, QStringLiteral("hidden"), JsValue::Type::Boolean, where);
    if (!problem.isEmpty())
        return problem;

    const JsValue typeValue = options.member(QStringLiteral("type"));
    const QString type = typeValue.toString();
    if (typeValue.isString() && (AppTypes.contains(type) || ApiTypes.contains(type))) {
        problem = expectString(options, QStringLiteral("path"), where);
        if (problem.isEmpty())
            problem = expectString(options, QStringLiteral("source"), where);
        if (problem.isEmpty() && ApiTypes.contains(type))
            problem = sandboxOptions(options);
        return problem;
    }
    if (typeValue.isString() && HybridTypes.contains(type)) {
        problem = splitEntrypoint(options, QStringLiteral("path"), where);
        if (problem.isEmpty())
            problem = splitEntrypoint(options, QStringLiteral("source"), where);
        if (problem.isEmpty())
            problem = sandboxOptions(options);
        return problem;
    }
    if (typeValue.isString() && type == QLatin1String("bundle")) {
        problem = optionalOfType(options, QStringLiteral("partial"), JsValue::Type::Boolean, where);
        if (problem.isEmpty())
            problem = splitEntrypoint(options, QStringLiteral("path"), where);
        if (!problem.isEmpty())
            return problem;
        const JsValue entries = options.member(QStringLiteral("entries"));
        if (!entries.isArray())
            return ExtensionDiscovery::tr("%1entries must be an array").arg(where);
        for (int i = 0; i < entries.elements().size(); ++i) {
            problem = bundleEntry(entries.elements().at(i), i);
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }
    return ExtensionDiscovery::tr("%1type is not a known extension type").arg(where);
}

QString manifestProblem(const JsValue &manifest)
{
    if (!manifest.isObject())
        return ExtensionDiscovery::tr("package.json is not a JSON object");
    QString problem = expectString(manifest, QStringLiteral("name"), QString());
    if (problem.isEmpty())
        problem = expectString(manifest, QStringLiteral("version"), QString());
    if (!problem.isEmpty())
        return problem;
    const JsValue moduleType = manifest.member(QStringLiteral("type"));
    if (!moduleType.isUndefined() && moduleType.toString() != QLatin1String("module")
        && moduleType.toString() != QLatin1String("commonjs"))
        return ExtensionDiscovery::tr("type must be \"module\" or \"commonjs\"");
    for (const char *key : {"description", "icon"}) {
        problem = optionalOfType(manifest, QLatin1String(key), JsValue::Type::String, QString());
        if (!problem.isEmpty())
            return problem;
    }
    for (const char *key : {"dependencies", "devDependencies"}) {
        problem = optionalStringRecord(manifest, QLatin1String(key));
        if (!problem.isEmpty())
            return problem;
    }
    return extensionOptions(manifest.member(ManifestKey));
}

// Only called on a validated manifest.
DiscoveredExtension describe(const QString &key, const JsValue &manifest)
{
    const JsValue options = manifest.member(ManifestKey);
    DiscoveredExtension extension;
    extension.key = key;
    extension.type = options.member(QStringLiteral("type")).toString();
    extension.packageName = manifest.member(QStringLiteral("name")).toString();
    if (extension.type == QLatin1String("bundle")) {
        for (const JsValue &entry : options.member(QStringLiteral("entries")).elements())
            extension.entries.append({entry.member(QStringLiteral("name")).toString(),
                                      entry.member(QStringLiteral("type")).toString()});
    }
    return extension;
}

// local and registry: the folders of a root.

// resolveFsExtensions: a missing root means none; readdir order (libuv sorts names bytewise); hidden entries
// skipped; stat follows symlinks and fails on a broken one; folders without a readable, parseable
// package.json are skipped; any other manifest must validate.
bool discoverFolders(const QString &root, const QString &source, QList<DiscoveredExtension> *out,
                     QString *failure)
{
    const QFileInfo rootInfo(root);
    if (!rootInfo.exists())
        return true;
    const QDir dir(root);
    if (!rootInfo.isDir() || !rootInfo.isReadable() || !dir.isReadable()) {
        *failure
            = ExtensionDiscovery::tr("the %1 extensions folder %2 exists but is not a readable directory")
                  .arg(source, root);
        return false;
    }
    QStringList names = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                      QDir::Unsorted);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });

    QList<QPair<QString, JsValue>> manifests;
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('.')))
            continue;
        const QFileInfo entry(dir.filePath(name));
        if (!entry.exists()) {
            *failure
                = ExtensionDiscovery::tr("%1 in the %2 extensions folder cannot be read (a broken symlink?)")
                      .arg(name, source);
            return false;
        }
        if (!entry.isDir())
            continue;
        if (const auto manifest = readJson(entry.filePath() + QStringLiteral("/package.json")))
            manifests.append({name, *manifest});
    }
    for (const auto &[name, manifest] : manifests) {
        const QString problem = manifestProblem(manifest);
        if (!problem.isEmpty()) {
            *failure = ExtensionDiscovery::tr("the manifest of the %1 extension \"%2\" is invalid: %3")
                           .arg(source, name, problem);
            return false;
        }
        out->append(describe(name, manifest));
    }
    return true;
}

// module: Node's require.resolve(`${name}/package.json`, {paths: [root]}).

// What a resolution step gives, after Node's resolvePackageTarget: a file, null, nothing (undefined), or an
// error; InvalidTarget errors let an array of targets try its next item, the others end the resolution.
struct Target
{
    enum Kind { Path, Null, Undefined, InvalidTarget, Error } kind = Undefined;
    QString path;
};

// Node's deprecatedInvalidSegmentRegEx: a `.`, `..` or `node_modules` segment (also percent-encoded), which
// makes a target or subpath invalid. (Empty segments only draw a deprecation warning in Node.)
bool hasInvalidSegment(const QString &text)
{
    static const QRegularExpression invalid(
        QStringLiteral(
            "(^|\\\\|/)((\\.|%2e)(\\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)"
            "(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\\\|/|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return invalid.match(text).hasMatch();
}

Target resolveTargetString(const QString &packageDir, const QString &target, const QString &subpath,
                           bool pattern)
{
    if (!subpath.isEmpty() && !pattern && !target.endsWith(QLatin1Char('/')))
        return {Target::InvalidTarget, {}};
    if (!target.startsWith(QStringLiteral("./")) || hasInvalidSegment(target.mid(2)))
        return {Target::InvalidTarget, {}};
    QString relative = target.mid(1);
    if (subpath.isEmpty())
        return {Target::Path, packageDir + relative};
    if (hasInvalidSegment(subpath))
        return {Target::Error, {}};
    if (pattern)
        relative.replace(QLatin1Char('*'), subpath);
    else
        relative += subpath;
    return {Target::Path, packageDir + relative};
}

Target resolveTarget(const QString &packageDir, const JsValue &target, const QString &subpath, bool pattern)
{
    if (target.isString())
        return resolveTargetString(packageDir, target.toString(), subpath, pattern);
    if (target.isArray()) {
        if (target.elements().isEmpty())
            return {Target::Null, {}};
        Target last {Target::Undefined, {}};
        for (const JsValue &item : target.elements()) {
            const Target result = resolveTarget(packageDir, item, subpath, pattern);
            if (result.kind == Target::InvalidTarget) {
                last = result;
                continue;
            }
            if (result.kind == Target::Error || result.kind == Target::Path)
                return result;
            if (result.kind == Target::Null)
                last = {Target::Null, {}};
        }
        return last;
    }
    if (target.isObject()) {
        for (const JsValue::Member &member : target.members()) {
            if (isArrayIndex(member.first))
                return {Target::Error, {}};
        }
        for (const QString &key : objectKeys(target)) {
            if (key != QLatin1String("default") && !RequireConditions.contains(key))
                continue;
            const Target result = resolveTarget(packageDir, target.member(key), subpath, pattern);
            if (result.kind != Target::Undefined)
                return result;
        }
        return {Target::Undefined, {}};
    }
    if (target.isNull())
        return {Target::Null, {}};
    return {Target::InvalidTarget, {}};
}

// Node's patternKeyCompare(a, b) == 1: b is the more specific pattern.
bool morePreciseKey(const QString &a, const QString &b)
{
    const qsizetype aStar = a.indexOf(QLatin1Char('*'));
    const qsizetype bStar = b.indexOf(QLatin1Char('*'));
    const qsizetype aBase = aStar == -1 ? a.size() : aStar + 1;
    const qsizetype bBase = bStar == -1 ? b.size() : bStar + 1;
    if (aBase != bBase)
        return bBase > aBase;
    if (aStar == -1)
        return true;
    if (bStar == -1)
        return false;
    return b.size() > a.size();
}

// packageExportsResolve + finalizeEsmResolution for one subpath ("./package.json" in practice).
std::optional<QString> resolveExports(const QString &packageDir, JsValue exports, const QString &subpath)
{
    // Conditional sugar: a string, an array, or an object whose keys do not start with "." is the "." export.
    bool sugar = exports.isString() || exports.isArray();
    if (exports.isObject() && !exports.members().isEmpty()) {
        const QStringList keys = objectKeys(exports);
        const auto isCondition = [](const QString &key) { return key.isEmpty() || key.at(0) != u'.'; };
        sugar = isCondition(keys.first());
        for (const QString &key : keys) {
            if (isCondition(key) != sugar)
                return std::nullopt; // ERR_INVALID_PACKAGE_CONFIG
        }
    }
    if (sugar)
        exports = JsValue::object({{QStringLiteral("."), exports}});

    Target result {Target::Undefined, {}};
    if (exports.isObject() && exports.hasMember(subpath) && !subpath.contains(QLatin1Char('*'))
        && !subpath.endsWith(QLatin1Char('/'))) {
        result = resolveTarget(packageDir, exports.member(subpath), QString(), false);
    } else {
        QString bestMatch;
        QString bestSubpath;
        for (const QString &key : objectKeys(exports.isObject() ? exports : JsValue())) {
            const qsizetype star = key.indexOf(QLatin1Char('*'));
            if (star == -1 || !subpath.startsWith(key.left(star)))
                continue;
            const QString trailer = key.mid(star + 1);
            if (subpath.size() >= key.size() && subpath.endsWith(trailer) && morePreciseKey(bestMatch, key)
                && key.lastIndexOf(QLatin1Char('*')) == star) {
                bestMatch = key;
                bestSubpath = subpath.mid(star, subpath.size() - trailer.size() - star);
            }
        }
        if (bestMatch.isEmpty())
            return std::nullopt;
        result = resolveTarget(packageDir, exports.member(bestMatch), bestSubpath, true);
    }
    if (result.kind != Target::Path)
        return std::nullopt;
    // The target is a URL path: encoded separators are refused, other escapes decoded.
    if (result.path.contains(QStringLiteral("%2f"), Qt::CaseInsensitive)
        || result.path.contains(QStringLiteral("%5c"), Qt::CaseInsensitive))
        return std::nullopt;
    const QString path = QUrl::fromPercentEncoding(result.path.toUtf8());
    const QFileInfo file(path);
    if (!file.isFile())
        return std::nullopt;
    return file.canonicalFilePath();
}

// Module._nodeModulePaths: <dir>/node_modules for the folder and each parent, except folders that are
// themselves called node_modules.
QStringList nodeModulePaths(const QString &from)
{
    QString dir = QDir::cleanPath(QDir(from).absolutePath());
    QStringList paths;
    while (true) {
        if (QFileInfo(dir).fileName() != QLatin1String("node_modules") && !dir.endsWith(QLatin1Char('/')))
            paths.append(dir + QStringLiteral("/node_modules"));
        const QString parent = QFileInfo(dir).path();
        if (parent == dir || dir.endsWith(QLatin1Char('/')))
            break;
        dir = parent;
    }
    paths.append(QStringLiteral("/node_modules"));
    return paths;
}

// The package.json file require.resolve(`${name}/package.json`, {paths: [root]}) finds, as a real path.
std::optional<QString> resolvePackageJson(const QString &name, const QString &root)
{
    const QString request = name + QStringLiteral("/package.json");
    if (request.startsWith(QStringLiteral("./")) || request.startsWith(QStringLiteral("../"))
        || QDir::isAbsolutePath(request)) {
        const QFileInfo file(QDir(root).absoluteFilePath(request));
        return file.isFile() ? std::optional<QString>(file.canonicalFilePath()) : std::nullopt;
    }
    static const QRegularExpression exportsPattern(
        QStringLiteral("^((?:@[^/\\\\%]+/)?[^./\\\\%][^/\\\\%]*)(/.*)?$"));
    const QRegularExpressionMatch match = exportsPattern.match(request);
    for (const QString &modules : nodeModulePaths(root)) {
        if (!QFileInfo(modules).isDir())
            continue;
        if (match.hasMatch()) {
            const QString packageDir = modules + QLatin1Char('/') + match.captured(1);
            const QString packageJson = packageDir + QStringLiteral("/package.json");
            if (QFileInfo(packageJson).isFile()) {
                const auto config = readJson(packageJson);
                if (!config)
                    return std::nullopt; // Node refuses a package.json it cannot parse
                const JsValue exports = config->member(QStringLiteral("exports"));
                if (!exports.isNullish())
                    return resolveExports(packageDir, exports, QLatin1Char('.') + match.captured(2));
            }
        }
        const QFileInfo file(modules + QLatin1Char('/') + request);
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return std::nullopt;
}

// resolveModuleExtensions: the dependencies of <location>/package.json that resolve to a package whose
// manifest has "directus:extension"; those must validate.
bool discoverModules(const ExtensionDiscovery::Input &input, ExtensionDiscovery::Result *result,
                     QString *failure)
{
    const QString location = input.packageFileLocation;
    const QString packageJson = QDir(location).filePath(QStringLiteral("package.json"));
    if (!QFileInfo::exists(packageJson) && !input.strictPackageFile) {
        result->warnings.append(
            ExtensionDiscovery::tr("%1 does not exist, so no module extensions are counted; Directus itself "
                                   "would find no extensions at all (report 0) unless its working directory "
                                   "has a package.json, as installs normally do")
                .arg(packageJson));
        return true;
    }
    const auto package = readJson(packageJson);
    if (!package || package->isNull()) {
        *failure = ExtensionDiscovery::tr("%1 is missing or is not valid JSON").arg(packageJson);
        return false;
    }

    QList<QPair<QString, JsValue>> manifests;
    QStringList unresolved;
    for (const QString &name : objectKeys(package->member(QStringLiteral("dependencies")))) {
        const auto resolved = resolvePackageJson(name, location);
        if (!resolved) {
            unresolved.append(name);
            continue;
        }
        const auto manifest = readJson(QFileInfo(*resolved).path() + QStringLiteral("/package.json"));
        if (manifest && manifest->isObject() && manifest->hasMember(ManifestKey))
            manifests.append({name, *manifest});
    }
    if (!unresolved.isEmpty())
        result->warnings.append(
            ExtensionDiscovery::tr(
                "dependencies of %1 that do not resolve to a package.json here, so they are not "
                "counted as module extensions (not installed, not exporting ./package.json, or "
                "only in Node's global folders, which the inspector does not search): %2")
                .arg(packageJson, unresolved.join(QStringLiteral(", "))));
    for (const auto &[name, manifest] : manifests) {
        const QString problem = manifestProblem(manifest);
        if (!problem.isEmpty()) {
            *failure = ExtensionDiscovery::tr("the manifest of the package extension \"%1\" is invalid: %2")
                           .arg(name, problem);
            return false;
        }
        result->module.append(describe(name, manifest));
    }
    return true;
}
} // namespace

ExtensionDiscovery::Result ExtensionDiscovery::discover(const Input &input)
{
    Result result;
    QString failure;
    const bool ok = discoverFolders(input.root, QStringLiteral("local"), &result.local, &failure)
        && discoverFolders(QDir(input.root).filePath(QStringLiteral(".registry")), QStringLiteral("registry"),
                           &result.registry, &failure)
        && discoverModules(input, &result, &failure);
    if (!ok) {
        // Directus keeps no partial lists: every row then resolves to nothing.
        Result failed;
        failed.failureReason = failure;
        failed.warnings = result.warnings;
        return failed;
    }
    result.ok = true;
    return result;
}
