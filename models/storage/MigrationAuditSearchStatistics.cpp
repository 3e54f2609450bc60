#include "storage/Migrations.h"

namespace ud {

// Version 11: PostgreSQL statistics on the text the Audit Log's "contains"
// filter searches (AuditQuery::searchedText(), the same expression, or the
// planner will not use them).
//
// Without them PostgreSQL guesses that LIKE '%...%' on that expression
// matches almost nothing (42 of a million lines for "nordics finance",
// which matches 14,000), so for "the newest 201 matching lines" it scans
// the whole log and sorts it: 1.2-1.4 s at a million lines. With them it
// walks the primary key from the newest line and stops after 201 matches
// (14,825 lines): 27-40 ms in the server (docs/benchmarks.md, "PostgreSQL
// at full size"). The target of
// 1,000 (not the default 100) makes the sample see words down to about
// 0.1 % of the lines; autovacuum's ANALYZE of audit_log takes a few
// seconds longer for it. SQLite needs nothing: with no statistics its
// planner always walks the rowid for ORDER BY audit_id DESC LIMIT n.
Migration auditSearchStatisticsMigration()
{
    Migration m;
    m.version = 11;
    m.summary = "statistics for the audit log's contains filter";
    m.postgres = {
        QStringLiteral("CREATE STATISTICS audit_log_searched_text ON (lower(actor || ' ' || "
                       "action || ' ' || object || ' ' || detail)) FROM audit_log"),
        QStringLiteral("ALTER STATISTICS audit_log_searched_text SET STATISTICS 1000"),
        QStringLiteral("ANALYZE audit_log"),
    };
    return m;
}

} // namespace ud
