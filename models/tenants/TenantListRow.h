#pragma once

#include "tenants/Tenant.h"

namespace ud {

// One row of the Tenants List: the tenant, its key, and this month's usage
// (0 when the tenant has no usage row this month).
struct TenantListRow
{
    qint64 tenantKey = 0;
    Tenant tenant;
    qint64 usersThisMonth = 0; // users on the month's latest day with a row
    qint64 voiceCreditsThisMonth = 0;
    qint64 smsCreditsThisMonth = 0;
};

} // namespace ud
