#include "storage/Migrations.h"

namespace ud {

// Version 7: scheduled reports (schedules.md, docs/schedules.md).
//
// - schedules: one row per schedule. recipients holds one address per line;
//   time_of_day is 'HH:MM' local to time_zone (an IANA id); a weekly
//   schedule has day_of_week (1 = Monday .. 7), a monthly one day_of_month
//   (1..31), neither has the other. active_since is the UTC instant after
//   which runs are due (set at creation, on a timing change, on re-enabling).
// - schedule_runs: one row per run, keyed by (schedule_id, scheduled_at).
//   That key is what makes a run "delivered at most once": whoever runs due
//   schedules (the GUI, run-due, on any machine sharing the database) takes a
//   run by INSERTing its row with status 'claimed', claimed_by (host/pid/
//   uuid) and claimed_at, in its own transaction; a second INSERT of the same
//   key fails, so only one process owns a run. A claim whose owner died is
//   taken over by UPDATE ... SET claimed_by = ?, claimed_at = ? WHERE
//   schedule_id = ? AND scheduled_at = ? AND status = 'claimed' AND
//   claimed_at < ? (the timeout), which again only one process wins (one row
//   updated). A retry is the same UPDATE on status 'retrying' WHERE
//   next_attempt_at <= now. 'delivered' and 'failed' rows are final.
//   'unknown' is a run whose message may or may not have been accepted (the
//   connection broke after the data was sent): it is never sent again by
//   itself; an administrator may resend it.
//   scheduled_at is always 'YYYY-MM-DDTHH:MM:SSZ' (20 characters), so one
//   run has exactly one key text on both back ends.
// - delivery_attempts: every SMTP attempt of a run with the server's reply.
// - smtp_settings: the one SMTP server (row id 1). The password is not kept
//   here (cli.md: USAGEDESK_SMTP_PASSWORD).
// Timestamps are UTC ISO-8601 text, dates 'YYYY-MM-DD' text, as in reports.
Migration schedulesMigration()
{
    Migration m;
    m.version = 7;
    m.summary = "scheduled reports";
    const QString schedulesChecks = QStringLiteral(R"(
    CHECK ((recurrence = 'weekly' AND day_of_week BETWEEN 1 AND 7)
           OR (recurrence <> 'weekly' AND day_of_week IS NULL)),
    CHECK ((recurrence = 'monthly' AND day_of_month BETWEEN 1 AND 31)
           OR (recurrence <> 'monthly' AND day_of_month IS NULL)))");
    m.sqlite = {
        QStringLiteral(R"(CREATE TABLE schedules (
    schedule_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    name_folded TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    task_type TEXT NOT NULL CHECK (length(task_type) >= 1),
    recipients TEXT NOT NULL CHECK (length(recipients) >= 3),
    recurrence TEXT NOT NULL CHECK (recurrence IN ('daily', 'weekly', 'monthly')),
    day_of_week INTEGER,
    day_of_month INTEGER,
    time_of_day TEXT NOT NULL CHECK (length(time_of_day) = 5),
    time_zone TEXT NOT NULL CHECK (length(time_zone) >= 1),
    delimiter TEXT NOT NULL CHECK (delimiter IN ('comma', 'pipe', 'semicolon', 'tab')),
    bom INTEGER NOT NULL CHECK (bom IN (0, 1)),
    scope TEXT NOT NULL,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    active_since TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,)") +
            schedulesChecks + QStringLiteral("\n) STRICT"),
        QStringLiteral(R"(CREATE TABLE schedule_runs (
    schedule_id INTEGER NOT NULL REFERENCES schedules (schedule_id) ON DELETE CASCADE,
    scheduled_at TEXT NOT NULL CHECK (length(scheduled_at) = 20),
    period_start TEXT NOT NULL CHECK (length(period_start) = 10),
    period_end TEXT NOT NULL CHECK (length(period_end) = 10),
    status TEXT NOT NULL
        CHECK (status IN ('claimed', 'delivered', 'retrying', 'failed', 'unknown')),
    claimed_by TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    report_id INTEGER REFERENCES reports (report_id) ON DELETE SET NULL,
    last_reply TEXT NOT NULL DEFAULT '',
    finished_at TEXT,
    PRIMARY KEY (schedule_id, scheduled_at)
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE delivery_attempts (
    attempt_id INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL,
    scheduled_at TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    outcome TEXT NOT NULL
        CHECK (outcome IN ('delivered', 'temporary', 'permanent', 'unknown')),
    reply TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (schedule_id, scheduled_at)
        REFERENCES schedule_runs (schedule_id, scheduled_at) ON DELETE CASCADE
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE smtp_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL,
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security TEXT NOT NULL CHECK (security IN ('none', 'starttls', 'tls')),
    user_name TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL,
    trusted_fingerprint TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT)"),
    };
    m.postgres = {
        QStringLiteral(R"(CREATE TABLE schedules (
    schedule_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    name_folded TEXT COLLATE "C" NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    task_type TEXT NOT NULL CHECK (length(task_type) >= 1),
    recipients TEXT NOT NULL CHECK (length(recipients) >= 3),
    recurrence TEXT NOT NULL CHECK (recurrence IN ('daily', 'weekly', 'monthly')),
    day_of_week SMALLINT,
    day_of_month SMALLINT,
    time_of_day TEXT NOT NULL CHECK (length(time_of_day) = 5),
    time_zone TEXT NOT NULL CHECK (length(time_zone) >= 1),
    delimiter TEXT NOT NULL CHECK (delimiter IN ('comma', 'pipe', 'semicolon', 'tab')),
    bom SMALLINT NOT NULL CHECK (bom IN (0, 1)),
    scope TEXT COLLATE "C" NOT NULL,
    enabled SMALLINT NOT NULL CHECK (enabled IN (0, 1)),
    active_since TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,)") +
            schedulesChecks + QStringLiteral("\n)"),
        QStringLiteral(R"(CREATE TABLE schedule_runs (
    schedule_id BIGINT NOT NULL REFERENCES schedules (schedule_id) ON DELETE CASCADE,
    scheduled_at TEXT COLLATE "C" NOT NULL CHECK (length(scheduled_at) = 20),
    period_start TEXT NOT NULL CHECK (length(period_start) = 10),
    period_end TEXT NOT NULL CHECK (length(period_end) = 10),
    status TEXT NOT NULL
        CHECK (status IN ('claimed', 'delivered', 'retrying', 'failed', 'unknown')),
    claimed_by TEXT NOT NULL,
    claimed_at TEXT COLLATE "C" NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT COLLATE "C",
    report_id BIGINT REFERENCES reports (report_id) ON DELETE SET NULL,
    last_reply TEXT NOT NULL DEFAULT '',
    finished_at TEXT,
    PRIMARY KEY (schedule_id, scheduled_at)
))"),
        QStringLiteral(R"(CREATE TABLE delivery_attempts (
    attempt_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    schedule_id BIGINT NOT NULL,
    scheduled_at TEXT COLLATE "C" NOT NULL,
    attempted_at TEXT NOT NULL,
    outcome TEXT NOT NULL
        CHECK (outcome IN ('delivered', 'temporary', 'permanent', 'unknown')),
    reply TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (schedule_id, scheduled_at)
        REFERENCES schedule_runs (schedule_id, scheduled_at) ON DELETE CASCADE
))"),
        QStringLiteral(R"(CREATE TABLE smtp_settings (
    id SMALLINT PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL,
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security TEXT NOT NULL CHECK (security IN ('none', 'starttls', 'tls')),
    user_name TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL,
    trusted_fingerprint TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
))"),
    };
    // The engine looks for claims to take over and retries that are due;
    // the delivery log is read per run.
    const QStringList indexes = {
        QStringLiteral("CREATE INDEX schedule_runs_status ON schedule_runs "
                       "(status, next_attempt_at, schedule_id, scheduled_at)"),
        QStringLiteral("CREATE INDEX delivery_attempts_run ON delivery_attempts "
                       "(schedule_id, scheduled_at, attempt_id)"),
    };
    m.sqlite << indexes;
    m.postgres << indexes;
    return m;
}

} // namespace ud
