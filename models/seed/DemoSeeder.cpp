#include "seed/DemoSeeder.h"

#include "seed/DemoTenantGenerator.h"
#include "seed/DemoUsageGenerator.h"
#include "storage/SqlError.h"
#include "storage/SqliteBulkSettings.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <vector>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::DemoSeeder", text);
}

// Poll the cancellation flag (and report progress) after the tenant that
// crosses this many rows, or this many tenants, since the last poll.
constexpr qint64 kPollRows = 4096;
constexpr qint64 kPollTenants = 256;

Result<bool> hasTenants(const Connection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT 1 FROM tenants LIMIT 1")))
        return sqlError(query,
                        QCoreApplication::translate("ud::DemoSeeder", "cannot read the tenants"));
    return query.next();
}

Error cancelledError()
{
    return Error::cancelled(QCoreApplication::translate(
        "ud::DemoSeeder", "seeding was cancelled; the database is unchanged"));
}

} // namespace

Status DemoSeeder::validate(const SeedOptions &options)
{
    if (options.tenants < 1 || options.tenants > kMaxTenants)
        return Error::badInput(
            tr("--tenants: the number of tenants must be between 1 and %L1").arg(kMaxTenants));
    if (options.days < 1 || options.days > kMaxDays)
        return Error::badInput(
            tr("--days: the number of days must be between 1 and %L1").arg(kMaxDays));
    if (!options.lastDay.isValid())
        return Error::badInput(tr("--end: not a valid date"));
    return {};
}

Result<SeedSummary> DemoSeeder::run(const Connection &connection, const SeedOptions &options,
                                    const CancellationFlag &cancellation,
                                    const ProgressCallback &progress)
{
    if (const Status valid = validate(options); !valid)
        return valid.error();
    SeedSummary summary;
    summary.lastDay = options.lastDay;
    summary.firstDay = options.lastDay.addDays(-(options.days - 1));

    // Every tenant_key the seeder writes is one it has just upserted in the
    // same transaction: the per-row foreign-key lookup would check nothing.
    const SqliteBulkSettings bulk(connection, SqliteBulkSettings::ForeignKeys::SkipChecks);
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return transaction.error();
    // Only a database that already has tenants can hold a hostname we are
    // about to use for another tenant; an empty one needs no lookups.
    const auto populated = hasTenants(connection);
    if (!populated)
        return populated.error();

    TenantStore store(connection);
    // Tenants new to the database have no usage yet: their rows need no
    // conflict check.
    auto writer = UsageWriter::create(connection, *populated ? UsageWriter::Rows::MayReplace
                                                             : UsageWriter::Rows::AllNew);
    if (!writer)
        return writer.error();

    DemoTenantGenerator tenants(options.seed, summary.firstDay, summary.lastDay);
    std::vector<UsageRow> rows;
    SeedProgress state;
    state.tenantCount = options.tenants;
    qint64 rowsAtLastPoll = 0;
    qint64 tenantsAtLastPoll = 0;
    const auto poll = [&]() {
        rowsAtLastPoll = state.usageRows;
        tenantsAtLastPoll = state.tenantsDone;
        if (progress)
            progress(state);
        return !cancellation.isCancelled();
    };

    for (qint64 i = 0; i < options.tenants; ++i) {
        DemoTenantProfile profile = tenants.next();
        while (*populated) {
            const auto owner = store.tenantIdUsingHostname(profile.tenant.hostname);
            if (!owner)
                return owner.error();
            if (!owner->has_value() || **owner == profile.tenant.tenantId)
                break;
            profile.tenant.hostname = tenants.otherHostname(profile);
        }
        const auto key = store.upsert(profile.tenant);
        if (!key)
            return key.error();
        // Tenant keys grow with i on a fresh database, so rows arrive in
        // (tenant_key, day) order: appends at the end of usage_daily's B-tree.
        DemoUsageGenerator::generate(profile, *key, summary.firstDay, summary.lastDay, rows);
        for (const UsageRow &row : rows) {
            if (const Status added = (*writer)->add(row); !added)
                return added.error();
        }
        state.usageRows += qint64(rows.size());
        ++state.tenantsDone;
        if ((state.usageRows - rowsAtLastPoll >= kPollRows ||
             state.tenantsDone - tenantsAtLastPoll >= kPollTenants) &&
            !poll())
            return cancelledError();
    }
    if (const Status finished = (*writer)->finish(); !finished)
        return finished.error();
    if (!poll())
        return cancelledError();
    if (const Status logged =
            options.audit.record(connection, QStringLiteral("%1 tenants, %2 usage rows")
                                                 .arg(state.tenantsDone)
                                                 .arg(state.usageRows));
        !logged)
        return logged.error();
    if (const Status committed = (*transaction)->commit(); !committed)
        return committed.error();
    summary.tenants = state.tenantsDone;
    summary.usageRows = state.usageRows;
    return summary;
}

} // namespace ud
