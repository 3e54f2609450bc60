#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace ud {

// The system entities and actions of access.md.
enum class Entity
{
    Tenants,
    UsageData,
    ExportReports,
    ScheduledTasks,
    Roles,
    Administrators,
    AuditLog,
    Settings
};
enum class Action
{
    View,
    Add,
    Edit,
    Remove
};

struct Permission
{
    Entity entity;
    Action action;
    friend bool operator==(const Permission &, const Permission &) = default;
};

QList<Entity> allEntities();
// The actions an entity has (usage_data has no edit, audit_log only view...).
QList<Action> actionsOf(Entity entity);
bool isDefined(Permission permission);

QString entityId(Entity entity);               // "tenants", "usage_data", ...
QString actionId(Action action);               // "view", "add", ...
QString permissionText(Permission permission); // "tenants:view"
std::optional<Entity> entityFromId(QStringView id);
std::optional<Action> actionFromId(QStringView id);

// Translated names as the Roles pages show them ("Export Reports").
QString entityDisplayName(Entity entity);
QString actionDisplayName(Action action);

} // namespace ud
