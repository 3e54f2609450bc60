#pragma once

#include "seed/CompanyNameGenerator.h"
#include "seed/DemoTenantProfile.h"

#include <QDate>

namespace ud {

// Draws the demo tenants of one seed, one after another: tenant 0, 1, 2, ...
// The same seed and period give the same tenants (names depend on the ones
// drawn before them, so draw them in order).
class DemoTenantGenerator
{
public:
    DemoTenantGenerator(quint64 seed, QDate firstDay, QDate lastDay);

    DemoTenantProfile next();
    QString otherHostname(const DemoTenantProfile &profile);

private:
    QDate drawCreatedOn(SeedRandom &random, ContractMode mode) const;
    void drawUsage(SeedRandom &random, DemoTenantProfile &profile) const;
    void drawSpikes(SeedRandom &random, DemoTenantProfile &profile) const;

    quint64 m_seed;
    QDate m_firstDay;
    QDate m_lastDay;
    qint64 m_days;
    qint64 m_index = 0;
    CompanyNameGenerator m_names;
};

} // namespace ud
