#include "access/PendingAudit.h"

namespace ud {

PendingAudit::PendingAudit(Clock clock, AuditEntry entry)
    : m_state(std::make_shared<State>(State{std::move(clock), std::move(entry), false}))
{}

Status PendingAudit::record(const Connection &connection, const QString &detail) const
{
    if (!m_state || m_state->recorded)
        return {};
    AuditEntry entry = m_state->entry;
    entry.at = m_state->clock(); // when the change commits, not when it was let start
    entry.allowed = true;
    if (!detail.isEmpty())
        entry.detail = detail;
    if (const Status logged = AuditLog::append(connection, entry); !logged)
        return logged;
    // A rollback after this point undoes the line with the change; the caller
    // then fails, and nobody asks isRecorded() of a failed change.
    m_state->recorded = true;
    return {};
}

} // namespace ud
