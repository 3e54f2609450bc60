#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QList>

namespace ud {

class Transaction;

// What an action needs before it may run: any one of the `anyOf` sets (each
// a set of permissions held together), and a Super Administrator when
// superAdministratorOnly is set. An empty requirement means "signed in".
struct AccessRequirement
{
    QList<QList<Permission>> anyOf;
    bool superAdministratorOnly = false;
    QString action; // what is attempted, for the audit log: "import usage"

    // Changes are audited when allowed too; pure views only when refused.
    bool changesData() const;
};

// The one place where every action of both faces asks before it runs: deny
// by default; a refusal is written to the audit log (after nothing was
// changed), and so is an allowed change.
class AccessGate
{
public:
    AccessGate(const Connection &connection, Clock clock);

    Status authorize(const Actor &actor, const AccessRequirement &requirement,
                     const QString &object = QString()) const;

    // The one permission an action needs (most actions of the services). A
    // refusal is audited; an allowed change is audited by commitAudited(),
    // with its details, in the change's own transaction.
    Status require(const Actor &actor, Permission permission, const QString &action,
                   const QString &object) const;

    // Commits an allowed change together with its audit line: both or neither.
    Status commitAudited(Transaction &transaction, const Actor &actor, const QString &action,
                         const QString &object, const QString &detail) const;

    // Records a refusal decided elsewhere (a rule of AdministrationService)
    // and returns it as a NotPermitted error.
    Error refuse(const Actor &actor, const QString &action, const QString &object,
                 const QString &reason) const;

private:
    const Connection &m_connection;
    Clock m_clock;
};

} // namespace ud
