#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "access/Administrator.h"
#include "access/Role.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <optional>

namespace ud {

class Transaction;

// A role as the Add Role / Edit Role page and `role add|edit` give it.
struct RoleDraft
{
    QString name;
    QString description;
    bool manageAll = false;
    GrantSet grants;
    QList<qint64> managedRoleIds;
};

struct AdministratorDraft
{
    QString userName;
    QString displayName;
    QString email;
    qint64 roleId = 0;
    bool enabled = true;
};

// What `admin edit` or the Edit Administrator dialog changes; unset fields stay.
struct AdministratorChange
{
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<qint64> roleId;
    std::optional<bool> enabled;
};

// Roles and administrators under the rules of access.md, for both faces.
// Every operation checks the actor's grants through the AccessGate, then
// the rules (nobody grants what they do not hold; nobody changes their own
// role; manage sets; the last enabled Super Administrator; built-in roles;
// assigned roles), in one transaction with its audit line. A refusal changes
// nothing and is audited. Errors: BadInput for invalid fields, NotFound for
// unknown roles or administrators, NotPermitted for refusals.
class AdministrationService
{
public:
    AdministrationService(const Connection &connection, Actor actor, Clock clock);

    Result<QList<Role>> roles() const;
    Result<QList<Administrator>> administrators() const;
    // The roles the actor may assign to administrators (its manage set).
    Result<QList<Role>> assignableRoles() const;
    Result<Role> roleByName(const QString &name) const;
    Result<Administrator> administratorByUserName(const QString &userName) const;

    Result<qint64> addRole(const RoleDraft &draft);
    Status editRole(qint64 roleId, const RoleDraft &draft);
    Status deleteRole(qint64 roleId);

    Result<qint64> addAdministrator(const AdministratorDraft &draft, const QString &password);
    Status editAdministrator(qint64 adminId, const AdministratorChange &change);
    Status resetPassword(qint64 adminId, const QString &newPassword);
    Status deleteAdministrator(qint64 adminId);

    const Actor &actor() const { return m_actor; }
    // For running the same service on a worker thread's own connection.
    const DatabaseTarget &target() const { return m_connection.target(); }
    const Clock &clock() const { return m_clock; }

private:
    Status authorize(Permission permission, const QString &action, const QString &object) const;
    Result<RoleDraft> validated(const RoleDraft &draft, std::optional<qint64> existingId) const;
    Status checkRoleCeiling(const RoleDraft &draft, const QString &action) const;
    // The administrator `adminId`, once the actor holds `permission` and may
    // touch them (manage set, and no stronger role than the actor's own).
    Result<Administrator> loadManagedAdministrator(qint64 adminId, Permission permission,
                                                   const QString &action) const;
    Status checkNotLastSuperAdministrator(const Administrator &target) const;
    Status commitWithAudit(Transaction &transaction, const QString &action, const QString &object,
                           const QString &detail) const;

    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
    AccessGate m_gate;
};

} // namespace ud
