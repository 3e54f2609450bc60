#pragma once

#include "access/AuditLog.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <memory>

namespace ud {

// The audit line of an allowed change that has not happened yet. The access
// gate lets the change start without writing anything; the work records this
// line in its own transaction, just before it commits, so a change that then
// fails on its input (or is cancelled) leaves the audit log as it was, and
// one that commits cannot lose its line (docs/bad-input.md). Copies share one
// state, so whoever handed it out can ask whether the work recorded it.
class PendingAudit
{
public:
    PendingAudit() = default; // nothing to record
    PendingAudit(Clock clock, AuditEntry entry);

    bool isEmpty() const { return !m_state; }
    bool isRecorded() const { return m_state && m_state->recorded; }

    // Appends the line on `connection`, inside the caller's transaction, with
    // `detail` (what the change did) when given. Does nothing when empty or
    // already recorded.
    Status record(const Connection &connection, const QString &detail = QString()) const;

private:
    struct State
    {
        Clock clock;
        AuditEntry entry;
        bool recorded = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace ud
