#include "access/AccessGate.h"

#include "access/AuditLog.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::AccessGate", text);
}

} // namespace

bool AccessRequirement::changesData() const
{
    if (superAdministratorOnly)
        return true;
    for (const QList<Permission> &set : anyOf) {
        for (const Permission &permission : set) {
            if (permission.action != Action::View)
                return true;
        }
    }
    return false;
}

AccessGate::AccessGate(const Connection &connection, Clock clock)
    : m_connection(connection)
    , m_clock(std::move(clock))
{}

Error AccessGate::refuse(const Actor &actor, const QString &action, const QString &object,
                         const QString &reason) const
{
    // A failure to write the refusal must not turn it into a success: the
    // caller gets the refusal either way.
    (void)AuditLog::append(m_connection,
                           {0, m_clock(), actor.userName, action, object, false, reason});
    return Error::notPermitted(tr("not permitted: %1").arg(reason));
}

Status AccessGate::authorize(const Actor &actor, const AccessRequirement &requirement,
                             const QString &object) const
{
    if (actor.adminId == 0)
        return refuse(actor, requirement.action, object, tr("nobody is signed in"));
    if (requirement.superAdministratorOnly && !actor.isSuperAdministrator())
        return refuse(actor, requirement.action, object,
                      tr("%1 is for Super Administrators only (your role: %2)")
                          .arg(requirement.action, actor.role.name));
    QStringList alternatives;
    bool satisfied = requirement.anyOf.isEmpty();
    for (const QList<Permission> &set : requirement.anyOf) {
        QStringList needed;
        bool held = true;
        for (const Permission &permission : set) {
            needed << permissionText(permission);
            held = held && actor.can(permission);
        }
        satisfied = satisfied || held;
        alternatives << needed.join(QStringLiteral(" and "));
    }
    if (!satisfied)
        return refuse(actor, requirement.action, object,
                      tr("%1 needs %2, which your role %3 does not grant")
                          .arg(requirement.action, alternatives.join(tr(" or ")), actor.role.name));
    return {};
}

PendingAudit AccessGate::allowedChange(const Actor &actor, const AccessRequirement &requirement,
                                       const QString &object) const
{
    if (!requirement.changesData())
        return {};
    return PendingAudit(
        m_clock, {0, QDateTime(), actor.userName, requirement.action, object, true, QString()});
}

Status AccessGate::require(const Actor &actor, Permission permission, const QString &action,
                           const QString &object) const
{
    if (actor.adminId == 0)
        return refuse(actor, action, object, tr("nobody is signed in"));
    if (!actor.can(permission))
        return refuse(actor, action, object,
                      tr("%1 needs %2, which your role %3 does not grant")
                          .arg(action, permissionText(permission), actor.role.name));
    return {};
}

Status AccessGate::commitAudited(Transaction &transaction, const Actor &actor,
                                 const QString &action, const QString &object,
                                 const QString &detail) const
{
    if (const Status logged = AuditLog::append(
            m_connection, {0, m_clock(), actor.userName, action, object, true, detail});
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace ud
