// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The single source for the 36 keys Directus 12.4.1 sends: their wire order, JSON type, documented category
// and a one-line description (from Directus's telemetry documentation where it has one). Models, the
// redaction schema check, exports and translations read it. It describes; it computes nothing.
class FieldCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FieldCatalog)

public:
    enum class Category {
        InstanceAndEnvironment,
        ContentAndSchemaCounts,
        UsersAndAccess,
        FeaturesInUse,
        ApiRequestVolume,
    };

    // JSON type Directus documents for the key. StringOrNull keys may also be left out entirely (project_id).
    enum class ValueType { String, Integer, Boolean, StringOrNull };

    struct Field
    {
        const char *key;
        ValueType type;
        Category category;
        const char *description; // untranslated; use FieldCatalog::description()
    };

    static const QList<Field> &fields(); // wire order
    static const Field *find(const QString &key);
    static QList<Category> categories(); // display order
    static QString categoryName(Category category); // translated, for display
    // The English name, the same in every language: for JSON (exports), which is never translated.
    static const char *categorySourceName(Category category);
    static QString description(const Field &field); // translated; field.description is the English one
    static QString typeName(ValueType type);
};
