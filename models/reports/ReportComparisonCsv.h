#pragma once

#include "csv/CsvWriter.h"
#include "reports/ReportComparison.h"

#include <QIODevice>
#include <QStringList>

namespace ud {

// A comparison as CSV, in the encoding of report-csv.md (CsvWriter), streamed
// row by row from ReportComparison::run(). The columns
//   tenant_id,hostname,company_name,presence,
//   then per measure (users_peak, users_end, voice_credits, sms_credits,
//   authentications): <m>_a,<m>_b,<m>_change,<m>_change_pct
// are described in docs/reports-archive-compare.md; a figure that does not
// exist (tenant absent from a report, % of a zero baseline) is an empty field.
class ReportComparisonCsv
{
public:
    static QStringList header();

    // The checks and errors of ReportComparison::run(), or the device's error.
    static Result<ComparisonSummary> write(const ReportComparison &comparison, qint64 reportA,
                                           qint64 reportB, QIODevice &device,
                                           CsvWriter::Options options = {},
                                           const CancellationFlag *cancel = nullptr);
};

} // namespace ud
