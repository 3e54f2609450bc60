#pragma once

#include "core/Result.h"
#include "usage/UsageRow.h"

#include <QByteArray>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ud {

// Keeps usage_monthly equal to a GROUP BY over usage_daily for every
// (tenant, month) a SqliteUsageWriter touches, inside the same transaction
// (docs/usage-rollups.md).
//
// Two ways to get a month right, chosen per (tenant, month):
// - a month that had no daily rows when the writer started (usage_monthly,
//   exact until then, has no row for it) holds exactly the rows written
//   now, so its roll-up is summed in memory as they pass and inserted on
//   finish(): no daily row is read back. That is every month of a first
//   import and of the seed.
// - any other month (it had rows before, a day came twice, a sum
//   overflowed) is recomputed on finish() from usage_daily with one
//   INSERT ... SELECT ... GROUP BY over a temporary table of those months.
class SqliteRollupWriter
{
public:
    static Result<SqliteRollupWriter> create(sqlite3 *db);
    SqliteRollupWriter(SqliteRollupWriter &&) = default;
    SqliteRollupWriter &operator=(SqliteRollupWriter &&) = default;
    ~SqliteRollupWriter();

    // `isoDay` is row.day as 'YYYY-MM-DD' (the writer has it formatted).
    Status add(const UsageRow &row, const char *isoDay);
    // Writes the roll-ups of every month added since the last finish(),
    // after the daily rows have been written.
    Status finish();

private:
    struct MonthKey
    {
        qint64 tenantKey = 0;
        qint32 month = 0; // year * 12 + (month - 1)
        bool operator==(const MonthKey &other) const = default;
        bool operator<(const MonthKey &other) const
        {
            return tenantKey != other.tenantKey ? tenantKey < other.tenantKey : month < other.month;
        }
    };
    struct MonthKeyHash
    {
        size_t operator()(const MonthKey &key) const
        {
            return std::hash<qint64>()(key.tenantKey * 1000003 + key.month);
        }
    };
    // The month's figures from this writer's rows only.
    struct MonthTotals
    {
        MonthKey key;
        quint32 days = 0; // bit d - 1 set: day d of the month was added
        qint32 usersPeak = 0;
        qint32 usersEnd = 0;
        qint8 lastDay = 0; // day of the month, 0 = none yet
        bool recompute = false;
        qint64 voiceCredits = 0;
        qint64 smsCredits = 0;
        qint64 authentications = 0;
    };
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    SqliteRollupWriter(sqlite3 *db, bool monthlyWasEmpty);

    Result<size_t> slotFor(const MonthKey &key);
    Result<bool> hadRows(const MonthKey &key);
    Status flushSorted();
    Status insertSummed();
    Status recompute();
    Status execute(const char *sql);
    Result<Statement> prepare(const QByteArray &sql);
    Error lastError() const;

    sqlite3 *m_db;
    bool m_monthlyWasEmpty;
    // In order of first appearance. While keys only grow (rows by tenant and
    // day, as the seeder and most files write them) the vector is sorted and
    // needs no index, and every few thousand months the ones before the
    // current key are written out (flushSorted()), so memory stays small;
    // the first key out of order builds m_index.
    std::vector<MonthTotals> m_totals;
    // Keys up to here may have been written out already: a row for one of
    // them sends its month to the SQL recompute.
    std::optional<MonthKey> m_flushedUpTo;
    std::vector<MonthKey> m_flushedRecompute;
    Statement m_insertBatch;
    bool m_indexed = false;
    std::unordered_map<MonthKey, size_t, MonthKeyHash> m_index;
    size_t m_last = 0; // the slot of the previous row, if m_totals is not empty
    // Tenants whose months with rows have been read from usage_monthly.
    std::unordered_set<qint64> m_tenantsLookedUp;
    std::unordered_set<MonthKey, MonthKeyHash> m_monthsWithRows;
    Statement m_lookup;
};

} // namespace ud
