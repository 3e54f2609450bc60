#include "access/AdministrationService.h"

#include "access/AdministratorStore.h"
#include "access/AuditLog.h"
#include "access/PasswordHasher.h"
#include "access/RoleStore.h"
#include "core/FieldRules.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::AdministrationService", text);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// The audit detail of a role change.
QString describeGrants(const Role &role)
{
    return QCoreApplication::translate("ud::AdministrationService",
                                       "grants: %1; manage all roles: %2")
        .arg(role.grants.toText().join(QLatin1Char(' ')), yesNo(role.manageAll));
}

} // namespace

AdministrationService::AdministrationService(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_gate(connection, m_clock)
{}

Status AdministrationService::authorize(Permission permission, const QString &action,
                                        const QString &object) const
{
    return m_gate.require(m_actor, permission, action, object);
}

Status AdministrationService::commitWithAudit(Transaction &transaction, const QString &action,
                                              const QString &object, const QString &detail) const
{
    return m_gate.commitAudited(transaction, m_actor, action, object, detail);
}

Result<QList<Role>> AdministrationService::roles() const
{
    if (const Status allowed =
            authorize({Entity::Roles, Action::View}, QStringLiteral("list roles"), QString());
        !allowed)
        return allowed.error();
    return RoleStore(m_connection).list();
}

Result<QList<Administrator>> AdministrationService::administrators() const
{
    if (const Status allowed = authorize({Entity::Administrators, Action::View},
                                         QStringLiteral("list administrators"), QString());
        !allowed)
        return allowed.error();
    return AdministratorStore(m_connection).list();
}

Result<QList<Role>> AdministrationService::assignableRoles() const
{
    // Any role the actor manages whose grants the actor holds itself: handing
    // out a stronger role would grant what the actor does not hold.
    const auto all = RoleStore(m_connection).list();
    if (!all)
        return all.error();
    QList<Role> assignable;
    for (const Role &role : *all) {
        if (m_actor.isSuperAdministrator() ||
            (m_actor.manages(role.id) && role.grants.isSubsetOf(m_actor.role.grants) &&
             role.builtIn != BuiltInRole::SuperAdministrator))
            assignable.append(role);
    }
    return assignable;
}

Result<Role> AdministrationService::roleByName(const QString &name) const
{
    const auto found = RoleStore(m_connection).findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("there is no role named \"%1\"").arg(name.trimmed()));
    return **found;
}

Result<Administrator> AdministrationService::administratorByUserName(const QString &userName) const
{
    const auto found = AdministratorStore(m_connection).findByUserName(userName);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("there is no administrator \"%1\"").arg(userName.trimmed()));
    return **found;
}

Result<RoleDraft> AdministrationService::validated(const RoleDraft &draft,
                                                   std::optional<qint64> existingId) const
{
    RoleDraft clean = draft;
    const auto name = validateName(tr("name"), draft.name);
    if (!name)
        return name.error();
    clean.name = *name;
    const auto description = validateDescription(tr("description"), draft.description);
    if (!description)
        return description.error();
    clean.description = *description;

    const RoleStore store(m_connection);
    const auto sameName = store.findByName(clean.name);
    if (!sameName)
        return sameName.error();
    if (sameName->has_value() && (*sameName)->id != existingId.value_or(0))
        return Error::badInput(tr("name: a role named \"%1\" already exists").arg(clean.name));

    if (clean.manageAll)
        clean.managedRoleIds.clear();
    for (qint64 id : std::as_const(clean.managedRoleIds)) {
        const auto managed = store.findById(id);
        if (!managed)
            return managed.error();
        if (!managed->has_value())
            return Error::notFound(tr("roles to manage: role %1 does not exist").arg(id));
    }
    return clean;
}

Status AdministrationService::checkRoleCeiling(const RoleDraft &draft, const QString &action) const
{
    if (m_actor.isSuperAdministrator())
        return {};
    QStringList beyond;
    for (const Permission &permission : draft.grants.permissions()) {
        if (!m_actor.can(permission))
            beyond << permissionText(permission);
    }
    if (!beyond.isEmpty())
        return m_gate.refuse(m_actor, action, draft.name,
                             tr("you cannot grant %1, which your own role does not hold")
                                 .arg(beyond.join(QStringLiteral(", "))));
    if (draft.manageAll && !m_actor.managesAllRoles())
        return m_gate.refuse(m_actor, action, draft.name,
                             tr("you cannot grant Manage All Roles, which your own role does not "
                                "hold"));
    for (qint64 id : draft.managedRoleIds) {
        if (!m_actor.manages(id))
            return m_gate.refuse(m_actor, action, draft.name,
                                 tr("you cannot let a role manage a role you do not manage"));
    }
    return {};
}

