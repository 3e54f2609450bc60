#pragma once

#include "usage/UsageWriter.h"

#include <QByteArray>

struct pg_conn;

namespace ud {

// Rows are buffered as COPY text; each flush runs one COPY into a session
// temporary staging table (emptied before and after use), merges it into
// usage_daily (later rows win) and notes the (tenant, month) pairs it held
// in a second temporary table. finish() recomputes those months of
// usage_monthly from usage_daily in one INSERT ... SELECT ... GROUP BY, in
// the caller's transaction. Between flushes the connection is free for the
// caller's own queries.
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

    pg_conn *m_connection;
    QByteArray m_buffer;
    qint64 m_sequence = 0;
};

} // namespace ud
