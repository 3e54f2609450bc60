#pragma once

#include "core/Result.h"
#include "storage/Connection.h"

namespace ud {

// A write transaction that rolls back unless commit() succeeded. On SQLite it
// is BEGIN IMMEDIATE: the write lock is taken up front, so two writers wait
// for each other (busy timeout) instead of failing half-way with SQLITE_BUSY.
class Transaction
{
public:
    static Result<std::unique_ptr<Transaction>> begin(const Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();
    void rollback();

private:
    explicit Transaction(const Connection &connection);

    const Connection &m_connection;
    bool m_open = true;
};

} // namespace ud
