#pragma once

#include "storage/Connection.h"

namespace ud {

// For the length of a bulk write (import, seed) on SQLite: a page cache big
// enough to keep half-built B-tree pages and the tenants' indexes in memory,
// so they are not spilled to the WAL mid-transaction and written twice, and
// optionally no per-row foreign-key lookup. The connection's previous values
// come back on destruction. Does nothing on PostgreSQL.
//
// SQLite ignores foreign_keys inside a transaction: create this before the
// transaction begins.
class SqliteBulkSettings
{
public:
    enum class ForeignKeys
    {
        Check,
        SkipChecks
    };

    static constexpr int kCacheKibibytes = 256 * 1024;

    SqliteBulkSettings(const Connection &connection, ForeignKeys foreignKeys);
    ~SqliteBulkSettings();
    SqliteBulkSettings(const SqliteBulkSettings &) = delete;
    SqliteBulkSettings &operator=(const SqliteBulkSettings &) = delete;

private:
    const Connection &m_connection;
    bool m_active = false;
    qint64 m_previousCacheSize = 0;
    int m_previousForeignKeys = 1;
};

} // namespace ud
