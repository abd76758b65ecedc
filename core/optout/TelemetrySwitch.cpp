// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetrySwitch.h"

#include "config/DotenvParser.h"
#include "config/EnvCaster.h"
#include "config/YamlConfigReader.h"
#include "gating/GateTextFormatter.h"
#include "json/JsonReader.h"
#include "optout/DotenvEditor.h"
#include "optout/JsonConfigEditor.h"
#include "optout/YamlConfigEditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcOptOut, "app.core.optout")

namespace {

const QString TelemetryKey = QStringLiteral("TELEMETRY");
constexpr qint64 MaxConfigBytes = 64 * 1024 * 1024;

enum class Format { Dotenv, Json, Yaml };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return Format::Yaml;
    return Format::Dotenv; // Directus reads every other name with dotenv (spec §3.1)
}

// The file's members as Directus's loader sees them, or nothing when the reader rejects the text.
std::optional<QList<JsValue::Member>> readMembers(Format format, const QByteArray &content)
{
    if (format == Format::Dotenv) {
        QList<JsValue::Member> members;
        for (const DotenvParser::Entry &entry : DotenvParser::parse(content))
            members.append({entry.key, JsValue(entry.value)});
        return members;
    }
    JsValue root;
    if (format == Format::Json) {
        const JsonReader::Result parsed = JsonReader::parseUtf8(content);
        if (!parsed.ok)
            return std::nullopt;
        root = parsed.value;
    } else {
        const YamlConfigReader::Result parsed = YamlConfigReader::parse(content);
        if (!parsed.ok)
            return std::nullopt;
        root = parsed.value;
    }
    if (!root.isObject())
        return std::nullopt;
    return root.members();
}

QList<JsValue::Member> without(const QList<JsValue::Member> &members, const QString &key)
{
    QList<JsValue::Member> result;
    for (const auto &member : members) {
        if (member.first != key)
            result.append(member);
    }
    return result;
}

struct stat statOf(const QString &path, bool *ok)
{
    struct stat info = {};
    *ok = ::stat(QFile::encodeName(path).constData(), &info) == 0;
    return info;
}

bool isInside(const QString &path, const QString &root)
{
    return !root.isEmpty() && (path == root || path.startsWith(root + QLatin1Char('/')));
}

} // namespace

TelemetrySwitch::TelemetrySwitch(const ProjectConfig &config, Clock clock, Writer writer)
    : m_config(config)
    , m_clock(std::move(clock))
    , m_writer(std::move(writer))
{
}

TelemetrySwitch::Target TelemetrySwitch::resolveTarget(const QString &configFile) const
{
    const QFileInfo info(configFile);
    if (!info.isSymLink())
        return {info.absoluteFilePath(), {}};
    const QString target = info.canonicalFilePath();
    if (target.isEmpty())
        return {{},
                tr("%1 is a symbolic link to %2, which does not exist. Fix the link (Directus cannot read "
                   "it either), then try again.")
                    .arg(configFile, info.symLinkTarget())};
    // A link is followed only where the config file is expected to live: the project folder, or the
    // folder of a config file named explicitly (CONFIG_PATH or --config) outside it.
    const QString projectRoot = QFileInfo(m_config.projectDir()).canonicalFilePath();
    const QString fileRoot = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (isInside(target, projectRoot) || isInside(target, fileRoot))
        return {target, {}};
    return {{},
            tr("%1 is a symbolic link to %2, outside the project folder %3. The inspector does not write "
               "through such a link, because the file it leads to may be shared with something else. Set "
               "TELEMETRY in %2 yourself, or replace the link with a copy of the file and try again.")
                .arg(configFile, target, m_config.projectDir())};
}

QString TelemetrySwitch::checkWritable(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isFile())
        return tr("%1 is not a regular file; the inspector only edits ordinary configuration files.")
            .arg(path);
    // Root may write anything, so access() alone would let the inspector overwrite a file an admin marked
    // read-only on purpose; no write bit at all is taken as that intent.
    const bool writeBits = info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
    if (!info.isWritable() || !writeBits) {
        bool statOk = false;
        const struct stat status = statOf(path, &statOk);
        return tr("%1 is read-only for you (owner %2, mode %3). Nothing was changed. Make it writable "
                  "(e.g. chmod u+w %1) or run the inspector as a user who may change it, then try again.")
            .arg(path, info.owner().isEmpty() ? QString::number(info.ownerId()) : info.owner(),
                 QString::number(statOk ? status.st_mode & 07777 : 0, 8));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return tr("The folder %1 is not writable for you, and a safe replacement of %2 needs to create a "
                  "temporary file and the backup there. Nothing was changed. Run the inspector as a user who "
                  "may write in %1.")
            .arg(folder.absoluteFilePath(), path);
    return {};
}

