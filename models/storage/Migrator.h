#pragma once

#include "core/Result.h"
#include "storage/Connection.h"

namespace ud {

// Brings a database to the latest schema version, one forward migration at a
// time, all in one transaction. Safe to run again (nothing to do) and safe
// when two processes start at once: SQLite's write lock or a PostgreSQL
// advisory lock serialises them, and the second finds the work done.
class Migrator
{
public:
    static int latestVersion();
    // 0 for a database without UsageDesk's schema.
    static Result<int> currentVersion(const Connection &connection);
    // Returns the version reached.
    static Result<int> migrate(const Connection &connection);
    // Stops at targetVersion (tests build a database of an older schema).
    static Result<int> migrate(const Connection &connection, int targetVersion);
};

} // namespace ud
