#pragma once

#include "core/Result.h"
#include "storage/Connection.h"

#include <QDateTime>

namespace ud {

// What issue #8's full-size database has besides tenants and usage (which
// DemoSeeder makes): schedules with their run history, archived reports and
// a long audit log.
struct LoadSeedOptions
{
    int schedules = 0;
    int runsPerSchedule = 30; // the last month of daily runs each
    int reports = 0;
    qint64 auditLines = 0;
    quint64 seed = 1;
    QDateTime now; // UTC; the newest report, run and audit line are before it
};

struct LoadSeedSummary
{
    int schedules = 0;
    qint64 runs = 0;
    int reports = 0;
    qint64 auditLines = 0;
};

// Fills the list pages' tables at load-test size (docs/benchmarks.md, "Pages
// at full size") with bulk INSERTs in one transaction: going through the
// stores would run the access gate and write an audit line per row, which
// at a million lines would take hours and make the audit log twice as long
// as asked. The rows satisfy every CHECK of the schema; a third of the
// reports are tenant reports with their one row (the Reports page names
// them by that row's hostname), the others cover all tenants.
class LoadSeeder
{
public:
    static Result<LoadSeedSummary> run(const Connection &connection,
                                       const LoadSeedOptions &options);
};

} // namespace ud
