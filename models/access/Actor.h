#pragma once

#include "access/Role.h"

namespace ud {

// The signed-in administrator on whose behalf an action runs, with the role
// as it was read at sign-in.
struct Actor
{
    qint64 adminId = 0;
    QString userName;
    Role role;

    bool isSuperAdministrator() const { return role.builtIn == BuiltInRole::SuperAdministrator; }
    bool can(Permission permission) const { return role.grants.has(permission); }
    bool managesAllRoles() const { return isSuperAdministrator() || role.manageAll; }
    bool manages(qint64 roleId) const
    {
        return managesAllRoles() || role.managedRoleIds.contains(roleId);
    }
};

} // namespace ud
