#include "reports/ReportComparisonCsv.h"

using namespace Qt::StringLiterals;

namespace ud {

namespace {

void addOptional(CsvWriter &csv, std::optional<qint64> value)
{
    if (value)
        csv.addNumber(*value);
    else
        csv.addPlain(QString());
}

} // namespace

QStringList ReportComparisonCsv::header()
{
    QStringList names{u"tenant_id"_s, u"hostname"_s, u"company_name"_s, u"presence"_s};
    for (int m = 0; m < kComparisonMeasureCount; ++m) {
        const QString id = ReportComparison::measureId(static_cast<ComparisonMeasure>(m));
        names << id + u"_a"_s << id + u"_b"_s << id + u"_change"_s << id + u"_change_pct"_s;
    }
    return names;
}

Result<ComparisonSummary> ReportComparisonCsv::write(const ReportComparison &comparison,
                                                     qint64 reportA, qint64 reportB,
                                                     QIODevice &device, CsvWriter::Options options,
                                                     const CancellationFlag *cancel)
{
    // Nothing is written before the reports are checked: a refused or
    // unknown comparison leaves the device empty.
    const auto described = comparison.describe(reportA, reportB);
    if (!described)
        return described.error();

    CsvWriter csv(device, options);
    for (const QString &name : header())
        csv.addPlain(name);
    csv.endRecord();
    const auto summary = comparison.run(
        reportA, reportB,
        [&csv](const ComparisonRow &row) -> Status {
            csv.addPlain(row.tenantId);
            csv.addText(row.hostname);
            csv.addText(row.companyName);
            csv.addPlain(ReportComparison::presenceId(row.presence));
            for (const ComparedFigure &figure : row.figures) {
                addOptional(csv, figure.a);
                addOptional(csv, figure.b);
                addOptional(csv, figure.change);
                csv.addPlain(ComparedFigure::percentText(figure.percentTenths));
            }
            csv.endRecord();
            return {};
        },
        cancel);
    if (!summary)
        return summary.error();
    if (const Status flushed = csv.flush(); !flushed)
        return flushed.error();
    return summary;
}

} // namespace ud
