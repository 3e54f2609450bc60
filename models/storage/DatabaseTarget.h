#pragma once

#include "core/Result.h"

#include <QString>

namespace ud {

enum class Backend
{
    Sqlite,
    Postgres
};

// Where the data lives: an SQLite file, or a PostgreSQL database named by a
// postgresql://user@host:port/dbname URL (the password, as libpq does it,
// comes from PGPASSWORD or ~/.pgpass, never from the command line).
struct DatabaseTarget
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password; // only when the URL carried one; libpq finds it otherwise
    QString databaseName;
    QString connectOptions; // libpq options from the URL query, e.g. sslmode=require

    // Parses the --db / USAGEDESK_DB form: a postgresql:// (or postgres://) URL,
    // else a file path.
    static Result<DatabaseTarget> parse(const QString &text);
    // USAGEDESK_DB when set, else usagedesk.sqlite in the per-user data folder.
    static Result<DatabaseTarget> fromEnvironmentOrDefault();
    static QString defaultSqlitePath();

    // For status bars and messages; never shows a password.
    QString displayName() const;
};

} // namespace ud
