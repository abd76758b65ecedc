// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactionChecker.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"
#include "redaction/RedactionMask.h"
#include "report/FieldCatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace {
// A string of the payload that could carry something it should not, with where it sits.
struct Haystack
{
    QString where; // "value of url", "key \"x\""
    QString text;
    QString folded; // case-folded for matching
};

struct Payload
{
    bool valid = false;
    JsValue value;
    QList<Haystack> haystacks;
};

void collectStrings(const JsValue &value, const QString &where, QList<Haystack> &out)
{
    if (value.isString()) {
        out.append({where, value.toString(), value.toString().toCaseFolded()});
    } else if (value.isArray()) {
        for (qsizetype i = 0; i < value.elements().size(); ++i)
            collectStrings(value.elements().at(i), QStringLiteral("%1[%2]").arg(where).arg(i), out);
    } else if (value.isObject()) {
        for (const auto &member : value.members()) {
            out.append({QStringLiteral("key \"%1\" in %2").arg(RedactionMask::mask(member.first), where),
                        member.first, member.first.toCaseFolded()});
            collectStrings(member.second, where + QLatin1Char('.') + member.first, out);
        }
    }
}

Payload readPayload(const QByteArray &bytes, const InstanceFacts *facts)
{
    Payload payload;
    const auto parsed = JsonReader::parseUtf8(bytes);
    if (!parsed.ok || !parsed.value.isObject()) {
        const QString text = QString::fromUtf8(bytes);
        payload.haystacks.append({QStringLiteral("the payload text"), text, text.toCaseFolded()});
        return payload;
    }
    payload.valid = true;
    payload.value = parsed.value;
    for (const auto &member : parsed.value.members()) {
        const QString &key = member.first;
        const JsValue &value = member.second;
        if (!FieldCatalog::find(key)) {
            payload.haystacks.append({QStringLiteral("an unknown key"), key, key.toCaseFolded()});
        }
        // Documented values that hold exactly what Directus legitimately sends are not searched.
        if (facts && value.isString()) {
            const QString text = value.toString();
            if (key == QLatin1String("url") && text == facts->publicUrl)
                continue;
            if ((key == QLatin1String("version") || key == QLatin1String("database")
                 || key == QLatin1String("project_id"))
                && facts->allowedValues.contains(text))
                continue;
        }
        collectStrings(value, QStringLiteral("value of %1").arg(key), payload.haystacks);
    }
    return payload;
}

bool isMeaningfulNeedle(const QString &needle)
{
    if (needle.trimmed().size() < RedactionChecker::MinimumNeedleLength)
        return false;
    static const QRegularExpression digits(QStringLiteral("^[0-9.,+-]+$"));
    if (digits.match(needle).hasMatch())
        return false;
    static const QSet<QString> literals
        = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null")};
    return !literals.contains(needle.toCaseFolded());
}

QString ruleText()
{
    return RedactionChecker::tr(
               "case-insensitive, in decoded JSON strings; values shorter than %1 characters, "
               "only digits, or true/false/null are not searched")
        .arg(RedactionChecker::MinimumNeedleLength);
}

// Searches each group's values in the haystacks; returns the verdict for one named check.
RedactionVerdict searchGroups(const QString &id, const QString &title,
                              const QList<InstanceFacts::Group> &groups, const QList<Haystack> &haystacks,
                              const QStringList &unreadable)
{
    RedactionVerdict verdict;
    verdict.id = id;
    verdict.title = title;
    if (groups.isEmpty()) {
        verdict.status = RedactionVerdict::Status::CouldNotCheck;
        verdict.summary = RedactionChecker::tr("nothing to compare with: %1")
                              .arg(unreadable.isEmpty() ? RedactionChecker::tr("no values were read")
                                                        : unreadable.join(QStringLiteral(", ")));
        return verdict;
    }
    QStringList counts;
    int found = 0;
    for (const InstanceFacts::Group &group : groups) {
        int searched = 0;
        for (const QString &needle : group.values) {
            if (!isMeaningfulNeedle(needle))
                continue;
            ++searched;
            const QString folded = needle.toCaseFolded();
            for (const Haystack &haystack : haystacks) {
                if (haystack.folded.contains(folded)) {
                    ++found;
                    verdict.findings.append(
                        RedactionChecker::tr("a %1 (%2) appears in %3")
                            .arg(group.kind, RedactionMask::mask(needle), haystack.where));
                }
            }
        }
        counts.append(QStringLiteral("%1 × %2").arg(searched).arg(group.kind));
    }
    verdict.status = found > 0 ? RedactionVerdict::Status::Fail : RedactionVerdict::Status::Pass;
    verdict.summary
        = RedactionChecker::tr("checked %1; %2 found (%3)")
              .arg(counts.isEmpty() ? RedactionChecker::tr("nothing") : counts.join(QStringLiteral(", ")))
              .arg(found)
              .arg(ruleText());
    if (!unreadable.isEmpty())
        verdict.summary += RedactionChecker::tr(". Not readable, so not checked: %1")
                               .arg(unreadable.join(QStringLiteral(", ")));
    return verdict;
}

