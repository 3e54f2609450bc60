#pragma once

#include "CliRunner.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>

// What the fault-injection tests share (docs/fault-injection.md).
namespace fault {

// The day every seeded database ends on, and the period reports cover.
inline constexpr const char *kSeedEnd = "2026-11-30";
inline constexpr const char *kPeriod = "custom:2026-10-01..2026-11-30";
inline constexpr const char *kToday = "2026-12-01";

// Fills `db` through the real command line (seed --seed 7): the same data on
// every back end. A test cannot go on without it, so a failure is fatal.
void seed(const TestDatabase &db, int tenants, int days);
// `report generate` over everything (kPeriod) and the new report's id.
qint64 generateReport(const TestDatabase &db, const QString &name);

// Starts usagedesk-cli with `arguments` (after --db) in `process`.
void start(QProcess &process, const CliRunner &cli, const QStringList &arguments);
// SIGKILL, then reaps it: nothing of the process runs afterwards.
void killHard(QProcess &process);
// Polls `condition` every 5 ms for up to `timeoutMs`; its last value.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// The database's own consistency check: "ok", or what is wrong. SQLite:
// PRAGMA integrity_check and foreign_key_check. Both back ends: every
// report has exactly as many stored rows as it says (a report is written in
// one transaction), and the monthly roll-ups equal the daily rows they sum.
QString consistency(const TestDatabase &db);

// Entries of `dir` (hidden ones too) other than `expected`: a temporary or
// half-written file left behind shows here.
QStringList strayFiles(const QString &dir, const QStringList &expected = {});

// A file's bytes, or a null array when it does not exist.
QByteArray contents(const QString &path);

} // namespace fault
