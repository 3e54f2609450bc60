#pragma once

#include "seed/DemoTenantProfile.h"
#include "usage/UsageRow.h"

#include <QDate>
#include <vector>

namespace ud {

// Draws one demo tenant's daily usage over a period, in day order: users
// follow the tenant's trend (and ramp up after it joined), authentications
// follow the users with a weekly rhythm and noise, credits follow the
// authentications, and spikes lift a few days. No row before created_on.
class DemoUsageGenerator
{
public:
    // Replaces `rows` with the tenant's rows from max(firstDay, created_on)
    // to lastDay (none if it was created after lastDay).
    static void generate(const DemoTenantProfile &profile, qint64 tenantKey, QDate firstDay,
                         QDate lastDay, std::vector<UsageRow> &rows);
};

} // namespace ud
