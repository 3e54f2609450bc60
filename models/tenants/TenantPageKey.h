#pragma once

#include <QVariant>

namespace ud {

// A row's position in a sort order: its sort column value with tenant_key as
// the tie-breaker. Keyset paging continues after (or before) one.
struct TenantPageKey
{
    QVariant value;
    qint64 tenantKey = 0;
};

} // namespace ud
