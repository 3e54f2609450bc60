#include "seed/DemoTenantGenerator.h"

#include <algorithm>

namespace ud {

namespace {

// Stream purposes: each kind of draw has its own stream per tenant.
constexpr quint64 kTenantStream = 1;
constexpr quint64 kUsageStream = 2;

// A version-4 style UUID (random, RFC 4122 variant) from 128 drawn bits.
QString drawUuid(SeedRandom &random)
{
    quint64 high = random.next();
    quint64 low = random.next();
    high = (high & ~0xf000ULL) | 0x4000ULL;         // version 4
    low = (low & ~(0xcULL << 60)) | (0x8ULL << 60); // variant 10xx
    static const char digits[] = "0123456789abcdef";
    char text[36];
    int out = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[out++] = '-';
        const quint64 word = nibble < 16 ? high : low;
        const int shift = 60 - 4 * (nibble % 16);
        text[out++] = digits[(word >> shift) & 0xf];
    }
    return QString::fromLatin1(text, 36);
}

ContractMode drawContractMode(SeedRandom &random)
{
    const int draw = random.belowInt(100);
    if (draw < 80)
        return ContractMode::Production;
    if (draw < 95)
        return ContractMode::Trial;
    return ContractMode::Unknown;
}

// Users on the first day: a heavy tail, as real customer bases are. Most
// tenants are small, a few are very large. u*u skews each class to its
// lower end.
double drawBaseUsers(SeedRandom &random, ContractMode mode)
{
    if (mode == ContractMode::Trial)
        return random.between(2, 30);
    const int sizeClass = random.belowInt(1000);
    const double u = random.unit();
    const double skew = u * u;
    if (sizeClass < 550)
        return 5 + 145 * skew; // small: 5-150
    if (sizeClass < 850)
        return 150 + 2850 * skew; // medium: 150-3,000
    if (sizeClass < 970)
        return 3000 + 57000 * skew; // large: 3,000-60,000
    if (sizeClass < 995)
        return 60000 + 440000 * skew; // very large: 60,000-500,000
    return 500000 + 2500000 * skew;   // the giants: 0.5-3 million
}

} // namespace

DemoTenantGenerator::DemoTenantGenerator(quint64 seed, QDate firstDay, QDate lastDay)
    : m_seed(seed)
    , m_firstDay(firstDay)
    , m_lastDay(lastDay)
    , m_days(firstDay.daysTo(lastDay) + 1)
{}

DemoTenantProfile DemoTenantGenerator::next()
{
    SeedRandom random = SeedRandom::stream(m_seed, kTenantStream, quint64(m_index));
    DemoTenantProfile profile;
    profile.usageSeed = SeedRandom::stream(m_seed, kUsageStream, quint64(m_index)).next();
    ++m_index;

    Tenant &tenant = profile.tenant;
    tenant.tenantId = drawUuid(random);
    const CompanyName company = m_names.next(random);
    tenant.companyName = company.name;
    tenant.hostname = company.hostname;
    profile.hostKey = company.hostKey;
    tenant.contractMode = drawContractMode(random);
    tenant.locked = random.chance(0.02);
    tenant.serviceProvider = random.chance(0.03);
    tenant.authenticationAccount = random.chance(0.85);
    tenant.issuanceAccount = random.chance(0.30);
    tenant.createdOn = drawCreatedOn(random, tenant.contractMode);
    drawUsage(random, profile);
    drawSpikes(random, profile);
    return profile;
}

QString DemoTenantGenerator::otherHostname(const DemoTenantProfile &profile)
{
    return m_names.nextHostname(profile.hostKey);
}

// Most tenants existed before the period (spread over six years before it);
// some join during it, and trials mostly recently.
QDate DemoTenantGenerator::drawCreatedOn(SeedRandom &random, ContractMode mode) const
{
    const double joinsDuringPeriod = mode == ContractMode::Trial ? 0.6 : 0.12;
    if (random.chance(joinsDuringPeriod)) {
        // Trials are young: within the last 120 days of the period.
        const qint64 window = mode == ContractMode::Trial ? std::min<qint64>(m_days, 120) : m_days;
        return m_lastDay.addDays(-qint64(random.below(quint64(window))));
    }
    return m_firstDay.addDays(-1 - qint64(random.below(6 * 365)));
}

void DemoTenantGenerator::drawUsage(SeedRandom &random, DemoTenantProfile &profile) const
{
    const Tenant &tenant = profile.tenant;
    profile.baseUsers = drawBaseUsers(random, tenant.contractMode);
    // Over the whole period a tenant shrinks by up to 40% or grows by up to
    // 120%; growth is more common than decline.
    const double change = random.chance(0.7) ? random.between(0, 1.2) : -random.between(0, 0.4);
    profile.growthPerDay = change / double(std::max<qint64>(m_days, 30));
    profile.rampDays = tenant.createdOn >= m_firstDay ? 7 + random.belowInt(35) : 0;
    profile.authPerUser = random.between(1.5, 5.0);
    if (!tenant.authenticationAccount)
        profile.authPerUser *= 0.3; // signs in elsewhere; only some apps use the service
    profile.voicePerAuth = random.between(0.002, 0.02);
    profile.smsPerAuth = random.between(0.02, 0.15);
    if (tenant.issuanceAccount)
        profile.smsPerAuth *= 1.5; // enrolment codes go out by SMS
}

void DemoTenantGenerator::drawSpikes(SeedRandom &random, DemoTenantProfile &profile) const
{
    // About one event per hundred days, at least a chance of one in short
    // periods, never more than a dozen.
    const qint64 expected100 = m_days; // expected events x 100
    qint64 count = expected100 / 100 + (random.below(100) < quint64(expected100 % 100) ? 1 : 0);
    count = std::min<qint64>(count, 12);
    const qint64 firstJulian = m_firstDay.toJulianDay();
    for (qint64 i = 0; i < count; ++i) {
        DemoSpike spike;
        spike.firstJulianDay = firstJulian + qint64(random.below(quint64(m_days)));
        spike.length = 1 + random.belowInt(4);
        if (random.chance(0.5)) { // incident
            spike.authentications = random.between(3, 10);
            spike.voice = random.between(2, 6);
            spike.sms = random.between(1, 2);
        } else { // campaign
            spike.authentications = random.between(1.5, 3);
            spike.voice = 1;
            spike.sms = random.between(3, 8);
        }
        profile.spikes.push_back(spike);
    }
}

} // namespace ud
