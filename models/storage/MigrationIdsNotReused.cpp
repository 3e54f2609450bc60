#include "storage/Migrations.h"

namespace ud {

namespace {

// The SQLite statements that rebuild `table` with `create` (the table's
// definition as the schema had it, named new_<table>, its key now
// AUTOINCREMENT), keeping every row and id, as
// https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table
// Schema Changes") says: create new_X, copy, drop X, rename new_X to X, and
// create X's indexes again. Other tables' REFERENCES X name X by its name,
// so they refer to the new table once it has that name. This needs foreign
// keys off: with them on, DROP TABLE X would first delete every row that
// refers to X (ON DELETE CASCADE) or fail; the Migrator switches them off
// for a migration with `sqliteRebuiltTables` and checks them before
// committing.
QStringList rebuild(const QString &table, const QString &create, const QStringList &indexes)
{
    QStringList statements = {
        create,
        QStringLiteral("INSERT INTO new_%1 SELECT * FROM %1").arg(table),
        QStringLiteral("DROP TABLE %1").arg(table),
        QStringLiteral("ALTER TABLE new_%1 RENAME TO %1").arg(table),
    };
    statements += indexes;
    return statements;
}

// sqlite_sequence holds the largest id given so far; the next is above it.
// Copying the rows with their ids already set it to the largest kept, but
// `alsoAbove` (a SELECT of one id) may know a larger one.
QStringList seedSequence(const QString &table, const QString &key, const QString &alsoAbove = {})
{
    QString largest = QStringLiteral("SELECT max(%1) AS id FROM %2").arg(key, table);
    if (!alsoAbove.isEmpty())
        largest += QStringLiteral(" UNION ALL ") + alsoAbove;
    return {
        QStringLiteral("DELETE FROM sqlite_sequence WHERE name = '%1'").arg(table),
        QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '%1', seq FROM "
                       "(SELECT max(id) AS seq FROM (%2)) WHERE seq IS NOT NULL")
            .arg(table, largest),
    };
}

} // namespace

// Version 10: ids are never reused (docs/bad-input.md, "Ids are never reused").
//
// reports, schedules, roles, administrators and saved_filters had a plain
// INTEGER PRIMARY KEY on SQLite, which hands out max(id) + 1: deleting the
// newest report 12 and generating another made a second report 12, while
// the audit log still said "report 12 deleted". With AUTOINCREMENT, SQLite
// remembers the largest id ever given (sqlite_sequence) and never gives it
// again; PostgreSQL's identity columns never did either (nothing to do there).
//
// Each table is rebuilt with exactly the columns, CHECKs, DEFAULTs and
// indexes the schema had (versions 2, 4, 6 and 7; no later change touched
// them; none has triggers); only `INTEGER PRIMARY KEY` gained AUTOINCREMENT.
// The rows that refer to them (report_rows, schedule_runs and through them
// delivery_attempts, role_grants, role_managed_roles, administrators) are
// not touched. sqlite_sequence starts at the largest id kept; for reports
// also at the largest report id the audit log names ("generate report" or
// "delete report", object "report N", allowed), so a report deleted before
// this upgrade does not get its id back either.
Migration idsNotReusedMigration()
{
    Migration m;
    m.version = 10;
    m.summary = "ids are never reused";
    m.sqliteRebuiltTables = {QStringLiteral("roles"), QStringLiteral("administrators"),
                             QStringLiteral("saved_filters"), QStringLiteral("reports"),
                             QStringLiteral("schedules")};

    m.sqlite += rebuild(QStringLiteral("roles"), QStringLiteral(R"(CREATE TABLE new_roles (
    role_id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    name_folded TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    builtin TEXT UNIQUE CHECK (builtin IN ('super_administrator', 'auditor')),
    manage_all INTEGER NOT NULL DEFAULT 0 CHECK (manage_all IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT)"),
                        {});
    m.sqlite += seedSequence(QStringLiteral("roles"), QStringLiteral("role_id"));

    m.sqlite += rebuild(
        QStringLiteral("administrators"), QStringLiteral(R"(CREATE TABLE new_administrators (
    admin_id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_name TEXT NOT NULL CHECK (length(user_name) BETWEEN 1 AND 100),
    user_name_folded TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    role_id INTEGER NOT NULL REFERENCES roles (role_id),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    password_hash TEXT NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT)"),
        {QStringLiteral("CREATE INDEX administrators_role ON administrators (role_id)")});
    m.sqlite += seedSequence(QStringLiteral("administrators"), QStringLiteral("admin_id"));

    m.sqlite +=
        rebuild(QStringLiteral("saved_filters"), QStringLiteral(R"(CREATE TABLE new_saved_filters (
    filter_id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    name_folded TEXT NOT NULL UNIQUE,
    filter_text TEXT NOT NULL CHECK (length(filter_text) >= 1),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT)"),
                {});
    m.sqlite += seedSequence(QStringLiteral("saved_filters"), QStringLiteral("filter_id"));

    m.sqlite += rebuild(
        QStringLiteral("reports"), QStringLiteral(R"(CREATE TABLE new_reports (
    report_id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description TEXT NOT NULL DEFAULT '',
    scope_kind TEXT NOT NULL CHECK (scope_kind IN ('tenant', 'all', 'filter')),
    scope TEXT NOT NULL,
    period TEXT NOT NULL,
    period_start TEXT NOT NULL CHECK (length(period_start) = 10),
    period_end TEXT NOT NULL CHECK (length(period_end) = 10),
    delimiter TEXT NOT NULL CHECK (delimiter IN ('comma', 'pipe', 'semicolon', 'tab')),
    bom INTEGER NOT NULL CHECK (bom IN (0, 1)),
    formula_guard INTEGER NOT NULL CHECK (formula_guard IN (0, 1)),
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    csv_sha256 TEXT NOT NULL CHECK (length(csv_sha256) = 64),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT)"),
        {QStringLiteral("CREATE INDEX reports_created_at ON reports (created_at, report_id)")});
    // Every report ever stored has an allowed "generate report" line on
    // "report <id>", committed with it; ReportCatalog::remove writes "delete
    // report" on it. A report taken back without a line of its own (`report
    // generate --out` that cannot write its file) still has the first.
    m.sqlite += seedSequence(
        QStringLiteral("reports"), QStringLiteral("report_id"),
        QStringLiteral("SELECT max(CAST(substr(object, 8) AS INTEGER)) FROM audit_log WHERE "
                       "action IN ('generate report', 'delete report') AND outcome = 'allowed' "
                       "AND object GLOB "
                       "'report [1-9]*' AND NOT substr(object, 8) GLOB '*[^0-9]*' AND "
                       "length(object) <= 25"));

    m.sqlite += rebuild(QStringLiteral("schedules"), QStringLiteral(R"(CREATE TABLE new_schedules (
    schedule_id INTEGER PRIMARY KEY AUTOINCREMENT,
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
    updated_at TEXT NOT NULL,
    CHECK ((recurrence = 'weekly' AND day_of_week BETWEEN 1 AND 7)
           OR (recurrence <> 'weekly' AND day_of_week IS NULL)),
    CHECK ((recurrence = 'monthly' AND day_of_month BETWEEN 1 AND 31)
           OR (recurrence <> 'monthly' AND day_of_month IS NULL))
) STRICT)"),
                        {});
    m.sqlite += seedSequence(QStringLiteral("schedules"), QStringLiteral("schedule_id"));

    // Identity columns never give an id twice; the version is recorded only.
    m.postgres = {QStringLiteral("SELECT 1")};
    return m;
}

} // namespace ud