Result<qint64> AdministrationService::addRole(const RoleDraft &draft)
{
    const QString action = QStringLiteral("add role");
    if (const Status allowed = authorize({Entity::Roles, Action::Add}, action, draft.name);
        !allowed)
        return allowed.error();
    const auto clean = validated(draft, std::nullopt);
    if (!clean)
        return clean.error();
    if (const Status within = checkRoleCeiling(*clean, action); !within)
        return within.error();

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    Role role;
    role.name = clean->name;
    role.description = clean->description;
    role.manageAll = clean->manageAll;
    role.grants = clean->grants;
    role.managedRoleIds = clean->managedRoleIds;
    const QDateTime now = m_clock();
    const auto id = RoleStore(m_connection).insert(role, now);
    if (!id)
        return id.error();
    if (const Status committed =
            commitWithAudit(**transaction, action, role.name, describeGrants(role));
        !committed)
        return committed.error();
    return *id;
}

Status AdministrationService::editRole(qint64 roleId, const RoleDraft &draft)
{
    const QString action = QStringLiteral("edit role");
    if (const Status allowed = authorize({Entity::Roles, Action::Edit}, action, draft.name);
        !allowed)
        return allowed;
    const auto existing = RoleStore(m_connection).findById(roleId);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::notFound(tr("the role no longer exists"));
    const Role &current = **existing;
    if (current.isBuiltIn())
        return m_gate.refuse(m_actor, action, current.name,
                             tr("the built-in role %1 cannot be changed").arg(current.name));
    if (current.id == m_actor.role.id)
        return m_gate.refuse(m_actor, action, current.name,
                             tr("nobody changes their own role: you hold %1").arg(current.name));
    const auto clean = validated(draft, roleId);
    if (!clean)
        return clean.error();
    if (const Status within = checkRoleCeiling(*clean, action); !within)
        return within;

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    Role role = current;
    role.name = clean->name;
    role.description = clean->description;
    role.manageAll = clean->manageAll;
    role.grants = clean->grants;
    role.managedRoleIds = clean->managedRoleIds;
    if (const Status updated = RoleStore(m_connection).update(role, m_clock()); !updated)
        return updated;
    return commitWithAudit(**transaction, action, role.name, describeGrants(role));
}

Status AdministrationService::deleteRole(qint64 roleId)
{
    const QString action = QStringLiteral("delete role");
    const auto existing = RoleStore(m_connection).findById(roleId);
    if (!existing)
        return existing.error();
    const QString name = existing->has_value() ? (*existing)->name : QString::number(roleId);
    if (const Status allowed = authorize({Entity::Roles, Action::Remove}, action, name); !allowed)
        return allowed;
    if (!existing->has_value())
        return Error::notFound(tr("the role no longer exists"));
    const Role &role = **existing;
    if (role.isBuiltIn())
        return m_gate.refuse(m_actor, action, role.name,
                             tr("the built-in role %1 cannot be removed").arg(role.name));
    if (role.administratorCount > 0)
        return m_gate.refuse(m_actor, action, role.name,
                             QCoreApplication::translate("ud::AdministrationService",
                                                         "role %1 is still assigned to %n "
                                                         "administrator(s)",
                                                         nullptr, role.administratorCount)
                                 .arg(role.name));
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    if (const Status removed = RoleStore(m_connection).remove(role.id); !removed)
        return removed;
    return commitWithAudit(**transaction, action, role.name, QString());
}

