#pragma once

// Helpers the access-control tests share: actors, roles and administrators
// made directly (the rules under test are AdministrationService's, not these).

#include "TestDatabase.h"
#include "access/AdministrationService.h"
#include "access/AdministratorStore.h"
#include "access/PasswordHasher.h"
#include "access/RoleStore.h"
#include "access/SignIn.h"

#include <QStringList>

namespace accesstest {

inline constexpr int kCheapIterations = 1000;

inline ud::Actor actorOf(const ud::Connection &connection, const QString &userName)
{
    const auto found = ud::AdministratorStore(connection).findByUserName(userName);
    if (!found || !found->has_value())
        qFatal("no administrator %s", qPrintable(userName));
    const auto actor = ud::SignIn(connection, ud::systemClock()).actorFor((*found)->id);
    if (!actor)
        qFatal("%s", qPrintable(actor.error().message));
    return *actor;
}

// A real sign-in (password check, lockout counters, audit line).
inline ud::Actor signIn(const ud::Connection &connection, const QString &user,
                        const QString &password)
{
    const auto actor = ud::SignIn(connection, ud::systemClock()).signIn(user, password);
    if (!actor)
        qFatal("cannot sign in: %s", qUtf8Printable(actor.error().message));
    return *actor;
}

inline ud::Actor signInAsAdmin(const ud::Connection &connection)
{
    return signIn(connection, QString::fromLatin1(TestDatabase::kAdminUser),
                  QString::fromLatin1(TestDatabase::kAdminPassword));
}

inline ud::Actor superActor(const ud::Connection &connection)
{
    return actorOf(connection, QString::fromLatin1(TestDatabase::kAdminUser));
}

inline ud::GrantSet grants(const QStringList &items)
{
    const auto parsed = ud::GrantSet::parse(items);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return *parsed;
}

inline qint64 builtInRoleId(const ud::Connection &connection, ud::BuiltInRole which)
{
    const auto roles = ud::RoleStore(connection).list();
    for (const ud::Role &role : roles.value()) {
        if (role.builtIn == which)
            return role.id;
    }
    qFatal("no built-in role");
}

// A custom role, added by the Super Administrator through the service.
inline qint64 addRole(const ud::Connection &connection, const QString &name,
                      const ud::GrantSet &grantSet, bool manageAll = false,
                      const QList<qint64> &managed = {})
{
    ud::AdministrationService service(connection, superActor(connection), ud::systemClock());
    ud::RoleDraft draft;
    draft.name = name;
    draft.grants = grantSet;
    draft.manageAll = manageAll;
    draft.managedRoleIds = managed;
    const auto id = service.addRole(draft);
    if (!id)
        qFatal("addRole %s: %s", qPrintable(name), qPrintable(id.error().message));
    return *id;
}

// An administrator written straight to the store, with a cheap hash of
// `password` (fewer iterations than production: these tests do not sign in
// with it, or test the upgrade).
inline qint64 insertAdministrator(const ud::Connection &connection, const QString &userName,
                                  qint64 roleId, bool enabled = true,
                                  const QString &password = QStringLiteral("another password 1"))
{
    ud::Administrator administrator;
    administrator.userName = userName;
    administrator.displayName = userName;
    administrator.roleId = roleId;
    administrator.enabled = enabled;
    administrator.passwordHash = ud::PasswordHasher::hash(password, kCheapIterations).encode();
    const auto id = ud::AdministratorStore(connection).insert(administrator, ud::systemClock()());
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

// AdministratorChange with one field set.
inline ud::AdministratorChange enabled(bool on)
{
    ud::AdministratorChange change;
    change.enabled = on;
    return change;
}

inline ud::AdministratorChange toRole(qint64 roleId)
{
    ud::AdministratorChange change;
    change.roleId = roleId;
    return change;
}

inline ud::AdministratorChange withEmail(const QString &email)
{
    ud::AdministratorChange change;
    change.email = email;
    return change;
}

inline ud::AdministratorChange withDisplayName(const QString &displayName)
{
    ud::AdministratorChange change;
    change.displayName = displayName;
    return change;
}

// The audit log as "actor|action|object|outcome|detail" lines.
inline QStringList auditLines(const TestDatabase &db)
{
    return db.auditLog().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline QString lastAuditLine(const TestDatabase &db)
{
    const QStringList lines = auditLines(db);
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace accesstest
