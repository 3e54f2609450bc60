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

// Creates a database at `path` with the bench administrator and seeds it with
// a fixed end day, so every run seeds exactly the same data; false on failure.
bool seedBenchDatabase(const QString &path, qint64 tenants, qint64 days);