TelemetrySwitch::Plan TelemetrySwitch::plan(bool enable, const Options &options) const
{
    Plan plan;
    plan.enable = enable;
    plan.configFile = m_config.configFilePath();
    const QString wanted = enable ? QStringLiteral("true") : QStringLiteral("false");
    const JsValue current = m_config.value(TelemetryKey);
    const ProjectConfig::Origin origin = m_config.origin(TelemetryKey);

    if (origin.kind == ProjectConfig::Origin::Kind::FileIndirection) {
        plan.error = tr("TELEMETRY is read from the file %1 (named by TELEMETRY_FILE), and that wins over a "
                        "TELEMETRY line. Nothing was changed. Write %2 into %1, or remove TELEMETRY_FILE, "
                        "then try again.")
                         .arg(origin.detail, wanted);
        return plan;
    }
    if (EnvCaster::toBoolean(current) == enable) {
        plan.ok = true;
        plan.nothingToDo = true;
        const QString where = origin.kind == ProjectConfig::Origin::Kind::ConfigFile ? origin.detail
            : origin.kind == ProjectConfig::Origin::Kind::ServerEnvironment ? tr("the server environment")
                                                                            : tr("Directus's default");
        plan.notes.append(tr("TELEMETRY already asks for telemetry to be %1 (value %2, from %3); nothing "
                             "to change.")
                              .arg(enable ? tr("on") : tr("off"),
                                   current.isString() ? current.toString() : current.jsString(), where));
        if (!enable && current.isString() && current.toString() != QLatin1String("false"))
            plan.notes.append(tr("Only true and 1 count as on, so %1 means off.").arg(current.toString()));
        return plan;
    }
    if (origin.kind == ProjectConfig::Origin::Kind::ServerEnvironment)
        plan.notes.append(
            tr("TELEMETRY is also set (to %1) in the server environment you gave. Directus lets its "
               "configuration file override the environment, so the file's value wins; remove it from the "
               "environment (compose file, systemd unit) too, so the two do not disagree.")
                .arg(current.jsString()));

    const Format format = formatOf(plan.configFile);
    const QByteArray literal = wanted.toUtf8();
    if (!m_config.configFileExists()) {
        const QString environmentHint = origin.kind == ProjectConfig::Origin::Kind::ServerEnvironment
            ? tr("TELEMETRY=%1 comes from the server environment: change it there (compose "
                 "`environment:`, systemd `Environment=`, the pod spec) to %2 and restart Directus.")
                  .arg(current.jsString(), wanted)
            : tr("Set TELEMETRY=%1 where the server gets its environment (compose `environment:`, systemd "
                 "`Environment=`, the pod spec) and restart Directus.")
                  .arg(wanted);
        if (QFileInfo(plan.configFile).isSymLink()) {
            plan.error
                = tr("%1 is a symbolic link to %2, which does not exist. Fix the link (Directus cannot "
                     "read it either), then try again.")
                      .arg(plan.configFile, QFileInfo(plan.configFile).symLinkTarget());
            return plan;
        }
        if (!options.createConfigIfMissing) {
            plan.error
                = tr("There is no configuration file at %1, so this Directus is configured through its "
                     "environment and a file edit alone may not reach it. %2 If Directus really runs "
                     "in %3 and reads %1, run again with --create-config to create it with only that "
                     "line.")
                      .arg(plan.configFile, environmentHint, m_config.projectDir());
            return plan;
        }
        if (m_config.directusVersionSource() != QLatin1String("node_modules/directus/package.json")) {
            plan.error = tr("There is no configuration file at %1, and %2 is not a Directus install (no "
                            "node_modules/directus), so a new file there would probably not be read. %3")
                             .arg(plan.configFile, m_config.projectDir(), environmentHint);
            return plan;
        }
        plan.targetFile = QFileInfo(plan.configFile).absoluteFilePath();
        plan.createsFile = true;
        plan.appended = true;
        plan.after = format == Format::Json ? "{\n  \"TELEMETRY\": " + literal + "\n}\n"
            : format == Format::Yaml        ? "TELEMETRY: " + literal + '\n'
                                            : "TELEMETRY=" + literal + '\n';
        plan.changedLines = {format == Format::Json ? 2 : 1};
        plan.ok = true;
        return plan;
    }

    const Target target = resolveTarget(plan.configFile);
    if (!target.error.isEmpty()) {
        plan.error = target.error;
        return plan;
    }
    plan.targetFile = target.path;
    plan.error = checkWritable(plan.targetFile);
    if (!plan.error.isEmpty())
        return plan;
    QFile file(plan.targetFile);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.error = tr("Cannot read %1: %2. Nothing was changed.").arg(plan.targetFile, file.errorString());
        return plan;
    }
    // Bounded like ProjectConfig's reads: the file could have been replaced since it was loaded.
    plan.before = file.read(MaxConfigBytes + 1);
    if (plan.before.size() > MaxConfigBytes) {
        plan.error = tr("%1 is larger than %2 MiB, too large to be configuration; nothing was changed.")
                         .arg(plan.targetFile)
                         .arg(MaxConfigBytes >> 20);
        return plan;
    }

    const ConfigTextEdit edit = format == Format::Json
        ? JsonConfigEditor::setValue(plan.before, TelemetryKey, literal)
        : format == Format::Yaml ? YamlConfigEditor::setValue(plan.before, TelemetryKey, literal)
                                 : DotenvEditor::setValue(plan.before, TelemetryKey, literal);
    if (!edit.ok) {
        plan.error
            = tr("Cannot set TELEMETRY in %1: %2. Nothing was changed.").arg(plan.targetFile, edit.error);
        return plan;
    }
    plan.after = edit.apply(plan.before);
    plan.changedLines = edit.changedLines(plan.before);
    plan.appended = edit.appended;
    if (edit.appended && format == Format::Json && plan.after.count(',') > plan.before.count(','))
        plan.notes.append(tr("The entry before TELEMETRY gains the comma JSON requires between entries."));
    if (edit.replacements.size() > 1)
        plan.notes.append(tr("TELEMETRY is written %1 times in %2; Directus uses the last one. Every "
                             "occurrence is changed, so the file does not contradict itself.")
                              .arg(edit.replacements.size())
                              .arg(plan.targetFile));

    // Safety net: read the result as Directus would and insist that only TELEMETRY differs.
    const auto before = readMembers(format, plan.before);
    const auto after = readMembers(format, plan.after);
    bool verified = before && after && without(*before, TelemetryKey) == without(*after, TelemetryKey);
    if (verified) {
        const auto found = std::find_if(after->cbegin(), after->cend(), [](const JsValue::Member &member) {
            return member.first == TelemetryKey;
        });
        verified = found != after->cend()
            && EnvCaster::toBoolean(EnvCaster::cast(found->second, TelemetryKey)) == enable;
    }
    if (!verified) {
        plan.error = tr("The edit of %1 would change more than TELEMETRY when Directus reads the file, so "
                        "nothing was changed. Set TELEMETRY=%2 in it by hand.")
                         .arg(plan.targetFile, wanted);
        return plan;
    }
    plan.ok = true;
    return plan;
}

