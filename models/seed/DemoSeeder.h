#pragma once

#include "access/PendingAudit.h"
#include "core/Cancellation.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QDate>
#include <functional>

namespace ud {

struct SeedOptions
{
    qint64 tenants = 0;
    int days = 0;
    quint64 seed = 1;
    QDate lastDay; // the period is the `days` days ending here
    // The gate's line for this seed, recorded in the seed's transaction just
    // before it commits: a failed or cancelled seed leaves no "allowed" line.
    PendingAudit audit = {};
};

struct SeedProgress
{
    qint64 tenantsDone = 0;
    qint64 tenantCount = 0;
    qint64 usageRows = 0;
};

struct SeedSummary
{
    qint64 tenants = 0;
    qint64 usageRows = 0;
    QDate firstDay;
    QDate lastDay;
};

// Fills a database with realistic demo tenants and their daily usage
// (docs/seed.md). The same options give the same data on every machine.
// Everything is written in one transaction: a failure or a cancellation
// leaves the database as it was. Seeding again upserts: the same seed gives
// the same tenants (by tenant_id) and the same usage rows.
class DemoSeeder
{
public:
    static constexpr qint64 kMaxTenants = 10'000'000;
    static constexpr int kMaxDays = 3660;

    using ProgressCallback = std::function<void(const SeedProgress &)>;

    static Status validate(const SeedOptions &options);

    // `progress` is called every few thousand rows, on this thread; it may
    // cancel `cancellation`, which is polled right after.
    static Result<SeedSummary> run(const Connection &connection, const SeedOptions &options,
                                   const CancellationFlag &cancellation,
                                   const ProgressCallback &progress = {});
};

} // namespace ud
