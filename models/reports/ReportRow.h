#pragma once

#include <QString>

namespace ud {

// One row of a usage report (report-csv.md, "Rows and columns"), without the
// period, which is the report's.
struct ReportRow
{
    QString tenantId;
    QString hostname;
    QString companyName;
    QString contractMode; // PRODUCTION, TRIAL or UNKNOWN
    qint64 usersPeak = 0;
    qint64 usersEnd = 0;
    qint64 voiceCredits = 0;
    qint64 smsCredits = 0;
    qint64 authentications = 0;

    friend bool operator==(const ReportRow &, const ReportRow &) = default;
};

} // namespace ud