TelemetrySwitch::Result TelemetrySwitch::apply(const Plan &plan) const
{
    Result result;
    if (!plan.ok) {
        result.error = plan.error;
        return result;
    }
    if (plan.nothingToDo) {
        result.ok = true;
        return result;
    }
    result.writtenFile = plan.targetFile;
    result.changedLines = plan.changedLines;

    if (plan.createsFile) {
        if (QFileInfo::exists(plan.targetFile) || QFileInfo(plan.targetFile).isSymLink()) {
            result.error = tr("%1 appeared since the change was planned; nothing was changed. Run the "
                              "command again.")
                               .arg(plan.targetFile);
            return result;
        }
        if (!m_writer(plan.targetFile, plan.after, &result.error))
            return result;
        result.ok = true;
        result.changed = true;
        return result;
    }

    // The checks again: the file may have been replaced, made read-only or edited since plan().
    const Target target = resolveTarget(plan.configFile);
    if (!target.error.isEmpty() || target.path != plan.targetFile) {
        result.error = !target.error.isEmpty()
            ? target.error
            : tr("%1 now leads to %2 instead of %3; nothing was changed. Run the command again.")
                  .arg(plan.configFile, target.path, plan.targetFile);
        return result;
    }
    result.error = checkWritable(plan.targetFile);
    if (!result.error.isEmpty())
        return result;
    QFile current(plan.targetFile);
    if (!current.open(QIODevice::ReadOnly) || current.read(MaxConfigBytes + 1) != plan.before) {
        result.error = tr("%1 changed since the change was planned (someone else edited it?); nothing was "
                          "changed. Run the command again.")
                           .arg(plan.targetFile);
        return result;
    }
    current.close();

    // The backup: an exact copy, created exclusively (never overwriting an older one) and given the
    // original's permissions and owner before any byte is written, as a .env holds secrets.
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString backupPath = plan.targetFile + QStringLiteral(".backup-") + stamp;
    QFile backup(backupPath);
    for (int attempt = 2; !backup.open(QIODevice::WriteOnly | QIODevice::NewOnly); ++attempt) {
        if (!QFileInfo::exists(backupPath) || attempt > 99) {
            result.error = tr("Cannot create the backup %1: %2. Nothing was changed.")
                               .arg(backupPath, backup.errorString());
            return result;
        }
        backupPath = plan.targetFile + QStringLiteral(".backup-") + stamp + QLatin1Char('-')
            + QString::number(attempt);
        backup.setFileName(backupPath);
    }
    bool statOk = false;
    const struct stat original = statOf(plan.targetFile, &statOk);
    // The exact mode bits: QFile's permission flags would fold the inspector's own access (root's) into
    // the owner's bits.
    if (statOk && ::fchmod(backup.handle(), original.st_mode & 07777) != 0)
        qCDebug(lcOptOut) << "cannot copy the mode to the backup:" << backupPath;
    if (statOk && ::fchown(backup.handle(), original.st_uid, original.st_gid) != 0)
        qCDebug(lcOptOut) << "backup keeps the inspector's owner:" << backupPath;
    if (backup.write(plan.before) != plan.before.size() || !backup.flush()) {
        result.error = tr("Cannot write the backup %1: %2. Nothing was changed.")
                           .arg(backupPath, backup.errorString());
        backup.remove();
        return result;
    }
    backup.close();

    if (!m_writer(plan.targetFile, plan.after, &result.error)) {
        QFile::remove(backupPath); // the original is intact, so the copy is not needed
        result.error += QLatin1Char(' ') + tr("%1 was not changed.").arg(plan.targetFile);
        return result;
    }
    result.ok = true;
    result.changed = true;
    result.backupFile = backupPath;
    return result;
}

