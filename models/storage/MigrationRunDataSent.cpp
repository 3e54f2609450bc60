#include "storage/Migrations.h"

namespace ud {

// Version 9: schedule_runs.data_sent_at, the instant the whole message was
// handed to the SMTP server, written just before the final "." of DATA.
// It is cleared when the run's outcome is recorded. A claim taken over from
// a dead process with data_sent_at set may have been delivered already: the
// run becomes 'unknown' instead of being sent again (schedules.md: a
// delivered run is never sent again; docs/fault-injection.md).
Migration runDataSentMigration()
{
    Migration m;
    m.version = 9;
    m.summary = "schedule_runs.data_sent_at";
    m.sqlite = {QStringLiteral("ALTER TABLE schedule_runs ADD COLUMN data_sent_at TEXT")};
    m.postgres = {QStringLiteral("ALTER TABLE schedule_runs ADD COLUMN data_sent_at TEXT")};
    return m;
}

} // namespace ud