double entropyPerCharacter(const QString &text)
{
    QHash<QChar, int> counts;
    for (QChar c : text)
        ++counts[c];
    double entropy = 0;
    for (int count : counts) {
        const double p = double(count) / text.size();
        entropy -= p * std::log2(p);
    }
    return entropy;
}
} // namespace

RedactionVerdict RedactionChecker::checkSchema(const QByteArray &bytes)
{
    RedactionVerdict verdict;
    verdict.id = QStringLiteral("schema");
    verdict.title = tr("Only documented keys, each of its documented type");
    const auto parsed = JsonReader::parseUtf8(bytes);
    if (!parsed.ok || !parsed.value.isObject()) {
        verdict.status = RedactionVerdict::Status::Fail;
        verdict.summary = parsed.ok ? tr("the payload is not a JSON object")
                                    : tr("the payload is not valid JSON: %1").arg(parsed.error);
        return verdict;
    }
    const JsValue object = parsed.value;
    for (const auto &member : object.members()) {
        const FieldCatalog::Field *field = FieldCatalog::find(member.first);
        const JsValue &value = member.second;
        if (!field) {
            verdict.findings.append(
                tr("unknown key %1 (%2)").arg(RedactionMask::mask(member.first), value.jsonTypeName()));
            continue;
        }
        bool ok = false;
        switch (field->type) {
        case FieldCatalog::ValueType::String:
            ok = value.isString();
            break;
        case FieldCatalog::ValueType::StringOrNull:
            ok = value.isString() || value.isNull();
            break;
        case FieldCatalog::ValueType::Boolean:
            ok = value.isBool();
            break;
        case FieldCatalog::ValueType::Integer:
            ok = value.isNumber() && std::isfinite(value.toNumber()) && value.toNumber() >= 0
                && std::floor(value.toNumber()) == value.toNumber();
            break;
        }
        if (!ok) {
            const QString shown = value.isString() ? RedactionMask::mask(value.toString())
                                                   : QString::fromUtf8(JsonWriter::stringify(value)).left(20);
            verdict.findings.append(
                tr("%1 should be %2 but is %3 %4")
                    .arg(member.first, FieldCatalog::typeName(field->type), value.jsonTypeName(), shown));
        }
    }
    for (const FieldCatalog::Field &field : FieldCatalog::fields()) {
        const QString key = QLatin1String(field.key);
        // project_id is the one key Directus leaves out (no settings row).
        if (!object.hasMember(key) && field.type != FieldCatalog::ValueType::StringOrNull)
            verdict.findings.append(tr("documented key %1 is missing").arg(key));
    }
    verdict.status
        = verdict.findings.isEmpty() ? RedactionVerdict::Status::Pass : RedactionVerdict::Status::Fail;
    verdict.summary = tr("checked %1 keys against the %2 documented keys and their types; %3 finding(s)")
                          .arg(object.members().size())
                          .arg(FieldCatalog::fields().size())
                          .arg(verdict.findings.size());
    return verdict;
}

