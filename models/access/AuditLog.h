#pragma once

#include "core/Result.h"
#include "storage/Connection.h"

#include <QDateTime>
#include <functional>

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

    // Oldest first; `contains` (case-insensitive) narrows to lines whose
    // actor, action, object or detail contain it.
    static Status forEach(const Connection &connection, const QString &contains,
                          const std::function<bool(const AuditEntry &)> &visit);
};

} // namespace ud
