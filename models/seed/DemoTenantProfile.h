#pragma once

#include "tenants/Tenant.h"

#include <QtGlobal>
#include <vector>

namespace ud {

// A few days of unusual activity: an incident (a password-reset storm, a
// credential-stuffing attack: authentications and voice calls jump) or a
// campaign (a roll-out: SMS and authentications jump).
struct DemoSpike
{
    qint64 firstJulianDay = 0;
    int length = 1;
    double authentications = 1;
    double voice = 1;
    double sms = 1;
};

// One demo tenant and the parameters its daily usage is drawn from.
struct DemoTenantProfile
{
    Tenant tenant;
    QString hostKey;               // for CompanyNameGenerator::nextHostname()
    double baseUsers = 1;          // users on the first day of the period
    double growthPerDay = 0;       // linear trend, as a fraction of baseUsers
    int rampDays = 0;              // a new tenant grows into its size over these days
    double authPerUser = 1;        // authentications per user on an ordinary weekday
    double voicePerAuth = 0;       // voice credits per authentication
    double smsPerAuth = 0;         // SMS credits per authentication
    std::vector<DemoSpike> spikes; // at most a dozen
    quint64 usageSeed = 0;
};

} // namespace ud
