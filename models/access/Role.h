#pragma once

#include "access/GrantSet.h"

#include <QList>
#include <QString>

namespace ud {

enum class BuiltInRole
{
    None,
    SuperAdministrator,
    Auditor
};

// A role (access.md): built-in or custom, its grants, and which roles its
// holders may manage (all, or a list).
struct Role
{
    qint64 id = 0;
    QString name;
    QString description;
    BuiltInRole builtIn = BuiltInRole::None;
    bool manageAll = false;
    GrantSet grants;
    QList<qint64> managedRoleIds;
    int administratorCount = 0; // filled by RoleStore's reads

    bool isBuiltIn() const { return builtIn != BuiltInRole::None; }
};

} // namespace ud
