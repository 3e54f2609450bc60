#pragma once

#include "usage/UsageWriter.h"

#include <QByteArray>
#include <QDate>
#include <set>
#include <utility>

struct pg_conn;

namespace ud {

// Rows are buffered as COPY text. A flush of rows in strictly increasing
// (tenant, day) order is first copied straight into usage_daily under a
// savepoint (COPY's batched inserts are about a third faster than INSERT ...
// SELECT); when a row is already there (unique violation) the savepoint is
// rolled back, and that flush and all later ones go the general way: one COPY
// into a session temporary staging table (emptied before and after use),
// merged into usage_daily (later rows win). The (tenant, month) pairs the rows touched
// are collected here and sent with one more COPY at finish(), which then
// recomputes those months of usage_monthly from usage_daily in one INSERT
// ... SELECT ... GROUP BY, in the caller's transaction. Between flushes the
// connection is free for the caller's own queries. docs/benchmarks.md
// ("PostgreSQL import") has where the time goes.
class PostgresUsageWriter final : public UsageWriter
{
public:
    static Result<std::unique_ptr<UsageWriter>> create(pg_conn *connection);
    ~PostgresUsageWriter() override;

    Status add(const UsageRow &row) override;
    Status finish() override;

private:
    explicit PostgresUsageWriter(pg_conn *connection);
    Status flush();
    // `sqlState` gets the SQLSTATE of a failed COPY when given.
    Status copy(const char *sql, const QByteArray &data, QByteArray *sqlState = nullptr);
    // The straight COPY of an ordered flush; false (and nothing written) when
    // a row already exists.
    Result<bool> copyStraight();

    pg_conn *m_connection;
    QByteArray m_buffer;
    bool m_straight = true; // until a flush meets rows already in usage_daily
    // Whether the buffered rows came in strictly increasing (tenant, day)
    // order: then no (tenant, day) repeats and the merge needs no sort.
    bool m_ordered = true;
    qint64 m_lastKey = -1;
    QDate m_lastDay;
    // (tenant_key, first day of the month) for the roll-up.
    std::set<std::pair<qint64, qint64>> m_months;
    std::pair<qint64, qint64> m_lastMonth{-1, 0};
};

} // namespace ud
