#pragma once

#include "core/Result.h"
#include "storage/Connection.h"
#include "usage/UsageRow.h"

#include <memory>

namespace ud {

// Upserts daily usage rows as fast as each back end allows, inside the
// caller's transaction: a later row for the same (tenant, day) replaces an
// earlier one, in the same batch or in the database (data.md). Used by the
// import and by the demo seeder, so both write usage the same way.
//
// finish() also brings usage_monthly up to date for every (tenant, month)
// the rows touched, in the same transaction, so the roll-up always equals a
// GROUP BY over usage_daily (docs/usage-rollups.md). One writer at a time
// per connection: the roll-up of a month is taken from the state before the
// writer started plus its own rows.
//
// SQLite: one native prepared INSERT ... ON CONFLICT, stepped per row.
// PostgreSQL: COPY into a temporary staging table, merged on finish().
class UsageWriter
{
public:
    enum class Rows
    {
        MayReplace, // the default: a row for an existing (tenant, day) replaces it
        // The caller guarantees every (tenant, day) is new to the table and
        // to the batch (the seeder on a database without tenants). SQLite
        // then skips the conflict check, about a third of a row's cost; a
        // duplicate fails with a constraint error instead of replacing.
        AllNew,
    };

    static Result<std::unique_ptr<UsageWriter>> create(const Connection &connection,
                                                       Rows rows = Rows::MayReplace);
    virtual ~UsageWriter() = default;

    virtual Status add(const UsageRow &row) = 0;
    // Writes whatever is buffered and the monthly roll-ups of the months
    // added since the last finish(). Nothing is committed: the caller's
    // transaction decides.
    virtual Status finish() = 0;
};

} // namespace ud