Result<Administrator> AdministrationService::loadManagedAdministrator(qint64 adminId,
                                                                      Permission permission,
                                                                      const QString &action) const
{
    if (const Status allowed = authorize(permission, action, QString::number(adminId)); !allowed)
        return allowed.error();
    const auto found = AdministratorStore(m_connection).findById(adminId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("the administrator no longer exists"));
    const Administrator &target = **found;
    if (!m_actor.manages(target.roleId))
        return m_gate.refuse(
            m_actor, action, target.userName,
            tr("your role does not manage administrators with the role %1").arg(target.roleName));
    // Only administrators whose role the actor could assign may be touched:
    // resetting the password of a stronger administrator (or a Super
    // Administrator) and signing in as them would hand the actor grants
    // their own role does not hold.
    if (!m_actor.isSuperAdministrator()) {
        const auto role = RoleStore(m_connection).findById(target.roleId);
        if (!role)
            return role.error();
        if (role->has_value() && ((*role)->builtIn == BuiltInRole::SuperAdministrator ||
                                  !(*role)->grants.isSubsetOf(m_actor.role.grants)))
            return m_gate.refuse(m_actor, action, target.userName,
                                 tr("the role %1 of %2 grants more than your own role")
                                     .arg(target.roleName, target.userName));
    }
    return target;
}

Status AdministrationService::checkNotLastSuperAdministrator(const Administrator &target) const
{
    // Read with the rows locked, inside the caller's transaction: two
    // administrators disabling each other at the same moment cannot both
    // see "another one is left".
    const auto enabled = AdministratorStore(m_connection).enabledSuperAdministrators(true);
    if (!enabled)
        return enabled.error();
    if (enabled->contains(target.id) && enabled->size() <= 1)
        return Error::notPermitted(
            tr("%1 is the last enabled Super Administrator").arg(target.userName));
    return {};
}

Result<qint64> AdministrationService::addAdministrator(const AdministratorDraft &draft,
                                                       const QString &password)
{
    const QString action = QStringLiteral("add administrator");
    if (const Status allowed =
            authorize({Entity::Administrators, Action::Add}, action, draft.userName);
        !allowed)
        return allowed.error();
    Administrator administrator;
    const auto userName = validateName(tr("user name"), draft.userName);
    if (!userName)
        return userName.error();
    administrator.userName = *userName;
    const auto displayName = validateName(
        tr("display name"), draft.displayName.trimmed().isEmpty() ? *userName : draft.displayName);
    if (!displayName)
        return displayName.error();
    administrator.displayName = *displayName;
    if (!draft.email.trimmed().isEmpty()) {
        const auto email = validateEmail(tr("e-mail"), draft.email);
        if (!email)
            return email.error();
        administrator.email = *email;
    }
    if (const Status strong = PasswordHasher::checkPolicy(password); !strong)
        return strong.error();
    const auto role = RoleStore(m_connection).findById(draft.roleId);
    if (!role)
        return role.error();
    if (!role->has_value())
        return Error::notFound(tr("role: the role does not exist"));
    const auto assignable = assignableRoles();
    if (!assignable)
        return assignable.error();
    const bool mayAssign = std::any_of(assignable->cbegin(), assignable->cend(),
                                       [&](const Role &r) { return r.id == draft.roleId; });
    if (!mayAssign)
        return m_gate.refuse(m_actor, action, administrator.userName,
                             tr("you may not assign the role %1").arg((*role)->name));
    const auto existing = AdministratorStore(m_connection).findByUserName(administrator.userName);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::badInput(
            tr("user name: an administrator \"%1\" already exists").arg(administrator.userName));
    administrator.roleId = draft.roleId;
    administrator.enabled = draft.enabled;
    administrator.passwordHash = PasswordHasher::hash(password).encode();

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    const auto id = AdministratorStore(m_connection).insert(administrator, m_clock());
    if (!id)
        return id.error();
    if (const Status committed = commitWithAudit(
            **transaction, action, administrator.userName,
            tr("role: %1; enabled: %2").arg((*role)->name, yesNo(administrator.enabled)));
        !committed)
        return committed.error();
    return *id;
}

