#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "access/AuditLog.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace ud {

// What the Audit Log page narrows the log to. Every part is optional.
struct AuditFilter
{
    QString actor;               // the administrator's user name, any case; exact
    QString action;              // contained in the action, any case
    std::optional<bool> allowed; // allowed only, refused only, or both
    QDateTime fromUtc;           // inclusive; invalid: no lower bound
    QDateTime untilUtc;          // exclusive; invalid: no upper bound
    QString contains;            // in actor, action, object or detail, any case
    bool oldestFirst = false;    // newest first (the page) or oldest first (a log dump)
};

// Reads the audit log for holders of audit_log:view (a refusal is audited,
// as every refusal is), newest first, with bound parameters only. Pages are
// keyset-paged on the line id, so "load more" costs the same on the millionth
// line as on the first.
class AuditQuery
{
public:
    AuditQuery(const Connection &connection, Actor actor, Clock clock);

    // At most `limit` lines, newest first, older than the line `beforeId`
    // (0: start at the newest).
    Result<QList<AuditEntry>> page(const AuditFilter &filter, qint64 beforeId, int limit) const;

    // Every matching line, in the filter's order, until `visit` returns false.
    Status forEach(const AuditFilter &filter,
                   const std::function<bool(const AuditEntry &)> &visit) const;

    // The SQL expression AuditFilter::contains is searched in. Schema
    // version 11 keeps PostgreSQL statistics on this very text: change both.
    static QString searchedText();

private:
    Status authorize() const;

    const Connection &m_connection;
    Actor m_actor;
    AccessGate m_gate;
};

} // namespace ud
