#pragma once

#include "core/Cancellation.h"
#include "core/Result.h"
#include "filters/TenantFilter.h"
#include "storage/Connection.h"
#include "tenants/Tenant.h"

#include <functional>

namespace ud {

// Reads the tenants a filter selects, in the order every list and report
// uses: hostname, then tenant_id, byte order. Rows stream from a
// forward-only query to a visitor one at a time, so a million tenants never
// sit in memory (pitfalls.md: a scrollable QSqlQuery caches every row, and
// QPSQL buffers the whole result unless forward-only).
class TenantQuery
{
public:
    // Returns an error to stop the walk; it is handed back by forEach().
    using Visitor = std::function<Status(const Tenant &)>;

    explicit TenantQuery(const Connection &connection);

    // Calls `visit` for each matching tenant. The visitor must not use this
    // connection (PostgreSQL streams the result over it). Stops with
    // ErrorKind::Cancelled when `cancellation` is set.
    Status forEach(const TenantFilter &filter, const Visitor &visit,
                   const CancellationFlag *cancellation = nullptr) const;
    // The same, narrowed by the Tenants List's quick search as well
    // (FilterSql::quickSearch).
    Status forEach(const TenantFilter &filter, const QString &quickSearch, const Visitor &visit,
                   const CancellationFlag *cancellation = nullptr) const;

    Result<qint64> count(const TenantFilter &filter, const QString &quickSearch = QString()) const;

private:
    const Connection &m_connection;
};

} // namespace ud
