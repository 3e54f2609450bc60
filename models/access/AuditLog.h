#pragma once

#include "core/Result.h"
#include "storage/Connection.h"

#include <QDateTime>

namespace ud {

// One line of the append-only audit log (access.md): who, when (UTC), what
// action on which object, allowed or refused, and a short detail.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString object;
    bool allowed = true;
    QString detail;
};

class AuditLog
{
public:
    // Within the caller's transaction when there is one: an allowed change
    // and its audit line commit together. A refusal is appended after the
    // refused work has been rolled back, so it is never lost with it.
    static Status append(const Connection &connection, const AuditEntry &entry);
};

// Reading the log (filtered, authorized): AuditQuery.

} // namespace ud
