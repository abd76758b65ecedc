// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposeEnvironment.h"

#include "config/ProjectConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {
QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// Compose's interpolation, from the variables of the .env beside the compose file.
QString interpolate(const QString &value, const QHash<QString, QString> &variables, QStringList *unresolved)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])((?:[^}])*))?\\}|\\$([A-Za-z_][A-Za-z0-9_]*)"));
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += value.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (match.captured(0) == QLatin1String("$$")) {
            result += QLatin1Char('$');
            continue;
        }
        const QString name
            = match.hasCaptured(5) && !match.captured(5).isEmpty() ? match.captured(5) : match.captured(1);
        const bool set = variables.contains(name);
        const bool nonEmpty = set && !variables.value(name).isEmpty();
        const bool colon = !match.captured(2).isEmpty();
        const QString op = match.captured(3);
        const QString word = match.captured(4);
        const bool present = colon ? nonEmpty : set;
        if (op == QLatin1String("-")) {
            result += present ? variables.value(name) : word;
        } else if (op == QLatin1String("+")) {
            result += present ? word : QString();
        } else {
            if (!set)
                unresolved->append(name);
            result += variables.value(name);
        }
    }
    result += value.mid(last);
    return result;
}
} // namespace

QString ComposeEnvironment::directusVersionFromImage(const QString &image)
{
    static const QRegularExpression tagged(
        QStringLiteral("^(?:[^/]+/)*directus(?:/directus)?:v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)$"));
    const QRegularExpressionMatch match = tagged.match(image.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<ComposeEnvironment::Result>
ComposeEnvironment::read(const QString &composeFile, const QString &service, QString *errorMessage)
{
    const QFileInfo info(composeFile);
    if (!info.isFile()) {
        *errorMessage = tr("The compose file %1 does not exist.").arg(info.absoluteFilePath());
        return std::nullopt;
    }
    const QDir folder = info.absoluteDir();
    YAML::Node root;
    try {
        root = YAML::LoadFile(QFile::encodeName(info.absoluteFilePath()).toStdString());
    } catch (const YAML::Exception &error) {
        *errorMessage = tr("%1 is not valid YAML: %2")
                            .arg(info.absoluteFilePath(), QString::fromStdString(error.what()));
        return std::nullopt;
    }
    // Subscripting a scalar or sequence throws in yaml-cpp, so the shape is checked first.
    const YAML::Node services = root.IsMap() ? root["services"] : YAML::Node();
    if (!services || !services.IsMap() || services.size() == 0) {
        *errorMessage = tr("%1 has no services: section.").arg(info.absoluteFilePath());
        return std::nullopt;
    }

    Result result;
    QStringList names;
    QStringList directusServices;
    for (const auto &pair : services) {
        const QString name = text(pair.first);
        names.append(name);
        const QString image = pair.second.IsMap() ? text(pair.second["image"]) : QString();
        if (image.contains(QLatin1String("directus"), Qt::CaseInsensitive))
            directusServices.append(name);
    }
    if (!service.isEmpty()) {
        if (!names.contains(service)) {
            *errorMessage = tr("%1 has no service \"%2\"; it has: %3.")
                                .arg(info.absoluteFilePath(), service, names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        result.service = service;
    } else if (directusServices.size() == 1) {
        result.service = directusServices.first();
    } else {
        *errorMessage = directusServices.isEmpty()
            ? tr("No service in %1 uses a Directus image; name the Directus service with --service "
                 "(services: "
                 "%2).")
                  .arg(info.absoluteFilePath(), names.join(QStringLiteral(", ")))
            : tr("Several services in %1 use a Directus image (%2); choose one with --service.")
                  .arg(info.absoluteFilePath(), directusServices.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const YAML::Node definition = services[result.service.toStdString()];
    result.image = definition.IsMap() ? text(definition["image"]) : QString();

    // Interpolation variables: the .env beside the compose file, which Compose reads for itself.
    QHash<QString, QString> variables;
    const QString dotEnv = folder.filePath(QStringLiteral(".env"));
    if (QFileInfo::exists(dotEnv)) {
        QString error;
        for (const auto &[key, value] : ProjectConfig::readEnvFile(dotEnv, &error))
            variables.insert(key, value);
    }
    QStringList unresolved;
    const QString where = tr("%1, service %2").arg(info.fileName(), result.service);

    // env_file first; environment: overrides it.
    const YAML::Node envFiles = definition.IsMap() ? definition["env_file"] : YAML::Node();
    QList<QPair<QString, bool>> files;
    if (envFiles && envFiles.IsScalar()) {
        files.append({text(envFiles), true});
    } else if (envFiles && envFiles.IsSequence()) {
        for (const auto &item : envFiles) {
            if (item.IsScalar())
                files.append({text(item), true});
            else if (item.IsMap())
                files.append({text(item["path"]),
                              !item["required"] || text(item["required"]) != QLatin1String("false")});
        }
    }
    for (const auto &[file, required] : files) {
        const QString path = folder.absoluteFilePath(interpolate(file, variables, &unresolved));
        if (!QFileInfo::exists(path)) {
            if (required) {
                *errorMessage = tr("%1 names env_file %2, which does not exist.").arg(where, path);
                return std::nullopt;
            }
            continue;
        }
        QString error;
        const auto entries = ProjectConfig::readEnvFile(path, &error);
        if (!error.isEmpty()) {
            *errorMessage = error;
            return std::nullopt;
        }
        for (const auto &[key, value] : entries)
            result.entries.append({key, value, tr("%1 (env_file of %2)").arg(path, where)});
    }

    const YAML::Node environment = definition.IsMap() ? definition["environment"] : YAML::Node();
    const QString environmentSource = tr("%1, environment:").arg(where);
    const auto unset = [&](const QString &key) {
        result.warnings.append(tr("%1 sets %2 without a value: Compose takes it from the shell that runs it, "
                                  "which the inspector cannot see; pass --env %2=... if the server has it.")
                                   .arg(environmentSource, key));
    };
    if (environment && environment.IsMap()) {
        for (const auto &pair : environment) {
            const QString key = text(pair.first);
            if (pair.second.IsNull()) {
                unset(key);
                continue;
            }
            result.entries.append(
                {key, interpolate(text(pair.second), variables, &unresolved), environmentSource});
        }
    } else if (environment && environment.IsSequence()) {
        for (const auto &item : environment) {
            const QString line = text(item);
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals < 0) {
                unset(line);
                continue;
            }
            result.entries.append({line.left(equals),
                                   interpolate(line.mid(equals + 1), variables, &unresolved),
                                   environmentSource});
        }
    }
    unresolved.removeDuplicates();
    for (const QString &name : unresolved)
        result.warnings.append(
            tr("%1 uses ${%2}, which is not set in %3; Compose would take it from its shell "
               "(an empty value is used here).")
                .arg(info.fileName(), name, dotEnv));
    return result;
}
