#pragma once

#include <QByteArray>
#include <QStringList>

// The command line under test, run as a user would run it, signed in as the
// benchmark's own Super Administrator (created by benchInitArguments()).

// The arguments that create a database with that administrator.
QStringList benchInitArguments();
// That administrator, for benchmarks that sign in inside the process.
QString benchUser();
QString benchPassword();

// Runs `program` (usagedesk-cli by default) to the end; returns its wall time
// in seconds, or a negative number when it failed. Its stdout is kept in
// `out` when given, and both streams are echoed to stderr, so the bench's
// own stdout carries only JSON lines.
double runTimed(const QStringList &arguments, QByteArray *out = nullptr,
                const QString &program = QStringLiteral(USAGEDESK_CLI_PATH));

// Reads the optional `--tenants N --days N` pairs (positive numbers) into
// `tenants` and `days`, which keep their defaults when absent; false on an
// odd count, an unknown option or a bad number.
bool parseTenantsAndDays(const QStringList &args, qint64 &tenants, qint64 &days);

// The value of a bench's `--url` option: a PostgreSQL database named as
// `--db` names one for the app and usagedesk-cli (ud::DatabaseTarget::parse,
// postgresql://user@host:port/dbname, the password from PGPASSWORD or
// ~/.pgpass). The URL is kept as given, since the benches pass it on to
// usagedesk-cli and their own child processes as `--db`; false, with a
// message naming `bench`, when it does not parse or names an SQLite file.
bool acceptPostgresUrl(const QString &url, const char *bench);

// Creates a database at `path` (a file, or a postgresql:// URL of an existing
// database) with the bench administrator and seeds it with a fixed end day
// (`lastDay` when given), so every run seeds exactly the same data; false on
// failure.
bool seedBenchDatabase(const QString &path, qint64 tenants, qint64 days,
                       const QString &lastDay = QStringLiteral("2025-12-31"));

// Runs ANALYZE on the PostgreSQL database `url` and says how long it took.
// PostgreSQL plans from statistics that autovacuum gathers only a while
// after a bulk load; a server in use has them, so the benches measure with
// them, not with whatever the first minute after the seed left.
bool analyzePostgres(const QString &url);
