#pragma once

#include "csv/CsvWriter.h"
#include "usage/TenantUsageSeries.h"

#include <QIODevice>

namespace ud {

// The Tenant usage page's table as CSV (the encoding of report-csv.md):
//   daily:   day,users,voice_credits,sms_credits,authentications
//   monthly: month,users_end,users_peak,voice_credits,sms_credits,authentications
// with dates as YYYY-MM-DD (a month as its first day). The numbers written
// are the points given, so the file equals the table the user saw.
class TenantUsageCsv
{
public:
    static Status write(const TenantUsage &usage, QIODevice &device,
                        CsvWriter::Options options = {});
};

} // namespace ud