Status AdministrationService::editAdministrator(qint64 adminId, const AdministratorChange &change)
{
    const QString action = QStringLiteral("edit administrator");
    const auto loaded =
        loadManagedAdministrator(adminId, {Entity::Administrators, Action::Edit}, action);
    if (!loaded)
        return loaded.error();
    AdministratorChange clean = change;
    if (change.displayName) {
        const auto name = validateName(tr("display name"), *change.displayName);
        if (!name)
            return name.error();
        clean.displayName = *name;
    }
    if (change.email && !change.email->trimmed().isEmpty()) {
        const auto email = validateEmail(tr("e-mail"), *change.email);
        if (!email)
            return email.error();
        clean.email = *email;
    } else if (change.email) {
        clean.email = QString();
    }
    QString newRoleName;
    if (change.roleId && *change.roleId != loaded->roleId) {
        if (adminId == m_actor.adminId)
            return m_gate.refuse(m_actor, action, loaded->userName,
                                 tr("nobody changes their own role"));
        const auto assignable = assignableRoles();
        if (!assignable)
            return assignable.error();
        const auto it = std::find_if(assignable->cbegin(), assignable->cend(),
                                     [&](const Role &r) { return r.id == *change.roleId; });
        if (it == assignable->cend()) {
            const auto exists = RoleStore(m_connection).findById(*change.roleId);
            if (exists && !exists->has_value())
                return Error::notFound(tr("role: the role does not exist"));
            return m_gate.refuse(m_actor, action, loaded->userName,
                                 tr("you may not assign that role"));
        }
        newRoleName = it->name;
    }

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    // The change is applied to the row as it is now, read with the row
    // locked: the checks above ran on an earlier read, and writing that
    // back could undo a change made since (re-enable a disabled Super
    // Administrator's row, or disable the last enabled one unchecked).
    // Lock order, the same in every operation: the enabled Super
    // Administrators first, then the target, so two of these cannot deadlock.
    AdministratorStore store(m_connection);
    if (const auto locked = store.enabledSuperAdministrators(true); !locked)
        return locked.error();
    const auto fresh = store.findById(adminId, true);
    if (!fresh)
        return fresh.error();
    if (!fresh->has_value())
        return Error::notFound(tr("the administrator no longer exists"));
    const Administrator &current = **fresh;
    if (current.roleId != loaded->roleId) { // the manage checks above no longer hold
        (*transaction)->rollback();
        return m_gate.refuse(
            m_actor, action, current.userName,
            tr("%1 was given another role meanwhile; try again").arg(current.userName));
    }
    Administrator updated = current;
    QStringList changes;
    if (clean.displayName) {
        updated.displayName = *clean.displayName;
        changes << tr("display name");
    }
    if (clean.email) {
        updated.email = *clean.email;
        changes << tr("e-mail");
    }
    if (clean.roleId && *clean.roleId != current.roleId) {
        updated.roleId = *clean.roleId;
        changes << tr("role: %1").arg(newRoleName);
    }
    if (clean.enabled && *clean.enabled != current.enabled) {
        updated.enabled = *clean.enabled;
        changes << (updated.enabled ? tr("enabled") : tr("disabled"));
    }
    const bool losesSuperAdministrator =
        (!updated.enabled && current.enabled) || updated.roleId != current.roleId;
    if (losesSuperAdministrator) {
        if (const Status notLast = checkNotLastSuperAdministrator(current); !notLast) {
            (*transaction)->rollback();
            return m_gate.refuse(m_actor, action, current.userName, notLast.error().message);
        }
    }
    if (const Status written = store.update(updated, m_clock()); !written)
        return written;
    return commitWithAudit(**transaction, action, current.userName,
                           changes.join(QStringLiteral("; ")));
}

Status AdministrationService::resetPassword(qint64 adminId, const QString &newPassword)
{
    const QString action = QStringLiteral("reset password");
    const auto loaded =
        loadManagedAdministrator(adminId, {Entity::Administrators, Action::Edit}, action);
    if (!loaded)
        return loaded.error();
    if (const Status strong = PasswordHasher::checkPolicy(newPassword); !strong)
        return strong;
    const QString hash = PasswordHasher::hash(newPassword).encode();
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    if (const Status saved =
            AdministratorStore(m_connection).setPasswordHash(adminId, hash, m_clock());
        !saved)
        return saved;
    return commitWithAudit(**transaction, action, loaded->userName, QString());
}

Status AdministrationService::deleteAdministrator(qint64 adminId)
{
    const QString action = QStringLiteral("delete administrator");
    const auto loaded =
        loadManagedAdministrator(adminId, {Entity::Administrators, Action::Remove}, action);
    if (!loaded)
        return loaded.error();
    if (adminId == m_actor.adminId)
        return m_gate.refuse(m_actor, action, loaded->userName,
                             tr("you cannot remove your own account"));
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    if (const Status notLast = checkNotLastSuperAdministrator(*loaded); !notLast) {
        (*transaction)->rollback();
        return m_gate.refuse(m_actor, action, loaded->userName, notLast.error().message);
    }
    if (const Status removed = AdministratorStore(m_connection).remove(adminId); !removed)
        return removed;
    return commitWithAudit(**transaction, action, loaded->userName, QString());
}

} // namespace ud
