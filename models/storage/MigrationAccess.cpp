#include "storage/Migrations.h"

namespace ud {

// Version 2: administrators, roles and the audit log (access.md).
//
// - Grants are rows (role, entity, action); the built-in roles are rows too,
//   marked by `builtin`, so every check reads one table.
// - administrators.role_id has no ON DELETE action: a role still assigned to
//   an administrator cannot be removed, and the database says so as well.
// - Names are unique case-insensitively through their *_folded column.
// - The audit log is append-only: triggers refuse UPDATE and DELETE (and
//   TRUNCATE on PostgreSQL).
// - Timestamps are UTC ISO-8601 text on both back ends.
Migration accessMigration()
{
    Migration m;
    m.version = 2;
    m.summary = "administrators, roles and audit log";

    const QString grantValues = QStringLiteral(
        "(VALUES ('tenants','view'),('tenants','add'),('tenants','edit'),('tenants','remove'),"
        "('usage_data','view'),('usage_data','add'),('usage_data','remove'),"
        "('export_reports','view'),('export_reports','add'),('export_reports','edit'),"
        "('export_reports','remove'),"
        "('scheduled_tasks','view'),('scheduled_tasks','add'),('scheduled_tasks','edit'),"
        "('scheduled_tasks','remove'),"
        "('roles','view'),('roles','add'),('roles','edit'),('roles','remove'),"
        "('administrators','view'),('administrators','add'),('administrators','edit'),"
        "('administrators','remove'),"
        "('audit_log','view'),('settings','view'),('settings','edit')) AS g");
    const auto builtInRows = [&](const QString &now) {
        return QStringList{
            QStringLiteral("INSERT INTO roles (name, name_folded, description, builtin, "
                           "manage_all, created_at, updated_at) VALUES ('Super Administrator', "
                           "'super administrator', 'Every permission; manages all roles.', "
                           "'super_administrator', 1, %1, %1)")
                .arg(now),
            QStringLiteral("INSERT INTO roles (name, name_folded, description, builtin, "
                           "manage_all, created_at, updated_at) VALUES ('Auditor', 'auditor', "
                           "'Views everything, changes nothing.', 'auditor', 0, %1, %1)")
                .arg(now),
            QStringLiteral("INSERT INTO role_grants (role_id, entity, action) SELECT r.role_id, "
                           "g.column1, g.column2 FROM roles r, %1 WHERE r.builtin = "
                           "'super_administrator'")
                .arg(grantValues),
            QStringLiteral("INSERT INTO role_grants (role_id, entity, action) SELECT r.role_id, "
                           "g.column1, g.column2 FROM roles r, %1 WHERE r.builtin = 'auditor' "
                           "AND g.column2 = 'view'")
                .arg(grantValues),
        };
    };

    m.sqlite = {
        QStringLiteral(R"(CREATE TABLE roles (
    role_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    name_folded TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    builtin TEXT UNIQUE CHECK (builtin IN ('super_administrator', 'auditor')),
    manage_all INTEGER NOT NULL DEFAULT 0 CHECK (manage_all IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE role_grants (
    role_id INTEGER NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (role_id, entity, action)
) WITHOUT ROWID, STRICT)"),
        QStringLiteral(R"(CREATE TABLE role_managed_roles (
    role_id INTEGER NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    managed_role_id INTEGER NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, managed_role_id)
) WITHOUT ROWID, STRICT)"),
        QStringLiteral(R"(CREATE TABLE administrators (
    admin_id INTEGER PRIMARY KEY,
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
        QStringLiteral("CREATE INDEX administrators_role ON administrators (role_id)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
    audit_id INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'refused')),
    detail TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at_utc)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
    m.sqlite += builtInRows(QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"));

    m.postgres = {
        QStringLiteral(R"(CREATE TABLE roles (
    role_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    name_folded TEXT COLLATE "C" NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    builtin TEXT UNIQUE CHECK (builtin IN ('super_administrator', 'auditor')),
    manage_all SMALLINT NOT NULL DEFAULT 0 CHECK (manage_all IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE role_grants (
    role_id BIGINT NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    entity TEXT COLLATE "C" NOT NULL,
    action TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (role_id, entity, action)
))"),
        QStringLiteral(R"(CREATE TABLE role_managed_roles (
    role_id BIGINT NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    managed_role_id BIGINT NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, managed_role_id)
))"),
        QStringLiteral(R"(CREATE TABLE administrators (
    admin_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    user_name TEXT COLLATE "C" NOT NULL CHECK (length(user_name) BETWEEN 1 AND 100),
    user_name_folded TEXT COLLATE "C" NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    role_id BIGINT NOT NULL REFERENCES roles (role_id),
    enabled SMALLINT NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    password_hash TEXT NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX administrators_role ON administrators (role_id)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
    audit_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_utc TEXT COLLATE "C" NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'refused')),
    detail TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at_utc)"),
        QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql "
                       "AS $fn$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $fn$"),
        QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
    };
    m.postgres += builtInRows(
        QStringLiteral("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"));
    return m;
}

} // namespace ud
