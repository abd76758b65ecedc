// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class ProjectConfig;
class SqlSession;

// What must never appear in a report, read from the inspected instance itself: its collection and field
// names, role/policy/flow/dashboard/share/folder/file names, user emails and names, the stored AI keys and
// prompt, the secret env values and every other configured env value; plus the values the report may
// legitimately carry (PUBLIC_URL, version, client, project id). Held in memory only, never written or
// printed.
class InstanceFacts
{
    Q_DECLARE_TR_FUNCTIONS(InstanceFacts)

public:
    struct Group
    {
        QString kind; // e.g. "collection name"
        QStringList values;
    };

    // Reads what it can; what it cannot read (a missing table) is listed in unreadable().
    static InstanceFacts gather(SqlSession &session, const ProjectConfig &config);
    // Facts from the configuration only, for checks run without a database.
    static InstanceFacts fromConfig(const ProjectConfig &config);

    QList<Group> identifiers; // schema and object names
    QList<Group> people; // emails, first and last names
    QList<Group> secrets; // secret env values, stored AI keys (raw and decrypted), AI prompt, licence token
    QList<Group> environment; // every other env value set in the config file or server environment
    QString publicUrl;
    QStringList allowedValues; // exact values the report may carry: version, client name, project id
    QStringList unreadable; // "table directus_folders is missing", …

private:
    void addConfig(const ProjectConfig &config);
};
