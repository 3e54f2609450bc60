#include "seed/DemoUsageGenerator.h"

#include "seed/SeedRandom.h"

#include <algorithm>

namespace ud {

namespace {

// Authentications by weekday (Monday first) relative to an ordinary
// weekday: people sign in at work.
constexpr double kWeekdayFactor[7] = {1.00, 1.04, 1.02, 0.98, 0.86, 0.22, 0.16};

constexpr double kMaxUsers = 2147483647.0;

} // namespace

void DemoUsageGenerator::generate(const DemoTenantProfile &profile, qint64 tenantKey,
                                  QDate firstDay, QDate lastDay, std::vector<UsageRow> &rows)
{
    rows.clear();
    const QDate start = std::max(firstDay, profile.tenant.createdOn);
    if (start > lastDay)
        return;
    SeedRandom random(profile.usageSeed);
    const qint64 periodStart = firstDay.toJulianDay();
    const qint64 createdOn = profile.tenant.createdOn.toJulianDay();
    const qint64 last = lastDay.toJulianDay();
    int weekday = start.dayOfWeek() - 1;
    rows.reserve(size_t(last - start.toJulianDay() + 1));
    for (qint64 day = start.toJulianDay(); day <= last; ++day, weekday = (weekday + 1) % 7) {
        double users = profile.baseUsers * (1.0 + profile.growthPerDay * double(day - periodStart));
        const qint64 age = day - createdOn;
        if (age < profile.rampDays)
            users *= double(age + 1) / double(profile.rampDays);
        users = std::min(users * random.noise(0.01), kMaxUsers);

        double auth = users * profile.authPerUser * kWeekdayFactor[weekday] * random.noise(0.15);
        double voice = profile.voicePerAuth * random.noise(0.3);
        double sms = profile.smsPerAuth * random.noise(0.3);
        for (const DemoSpike &spike : profile.spikes) {
            if (day >= spike.firstJulianDay && day < spike.firstJulianDay + spike.length) {
                auth *= spike.authentications;
                voice *= spike.voice;
                sms *= spike.sms;
            }
        }
        UsageRow row;
        row.tenantKey = tenantKey;
        row.day = QDate::fromJulianDay(day);
        row.users = qint32(random.roundStochastic(users));
        row.authentications = random.roundStochastic(auth);
        row.voiceCredits = random.roundStochastic(double(row.authentications) * voice);
        row.smsCredits = random.roundStochastic(double(row.authentications) * sms);
        rows.push_back(row);
    }
}

} // namespace ud
