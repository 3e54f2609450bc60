#include "usage/TenantUsageCsv.h"

using namespace Qt::StringLiterals;

namespace ud {

Status TenantUsageCsv::write(const TenantUsage &usage, QIODevice &device,
                             CsvWriter::Options options)
{
    const bool monthly = usage.granularity == TenantUsageGranularity::Monthly;
    CsvWriter csv(device, options);
    if (monthly) {
        for (const QString &name : {u"month"_s, u"users_end"_s, u"users_peak"_s})
            csv.addPlain(name);
    } else {
        for (const QString &name : {u"day"_s, u"users"_s})
            csv.addPlain(name);
    }
    for (const QString &name : {u"voice_credits"_s, u"sms_credits"_s, u"authentications"_s})
        csv.addPlain(name);
    csv.endRecord();
    for (const TenantUsagePoint &point : usage.points) {
        csv.addDate(point.period);
        csv.addNumber(point.users);
        if (monthly)
            csv.addNumber(point.usersPeak);
        csv.addNumber(point.voiceCredits);
        csv.addNumber(point.smsCredits);
        csv.addNumber(point.authentications);
        csv.endRecord();
    }
    return csv.flush();
}

} // namespace ud
