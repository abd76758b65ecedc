// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserCounts.h"

#include "db/SqlSession.h"
#include "report/Report.h"

#include <QSet>

namespace {
// Driver values Directus treats as a set flag: true, 1, "1", "true". NULL from the LEFT JOIN is false.
bool isTruthyFlag(const QVariant &value)
{
    const JsValue js = SqlSession::toJsValue(value);
    if (js.isBool())
        return js.toBool();
    if (js.isNumber())
        return js.toNumber() == 1;
    if (js.isString())
        return js.toString() == QLatin1String("1") || js.toString() == QLatin1String("true");
    return false;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList toBindings(const QList<QString> &values)
{
    QVariantList bindings;
    for (const QString &value : values)
        bindings.append(value);
    return bindings;
}

// Keeps insertion order like a JS Set, so generated SQL is stable.
class OrderedSet
{
public:
    bool insert(const QString &value)
    {
        if (m_index.contains(value))
            return false;
        m_index.insert(value);
        m_values.append(value);
        return true;
    }
    bool contains(const QString &value) const { return m_index.contains(value); }
    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype size() const { return m_values.size(); }
    const QList<QString> &values() const { return m_values; }

private:
    QSet<QString> m_index;
    QList<QString> m_values;
};
// A role id as a case-insensitive, trailing-space-ignoring collation compares it.
QString collationFolded(const QString &value)
{
    qsizetype end = value.size();
    while (end > 0 && value.at(end - 1) == QLatin1Char(' '))
        --end;
    return value.left(end).toCaseFolded();
}
} // namespace

QString UserCounts::title() const
{
    return tr("Counting users by access level");
}

void UserCounts::collect(CollectorContext &context, Report &report) const
{
    SqlSession &session = context.session;
    const Dialect &dialect = session.dialect();
    const auto q = [&](const char *name) { return dialect.quoteIdentifier(QLatin1String(name)); };

    const QStringList missingUsers = missingTables(session, {QStringLiteral("directus_users")});
    if (!missingUsers.isEmpty()) {
        for (const char *key : {"admin_users", "app_users", "api_users"})
            report.setValue(QLatin1String(key), JsValue(0), QStringLiteral("directus_users"));
        markDirectusWouldFail(
            report, {QStringLiteral("admin_users"), QStringLiteral("app_users"), QStringLiteral("api_users")},
            tr("table directus_users is missing"));
        return;
    }
    const QStringList missingAccess
        = missingTables(session, {QStringLiteral("directus_access"), QStringLiteral("directus_policies")});
    if (!missingAccess.isEmpty()) {
        collectDirectus10(
            context, report,
            tr("table %1 is missing (a Directus 10 schema?)").arg(missingAccess.join(QStringLiteral(", "))));
        return;
    }

    // Step 1: access rows
    const auto accessRows = session.rows(
        QStringLiteral(
            "select a.%1, a.%2, p.%3, p.%4, u.%5 as %6, u.%1 as %7 from %8 a left join %9 p on a.%10 = "
            "p.%11 left join %12 u on a.%2 = u.%11")
            .arg(q("role"), q("user"), q("app_access"), q("admin_access"), q("status"), q("user_status"),
                 q("user_role"), q("directus_access"), q("directus_policies"))
            .arg(q("policy"), q("id"), q("directus_users")));
    OrderedSet directAdminRoles, directAppRoles, adminUsers;
    struct AccessRow
    {
        QVariant role, user;
        bool app = false, admin = false;
        QVariant status, userRole;
    };
    QList<AccessRow> access;
    for (const QVariantList &row : accessRows) {
        AccessRow a {row.value(0), row.value(1), isTruthyFlag(row.value(2)), isTruthyFlag(row.value(3)),
                     row.value(4), row.value(5)};
        access.append(a);
        if (!a.role.isNull() && a.admin)
            directAdminRoles.insert(a.role.toString());
        if (!a.role.isNull() && !a.admin && a.app)
            directAppRoles.insert(a.role.toString());
        // The status check is done in code, exact and case-sensitive.
        if (!a.user.isNull() && a.admin && a.status.toString() == QLatin1String("active")
            && !a.status.isNull())
            adminUsers.insert(a.user.toString());
    }

    // Step 2: role inheritance, in the order the database returns the rows (no ORDER BY, on purpose).
    OrderedSet adminRoles = directAdminRoles, appRoles = directAppRoles;
    const bool hasParent = session.hasColumn(QStringLiteral("directus_roles"), QStringLiteral("parent"));
    if (hasParent) {
        const auto childRows = session.rows(QStringLiteral("select %1, %2 from %3 where %2 is not null")
                                                .arg(q("id"), q("parent"), q("directus_roles")));
        QList<QPair<QString, QString>> pending;
        for (const QVariantList &row : childRows)
            pending.append({row.value(0).toString(), row.value(1).toString()});
        bool changed = true;
        while (changed) {
            changed = false;
            for (qsizetype i = 0; i < pending.size();) {
                const auto &[id, parent] = pending.at(i);
                bool matched = false;
                if (adminRoles.contains(parent)) {
                    adminRoles.insert(id);
                    matched = true;
                }
                if (appRoles.contains(parent)) {
                    appRoles.insert(id);
                    matched = true;
                }
                if (matched) {
                    pending.removeAt(i);
                    changed = true;
                } else {
                    ++i;
                }
            }
        }
    }

    // Step 4: app users with a direct policy (checked against the direct admin roles, not the inherited ones)
    OrderedSet appUsers;
    for (const AccessRow &a : access) {
        if (a.user.isNull() || a.admin || !a.app || a.status.isNull()
            || a.status.toString() != QLatin1String("active"))
            continue;
        if (adminUsers.contains(a.user.toString()))
            continue;
        if (!a.userRole.isNull() && directAdminRoles.contains(a.userRole.toString()))
            continue;
        appUsers.insert(a.user.toString());
    }

    // Steps 3, 5 and 6 are three counts over the active users. Directus runs three statements; one scan with
    // a conditional sum per count gives the same numbers (a predicate that is unknown for NULLs counts 0 in
    // both forms) and reads directus_users once instead of three times.
    QVariantList bindings;
    QString adminPredicate = QStringLiteral("0 = 1"); // step 3 is skipped without admin roles
    if (!adminRoles.isEmpty()) {
        adminPredicate = QStringLiteral("1 = 1");
        if (!adminUsers.isEmpty()) {
            adminPredicate
                += QStringLiteral(" and %1 not in (%2)").arg(q("id"), placeholders(adminUsers.size()));
            bindings += toBindings(adminUsers.values());
        }
        adminPredicate += QStringLiteral(" and %1 in (%2)").arg(q("role"), placeholders(adminRoles.size()));
        bindings += toBindings(adminRoles.values());
    }
    // Step 5: app users through roles; |U_app| is added even when the query is skipped.
    // "role not in (admin roles) and role in (app roles)" is "role in (app roles minus admin roles)": one
    // lookup per user instead of two, which is most of this scan's cost. That is exactly the same only while
    // no app role equals an admin role the way a case-insensitive or space-padding collation (MySQL) sees it
    // but plain string comparison does not; then the two lookups stay.
    OrderedSet appOnlyRoles;
    bool differenceIsExact = true;
    QSet<QString> foldedAdminRoles;
    for (const QString &role : adminRoles.values())
        foldedAdminRoles.insert(collationFolded(role));
    for (const QString &role : appRoles.values()) {
        if (adminRoles.contains(role))
            continue;
        if (foldedAdminRoles.contains(collationFolded(role)))
            differenceIsExact = false;
        appOnlyRoles.insert(role);
    }
    QString appPredicate = QStringLiteral("0 = 1");
    if (!appOnlyRoles.isEmpty()) {
        appPredicate = QStringLiteral("1 = 1");
        OrderedSet excludedUsers = appUsers;
        for (const QString &user : adminUsers.values())
            excludedUsers.insert(user);
        if (!excludedUsers.isEmpty()) {
            appPredicate
                += QStringLiteral(" and %1 not in (%2)").arg(q("id"), placeholders(excludedUsers.size()));
            bindings += toBindings(excludedUsers.values());
        }
        if (!differenceIsExact) {
            appPredicate
                += QStringLiteral(" and %1 not in (%2)").arg(q("role"), placeholders(adminRoles.size()));
            bindings += toBindings(adminRoles.values());
            appOnlyRoles = appRoles;
        }
        appPredicate += QStringLiteral(" and %1 in (%2)").arg(q("role"), placeholders(appOnlyRoles.size()));
        bindings += toBindings(appOnlyRoles.values());
    }
    const QList<QVariantList> counted = session.rows(
        QStringLiteral("select sum(case when %1 then 1 else 0 end), sum(case when %2 then 1 else 0 end), "
                       "count(*) from %3 where %4 = 'active'")
            .arg(adminPredicate, appPredicate, q("directus_users"), q("status")),
        bindings);
    const QVariantList totals = counted.value(0);
    const qint64 admins = SqlSession::toCount(totals.value(0)) + adminUsers.size();
    const qint64 apps = SqlSession::toCount(totals.value(1)) + appUsers.size();
    // Step 6: everyone else active is an API user; the overlap of steps 3 and 4 is absorbed here.
    const qint64 all = SqlSession::toCount(totals.value(2));
    const qint64 apis = std::max<qint64>(0, all - admins - apps);

    const QString provenance = QStringLiteral(
        "directus_users (active), directus_access, directus_policies, directus_roles.parent");
    report.setValue(QStringLiteral("admin_users"), JsValue(admins), provenance);
    report.setValue(QStringLiteral("app_users"), JsValue(apps), provenance);
    report.setValue(QStringLiteral("api_users"), JsValue(apis), provenance);
    if (!hasParent) {
        markDirectusWouldFail(
            report, {QStringLiteral("admin_users"), QStringLiteral("app_users"), QStringLiteral("api_users")},
            tr("column directus_roles.parent is missing; roles inherit nothing"));
    }
    if (admins + apps > all) {
        ReportField field = *report.field(QStringLiteral("api_users"));
        field.note = tr("%1 active users are counted as %2 admin and app seats: Directus counts a user with "
                        "a direct "
                        "app policy and an inherited admin role twice; max(0, …) hides the overlap here")
                         .arg(all)
                         .arg(admins + apps);
        report.setField(field);
    }
}

void UserCounts::collectDirectus10(CollectorContext &context, Report &report, const QString &reason) const
{
    SqlSession &session = context.session;
    const Dialect &dialect = session.dialect();
    const auto q = [&](const char *name) { return dialect.quoteIdentifier(QLatin1String(name)); };
    qint64 admins = 0, apps = 0, apis = 0;
    const bool rolesHaveFlags
        = session.hasColumn(QStringLiteral("directus_roles"), QStringLiteral("admin_access"))
        && session.hasColumn(QStringLiteral("directus_roles"), QStringLiteral("app_access"));
    if (rolesHaveFlags) {
        const auto groups = session.rows(
            QStringLiteral(
                "select count(u.%1), r.%2, r.%3 from %4 u left join %5 r on u.%6 = r.%1 where u.%7 = "
                "'active' group by r.%2, r.%3")
                .arg(q("id"), q("admin_access"), q("app_access"), q("directus_users"), q("directus_roles"),
                     q("role"), q("status")));
        for (const QVariantList &group : groups) {
            const qint64 count = SqlSession::toCount(group.value(0));
            if (SqlSession::toJsValue(group.value(1)).isTruthy())
                admins += count;
            else if (SqlSession::toJsValue(group.value(2)).isTruthy())
                apps += count;
            else
                apis += count;
        }
    } else {
        apis
            = SqlSession::toCount(session.scalar(QStringLiteral("select count(*) from %1 where %2 = 'active'")
                                                     .arg(q("directus_users"), q("status"))));
    }
    const QString provenance
        = QStringLiteral("directus_users joined with directus_roles (Directus 10 rules)");
    report.setValue(QStringLiteral("admin_users"), JsValue(admins), provenance);
    report.setValue(QStringLiteral("app_users"), JsValue(apps), provenance);
    report.setValue(QStringLiteral("api_users"), JsValue(apis), provenance);
    markDirectusWouldFail(
        report, {QStringLiteral("admin_users"), QStringLiteral("app_users"), QStringLiteral("api_users")},
        reason);
}
