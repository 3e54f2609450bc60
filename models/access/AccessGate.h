#pragma once

#include "access/Actor.h"
#include "access/PendingAudit.h"
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

    // Changes are audited when allowed too (with the change: PendingAudit,
    // commitAudited()); pure views only when refused.
    bool changesData() const;
};

// The one place where every action of both faces asks before it runs: deny
// by default; a refusal is written to the audit log at once (nothing was
// changed). An allowed change is never written here: it is written with the
// change, in the change's transaction (commitAudited(), or the PendingAudit
// of allowedChange()), so a change that then fails leaves no line saying it
// was allowed to happen (docs/bad-input.md).
class AccessGate
{
public:
    AccessGate(const Connection &connection, Clock clock);

    // Refusals are audited; nothing is written when the actor may go on.
    Status authorize(const Actor &actor, const AccessRequirement &requirement,
                     const QString &object = QString()) const;

    // The line an allowed change of `requirement` records with its commit
    // (empty for a pure view: an allowed view is not audited).
    PendingAudit allowedChange(const Actor &actor, const AccessRequirement &requirement,
                               const QString &object) const;

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
