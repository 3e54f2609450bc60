#pragma once

#include "usage/SqliteRollupWriter.h"
#include "usage/UsageWriter.h"

#include <array>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ud {

// Rows are buffered and written kBatchRows at a time by one multi-row
// INSERT ... ON CONFLICT: one statement execution per batch instead of per
// row spares SQLite's per-execution work (cursor set-up, statement journal,
// halt), which was most of the cost of a row. Within a statement SQLite
// applies the rows in order, so a later row for the same (tenant, day)
// still wins. What is left over on finish() goes through a single-row
// statement. Each row also passes through a SqliteRollupWriter, which
// brings usage_monthly up to date on finish().
class SqliteUsageWriter final : public UsageWriter
{
public:
    static Result<std::unique_ptr<UsageWriter>> create(sqlite3 *db, bool allNew = false);
    ~SqliteUsageWriter() override;

    Status add(const UsageRow &row) override;
    Status finish() override;

    static constexpr int kBatchRows = 256;

private:
    SqliteUsageWriter(sqlite3 *db, sqlite3_stmt *single, sqlite3_stmt *batch,
                      SqliteRollupWriter rollup);

    Status writeBatch();
    Status execute(sqlite3_stmt *statement, int firstRow, int rowCount);
    // 'YYYY-MM-DD', cached: a batch runs over the same few hundred days
    // again and again, tenant after tenant.
    const std::array<char, 10> &formattedDay(QDate day);

    sqlite3 *m_db;
    sqlite3_stmt *m_single;
    sqlite3_stmt *m_batch;
    SqliteRollupWriter m_rollup;
    int m_pending = 0;
    // Bound with SQLITE_STATIC (no copy): they live until the step is done.
    std::array<UsageRow, kBatchRows> m_rows{};
    std::array<std::array<char, 10>, kBatchRows> m_days{};
    qint64 m_cacheFirstDay = 0;
    std::vector<std::array<char, 10>> m_dayCache; // unfilled entries start with '\0'
};

} // namespace ud
