#include "access/Permission.h"

#include <QCoreApplication>

namespace ud {

QList<Entity> allEntities()
{
    return {Entity::Tenants, Entity::UsageData,      Entity::ExportReports, Entity::ScheduledTasks,
            Entity::Roles,   Entity::Administrators, Entity::AuditLog,      Entity::Settings};
}

QList<Action> actionsOf(Entity entity)
{
    switch (entity) {
    case Entity::UsageData:
        return {Action::View, Action::Add, Action::Remove};
    case Entity::AuditLog:
        return {Action::View};
    case Entity::Settings:
        return {Action::View, Action::Edit};
    case Entity::Tenants:
    case Entity::ExportReports:
    case Entity::ScheduledTasks:
    case Entity::Roles:
    case Entity::Administrators:
        break;
    }
    return {Action::View, Action::Add, Action::Edit, Action::Remove};
}

bool isDefined(Permission permission)
{
    return actionsOf(permission.entity).contains(permission.action);
}

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

std::optional<Entity> entityFromId(QStringView id)
{
    for (Entity entity : allEntities()) {
        if (id.compare(entityId(entity), Qt::CaseInsensitive) == 0)
            return entity;
    }
    return std::nullopt;
}

std::optional<Action> actionFromId(QStringView id)
{
    for (Action action : {Action::View, Action::Add, Action::Edit, Action::Remove}) {
        if (id.compare(actionId(action), Qt::CaseInsensitive) == 0)
            return action;
    }
    return std::nullopt;
}

QString entityDisplayName(Entity entity)
{
    switch (entity) {
    case Entity::Tenants:
        return QCoreApplication::translate("ud::Permission", "Tenants");
    case Entity::UsageData:
        return QCoreApplication::translate("ud::Permission", "Usage Data");
    case Entity::ExportReports:
        return QCoreApplication::translate("ud::Permission", "Export Reports");
    case Entity::ScheduledTasks:
        return QCoreApplication::translate("ud::Permission", "Scheduled Task Management");
    case Entity::Roles:
        return QCoreApplication::translate("ud::Permission", "Roles");
    case Entity::Administrators:
        return QCoreApplication::translate("ud::Permission", "Administrators");
    case Entity::AuditLog:
        return QCoreApplication::translate("ud::Permission", "Audit Log");
    case Entity::Settings:
        return QCoreApplication::translate("ud::Permission", "Settings");
    }
    return {};
}

QString actionDisplayName(Action action)
{
    switch (action) {
    case Action::View:
        return QCoreApplication::translate("ud::Permission", "View");
    case Action::Add:
        return QCoreApplication::translate("ud::Permission", "Add");
    case Action::Edit:
        return QCoreApplication::translate("ud::Permission", "Edit");
    case Action::Remove:
        return QCoreApplication::translate("ud::Permission", "Remove");
    }
    return {};
}

} // namespace ud
