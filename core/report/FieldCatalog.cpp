// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCatalog.h"

using Category = FieldCatalog::Category;
using ValueType = FieldCatalog::ValueType;

const QList<FieldCatalog::Field> &FieldCatalog::fields()
{
    static const QList<Field> all = {
        {"url", ValueType::String, Category::InstanceAndEnvironment,
         QT_TR_NOOP("Your project's public URL (the value of PUBLIC_URL).")},
        {"version", ValueType::String, Category::InstanceAndEnvironment,
         QT_TR_NOOP("The Directus version in use.")},
        {"database", ValueType::String, Category::InstanceAndEnvironment,
         QT_TR_NOOP("The database vendor in use, not its contents or connection details.")},
        {"dashboards", ValueType::Integer, Category::FeaturesInUse,
         QT_TR_NOOP("Number of Insights dashboards.")},
        {"files", ValueType::Integer, Category::ContentAndSchemaCounts,
         QT_TR_NOOP("Number of files in the system.")},
        {"flows", ValueType::Integer, Category::FeaturesInUse, QT_TR_NOOP("Number of active flows.")},
        {"roles", ValueType::Integer, Category::UsersAndAccess, QT_TR_NOOP("Number of roles.")},
        {"shares", ValueType::Integer, Category::UsersAndAccess, QT_TR_NOOP("Number of shares.")},
        {"admin_users", ValueType::Integer, Category::UsersAndAccess,
         QT_TR_NOOP("Number of active users with admin access.")},
        {"app_users", ValueType::Integer, Category::UsersAndAccess,
         QT_TR_NOOP("Number of active users who can access the app but are not admins.")},
        {"api_users", ValueType::Integer, Category::UsersAndAccess,
         QT_TR_NOOP("Number of active users who can only access the API.")},
        {"collections", ValueType::Integer, Category::ContentAndSchemaCounts,
         QT_TR_NOOP("Number of user-created collections.")},
        {"items", ValueType::Integer, Category::ContentAndSchemaCounts,
         QT_TR_NOOP("Total number of items across all non-system collections.")},
        {"fields_max", ValueType::Integer, Category::ContentAndSchemaCounts,
         QT_TR_NOOP("The largest number of fields in any single collection.")},
        {"fields_total", ValueType::Integer, Category::ContentAndSchemaCounts,
         QT_TR_NOOP("Total number of fields across all collections.")},
        {"extensions", ValueType::Integer, Category::FeaturesInUse,
         QT_TR_NOOP("Number of enabled extensions (bundle entries counted one by one).")},
        {"database_size", ValueType::Integer, Category::InstanceAndEnvironment,
         QT_TR_NOOP("Total size of the database in bytes.")},
        {"files_size_total", ValueType::Integer, Category::InstanceAndEnvironment,
         QT_TR_NOOP("Combined size of stored files in bytes.")},
        {"websockets_enabled", ValueType::Boolean, Category::InstanceAndEnvironment,
         QT_TR_NOOP("Whether WebSockets are enabled.")},
        {"project_id", ValueType::StringOrNull, Category::InstanceAndEnvironment,
         QT_TR_NOOP(
             "A random identifier generated for your project, not derived from any personal or project "
             "data.")},
        {"mcp_enabled", ValueType::Boolean, Category::FeaturesInUse,
         QT_TR_NOOP("Whether the Model Context Protocol server is enabled in the project settings.")},
        {"mcp_allow_deletes", ValueType::Boolean, Category::FeaturesInUse,
         QT_TR_NOOP("Whether MCP clients are allowed to delete items.")},
        {"mcp_system_prompt_enabled", ValueType::Boolean, Category::FeaturesInUse,
         QT_TR_NOOP("Whether the MCP system prompt is enabled.")},
        {"visual_editor_urls", ValueType::Integer, Category::FeaturesInUse,
         QT_TR_NOOP("Number of URLs configured for the visual editor.")},
        {"ai_openai_api_key", ValueType::Boolean, Category::FeaturesInUse,
         QT_TR_NOOP("Whether an OpenAI API key is stored (the key itself is never sent).")},
        {"ai_anthropic_api_key", ValueType::Boolean, Category::FeaturesInUse,
         QT_TR_NOOP("Whether an Anthropic API key is stored (the key itself is never sent).")},
        {"ai_system_prompt", ValueType::Boolean, Category::FeaturesInUse,
         QT_TR_NOOP("Whether a custom AI system prompt is set (the prompt itself is never sent).")},
        {"collaborative_editing_enabled", ValueType::Boolean, Category::FeaturesInUse,
         QT_TR_NOOP("Whether collaborative editing is enabled.")},
        {"api_requests_get", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP("GET requests since the last report.")},
        {"api_requests_search", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP("SEARCH requests since the last report.")},
        {"api_requests_post", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP("POST requests since the last report.")},
        {"api_requests_put", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP("PUT requests since the last report.")},
        {"api_requests_patch", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP("PATCH requests since the last report.")},
        {"api_requests_delete", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP("DELETE requests since the last report.")},
        {"api_requests_cached", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP(
             "Requests answered from the response cache since the last report (already counted by method).")},
        {"api_requests", ValueType::Integer, Category::ApiRequestVolume,
         QT_TR_NOOP(
             "Total API requests since the last report (GET, SEARCH, POST, PUT, PATCH and DELETE; cache hits "
             "are not added again).")},
    };
    return all;
}

const FieldCatalog::Field *FieldCatalog::find(const QString &key)
{
    for (const Field &field : fields()) {
        if (key == QLatin1String(field.key))
            return &field;
    }
    return nullptr;
}

QList<FieldCatalog::Category> FieldCatalog::categories()
{
    return {Category::InstanceAndEnvironment, Category::ContentAndSchemaCounts, Category::UsersAndAccess,
            Category::FeaturesInUse, Category::ApiRequestVolume};
}

const char *FieldCatalog::categorySourceName(Category category)
{
    switch (category) {
    case Category::InstanceAndEnvironment:
        return QT_TR_NOOP("Instance and Environment");
    case Category::ContentAndSchemaCounts:
        return QT_TR_NOOP("Content and Schema Counts");
    case Category::UsersAndAccess:
        return QT_TR_NOOP("Users and Access");
    case Category::FeaturesInUse:
        return QT_TR_NOOP("Features in Use");
    case Category::ApiRequestVolume:
        return QT_TR_NOOP("API Request Volume");
    }
    return "";
}

QString FieldCatalog::categoryName(Category category)
{
    return tr(categorySourceName(category));
}

QString FieldCatalog::description(const Field &field)
{
    return tr(field.description);
}

QString FieldCatalog::typeName(ValueType type)
{
    switch (type) {
    case ValueType::String:
        return QStringLiteral("string");
    case ValueType::Integer:
        return QStringLiteral("integer");
    case ValueType::Boolean:
        return QStringLiteral("boolean");
    case ValueType::StringOrNull:
        return QStringLiteral("string or null");
    }
    return QString();
}
