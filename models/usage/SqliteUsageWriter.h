#pragma once

#include "usage/UsageWriter.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ud {

class SqliteUsageWriter final : public UsageWriter
{
public:
    static Result<std::unique_ptr<UsageWriter>> create(sqlite3 *db);
    ~SqliteUsageWriter() override;

    Status add(const UsageRow &row) override;
    Status finish() override;

private:
    SqliteUsageWriter(sqlite3 *db, sqlite3_stmt *statement);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace ud