RedactionVerdicts RedactionChecker::check(const QByteArray &bytes, const InstanceFacts &facts)
{
    RedactionVerdicts verdicts;
    verdicts.append(checkSchema(bytes));
    const Payload payload = readPayload(bytes, &facts);

    verdicts.append(searchGroups(QStringLiteral("identifiers"), tr("No names from the database"),
                                 facts.identifiers, payload.haystacks, facts.unreadable));
    verdicts.append(searchGroups(QStringLiteral("people"), tr("No user emails or names"), facts.people,
                                 payload.haystacks,
                                 facts.people.isEmpty() ? facts.unreadable : QStringList()));

    // Secrets: the known values, then anything shaped like a credential.
    RedactionVerdict secrets
        = searchGroups(QStringLiteral("secrets"), tr("No secrets, keys, tokens or prompts"), facts.secrets,
                       payload.haystacks, {});
    static const QRegularExpression openAiKey(QStringLiteral("sk-[A-Za-z0-9_-]{8,}"));
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/=_-]{24,}"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    int shaped = 0;
    for (const Haystack &haystack : payload.haystacks) {
        const auto flag = [&](const QString &what, const QString &match) {
            ++shaped;
            secrets.findings.append(
                tr("%1 (%2) in %3").arg(what, RedactionMask::mask(match), haystack.where));
        };
        if (const auto m = openAiKey.match(haystack.text); m.hasMatch()) {
            flag(tr("an API-key-shaped string"), m.captured());
            continue;
        }
        if (const auto m = jwt.match(haystack.text); m.hasMatch()) {
            flag(tr("a JWT-shaped string"), m.captured());
            continue;
        }
        auto tokens = token.globalMatch(haystack.text);
        while (tokens.hasNext()) {
            const QString candidate = tokens.next().captured();
            const bool hasDigit = candidate.contains(QRegularExpression(QStringLiteral("[0-9]")));
            const bool hasLetter = candidate.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
            if (hasDigit && hasLetter && entropyPerCharacter(candidate) >= 3.5
                && !uuid.match(candidate).hasMatch()) {
                flag(tr("a long high-entropy token"), candidate);
                break;
            }
        }
    }
    if (shaped > 0)
        secrets.status = RedactionVerdict::Status::Fail;
    secrets.summary
        += tr("; credential shapes searched: sk-…, JWT, tokens of 24+ characters with ≥ 3.5 bits of "
              "entropy per character (UUIDs excepted): %1 found")
               .arg(shaped);
    verdicts.append(secrets);

    // URLs: only PUBLIC_URL's host may appear.
    RedactionVerdict urls;
    urls.id = QStringLiteral("urls");
    urls.title = tr("No URL but PUBLIC_URL");
    const QString allowedHost = QUrl(facts.publicUrl).host().toCaseFolded();
    static const QRegularExpression urlPattern(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"'<>]+"));
    int urlCount = 0;
    const Payload unexempted = readPayload(bytes, nullptr);
    for (const Haystack &haystack : unexempted.haystacks) {
        auto matches = urlPattern.globalMatch(haystack.text);
        while (matches.hasNext()) {
            const QString found = matches.next().captured();
            ++urlCount;
            const QString host = QUrl(found).host().toCaseFolded();
            if (host.isEmpty() || host != allowedHost)
                urls.findings.append(
                    tr("a URL with host %1 in %2").arg(host.isEmpty() ? tr("(none)") : host, haystack.where));
        }
    }
    urls.status = urls.findings.isEmpty() ? RedactionVerdict::Status::Pass : RedactionVerdict::Status::Fail;
    urls.summary = tr("found %1 URL(s); allowed host: %2 (from PUBLIC_URL)")
                       .arg(urlCount)
                       .arg(allowedHost.isEmpty() ? tr("none, PUBLIC_URL has no host") : allowedHost);
    verdicts.append(urls);

    verdicts.append(searchGroups(QStringLiteral("environment"), tr("No other configuration values"),
                                 facts.environment, payload.haystacks, {}));
    return verdicts;
}

bool RedactionChecker::allPassed(const RedactionVerdicts &verdicts)
{
    for (const RedactionVerdict &verdict : verdicts) {
        if (verdict.status != RedactionVerdict::Status::Pass)
            return false;
    }
    return true;
}

bool RedactionChecker::anyFailed(const RedactionVerdicts &verdicts)
{
    for (const RedactionVerdict &verdict : verdicts) {
        if (verdict.status == RedactionVerdict::Status::Fail)
            return true;
    }
    return false;
}
