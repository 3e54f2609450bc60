#include "access/Permission.h"

namespace ud {

QString entityId(Entity entity)
{
    switch (entity) {
    case Entity::Tenants:
        return QStringLiteral("tenants");
    case Entity::UsageData:
        return QStringLiteral("usage_data");
    case Entity::ExportReports:
        return QStringLiteral("export_reports");
    case Entity::ScheduledTasks:
        return QStringLiteral("scheduled_tasks");
    case Entity::Roles:
        return QStringLiteral("roles");
    case Entity::Administrators:
        return QStringLiteral("administrators");
    case Entity::AuditLog:
        return QStringLiteral("audit_log");
    case Entity::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

QString actionId(Action action)
{
    switch (action) {
    case Action::View:
        return QStringLiteral("view");
    case Action::Add:
        return QStringLiteral("add");
    case Action::Edit:
        return QStringLiteral("edit");
    case Action::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

QString permissionText(Permission permission)
{
    return entityId(permission.entity) + QLatin1Char(':') + actionId(permission.action);
}

} // namespace ud