TelemetrySwitch::Writer TelemetrySwitch::atomicWriter()
{
    return [](const QString &path, const QByteArray &bytes, QString *errorMessage) {
        bool existed = false;
        const struct stat original = statOf(path, &existed);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *errorMessage = tr("Cannot write %1: %2.").arg(path, file.errorString());
            return false;
        }
        if (existed) {
            // QSaveFile writes a new file and renames it over the old one, so the new file would belong to
            // whoever runs the inspector; Directus, running as the old owner, might then not read it.
            if (::fchmod(file.handle(), original.st_mode & 07777) != 0
                || ::fchown(file.handle(), original.st_uid, original.st_gid) != 0) {
                file.cancelWriting();
                *errorMessage
                    = tr("Cannot keep the owner (user %2, group %3) and mode of %1 on the new file; "
                         "run the inspector as that user.")
                          .arg(path)
                          .arg(original.st_uid)
                          .arg(original.st_gid);
                return false;
            }
        }
        if (file.write(bytes) != bytes.size() || !file.commit()) {
            *errorMessage = tr("Cannot write %1: %2.").arg(path, file.errorString());
            return false;
        }
        return true;
    };
}

QStringList TelemetrySwitch::describe(const TelemetryGate::State &state)
{
    // The same words as `status` and the send review (GateTextFormatter), then what they mean for the switch.
    QStringList lines = GateTextFormatter::format(state).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!state.requested && state.effective) {
        if (state.reason == TelemetryGate::Reason::RequiredByCoreLicence)
            lines.append(tr("Plainly: without a licence, Directus 12.4.1 ignores TELEMETRY=false and keeps "
                            "sending reports. Only a licence that does not require telemetry lets the "
                            "opt-out take effect."));
        else
            lines.append(tr("Plainly: this licence requires telemetry, so the opt-out has no effect while it "
                            "is active."));
    }
    lines.append(restartNotice());
    return lines;
}

QString TelemetrySwitch::restartNotice()
{
    return tr("Directus reads its configuration only when it starts: restart Directus (e.g. `docker compose "
              "restart directus` or `systemctl restart directus`) for the change to apply.");
}
