#pragma once

#include "core/Result.h"
#include "tenants/TenantListRow.h"
#include "tenants/TenantListSpec.h"
#include "tenants/TenantPageKey.h"
#include "tenants/TenantPageSql.h"

#include <optional>

class QSqlQuery;

namespace ud {

// The SQL of the Tenants List (docs/tenant-list.md), the same text on SQLite
// and PostgreSQL. Pages are read by keyset: "the `limit` rows after this
// (sort value, tenant_key)" in the order of an index that ends in
// tenant_key, so a page costs the same at row 10 and at row 999,990. OFFSET
// appears only in seekKey(), which finds an anchor for a long jump.
class TenantPageQuery
{
public:
    // The rows after `anchor` (all rows from the start without one), in the
    // spec's order, or in the opposite order when `reverse` (for the last
    // page and pages before an anchor: the caller reverses them back).
    // `inclusive` includes the anchor row itself. Columns: see rowFrom().
    // `someLackUsage` false (see tenantsWithoutUsage()) lets a usage sort
    // skip looking for tenants without a usage row this month.
    static Result<TenantPageSql> page(const TenantListSpec &spec, bool reverse,
                                      const std::optional<TenantPageKey> &anchor, bool inclusive,
                                      int limit, bool someLackUsage = true);

    // (sort value, tenant_key) of the row at `offset` in the spec's order:
    // one skip over the sort index, no row data read.
    static Result<TenantPageSql> seekKey(const TenantListSpec &spec, qint64 offset,
                                         bool someLackUsage = true);

    // How many tenants have no usage row in the spec's month (filter not
    // applied): two counts over indexes.
    static TenantPageSql tenantsWithoutUsage(const TenantListSpec &spec);

    static bool sortsByUsage(TenantListColumn column);

    static Result<TenantPageSql> count(const TenantListSpec &spec);

    // A row of page()'s result.
    static TenantListRow rowFrom(const QSqlQuery &query);
    // The key of a row (for the next keyset page) and of seekKey()'s result.
    static TenantPageKey keyOf(const TenantListRow &row, TenantListColumn column);
    static TenantPageKey keyFrom(const QSqlQuery &query);

    // The month's first day as bound ('YYYY-MM-01').
    static QString monthValue(const QDate &month);
};

} // namespace ud
