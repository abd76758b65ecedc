// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsValue.h"

#include <QString>

// One computed report value with what a reviewer needs to trust it: where it came from and how exact it is.
struct ReportField
{
    enum class Exactness {
        Exact, // what Directus computes from the same inputs
        Estimate, // a cheap guess shown while the exact value is computed; never sent
        Approximate, // computed without something Directus has (e.g. no SECRET, or a tolerant fallback)
        Unknown, // lives only in the server (request counters); the value shown is a placeholder
    };

    QString key;
    JsValue value; // undefined: the key is left out of the wire bytes (project_id with no settings row)
    QString provenance; // e.g. "directus_users.status, directus_access, directus_policies"
    Exactness exactness = Exactness::Exact;
    QString note; // why it is not exact, or what is special about it

    static QString exactnessName(Exactness exactness);
};
