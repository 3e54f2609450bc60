#include "storage/Migrations.h"

namespace ud {

// Version 8: settings every administrator shares (issue #7), one row per key
// so that a new setting needs no schema change. The reporting time zone
// ('reporting_time_zone', an IANA id) is the first; AppSettingsStore knows
// the keys and checks the values. updated_by/updated_at say who changed a
// value last; the audit log keeps the history.
Migration appSettingsMigration()
{
    Migration m;
    m.version = 8;
    m.summary = "application settings";
    m.sqlite = {
        QStringLiteral(R"(CREATE TABLE app_settings (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
    value TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT)"),
    };
    m.postgres = {
        QStringLiteral(R"(CREATE TABLE app_settings (
    key TEXT COLLATE "C" PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
    value TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
    };
    return m;
}

} // namespace ud
