#pragma once

#include <QString>

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

QString entityId(Entity entity);               // "tenants", "usage_data", ...
QString actionId(Action action);               // "view", "add", ...
QString permissionText(Permission permission); // "tenants:view"

} // namespace ud
