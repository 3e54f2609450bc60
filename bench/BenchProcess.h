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
