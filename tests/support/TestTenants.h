#pragma once

// Hand-made tenants for tests that need a few with known names.

#include "tenants/Tenant.h"

namespace testdata {

// Tenant number `n` (1-28): a fixed UUID ending in n, created on 2024-05-n.
inline ud::Tenant tenant(int n, const QString &hostname, const QString &company,
                         ud::ContractMode mode)
{
    ud::Tenant t;
    t.tenantId = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    t.hostname = hostname;
    t.companyName = company;
    t.contractMode = mode;
    t.createdOn = QDate(2024, 5, n);
    return t;
}

} // namespace testdata
