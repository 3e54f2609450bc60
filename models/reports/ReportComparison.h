#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QList>
#include <QString>
#include <array>
#include <functional>
#include <optional>

namespace ud {

// The figures a report row has (report-csv.md), in its column order.
enum class ComparisonMeasure
{
    UsersPeak,
    UsersEnd,
    VoiceCredits,
    SmsCredits,
    Authentications,
};
inline constexpr int kComparisonMeasureCount = 5;

// Where a tenant of a comparison was found.
enum class ComparisonPresence
{
    Both,
    OnlyInA,
    OnlyInB,
};

// One stored report, as a comparison names it.
struct ComparedReport
{
    qint64 reportId = 0;
    QString name;
    QString scopeKind; // "tenant", "all" or "filter"
    QString scope;
    QString periodStart; // YYYY-MM-DD
    QString periodEnd;
    qint64 rowCount = 0;
    QString createdAt; // UTC ISO-8601
};

// One measure of one tenant in both reports. a or b is empty when the tenant
// is not in that report; then change and percent are empty too. change is
// b - a, exact (empty only if it does not fit 64 bits); percentTenths is
// (b - a) / |a| * 100 in tenths of a percent, rounded half away from zero,
// empty when a is 0 (no baseline).
struct ComparedFigure
{
    std::optional<qint64> a;
    std::optional<qint64> b;
    std::optional<qint64> change;
    std::optional<qint64> percentTenths;

    static ComparedFigure of(std::optional<qint64> a, std::optional<qint64> b);
    // "12.5", "-3.0": one decimal, '.' as the separator, '-' only; empty if none.
    static QString percentText(std::optional<qint64> tenths);
};

struct ComparisonRow
{
    QString tenantId;
    QString hostname;    // from the newer report that has the tenant
    QString companyName; // likewise
    ComparisonPresence presence = ComparisonPresence::Both;
    std::array<ComparedFigure, kComparisonMeasureCount> figures;

    const ComparedFigure &figure(ComparisonMeasure measure) const
    {
        return figures.at(static_cast<std::size_t>(measure));
    }
};

struct ComparisonSummary
{
    ComparedReport a;
    ComparedReport b;
    qint64 inBoth = 0;
    qint64 onlyInA = 0;
    qint64 onlyInB = 0;
};

// Two stored reports of the same scope kind side by side (product.md,
// Reports: Compare): per tenant, joined by tenant_id, both reports' figures
// and the change from A (the baseline, the first report given) to B,
// whichever is newer. Rows are ordered by hostname (byte order), then
// tenant_id, and streamed from one forward-only query, so the program never
// holds two million-row reports in memory. Needs export_reports:view;
// a refusal is audited. Columns and readings: docs/reports-archive-compare.md.
class ReportComparison
{
public:
    // Gets each row in order; an error it returns stops the comparison.
    using RowSink = std::function<Status(const ComparisonRow &)>;

    ReportComparison(const Connection &connection, Actor actor, Clock clock);

    // The two reports, checked: NotPermitted, NotFound for an unknown id,
    // BadInput for different scope kinds.
    Result<ComparisonSummary> describe(qint64 reportA, qint64 reportB) const;

    // describe(), then every row to `sink`; the summary's counts are filled
    // in. Cancelled when `cancel` is set (checked between rows, and the
    // running statement is interrupted).
    Result<ComparisonSummary> run(qint64 reportA, qint64 reportB, const RowSink &sink,
                                  const CancellationFlag *cancel = nullptr) const;

    // run() into a list, for views of reports small enough to show.
    Result<QList<ComparisonRow>> rows(qint64 reportA, qint64 reportB,
                                      const CancellationFlag *cancel = nullptr) const;

    static QString measureId(ComparisonMeasure measure);    // "users_peak", ...
    static QString presenceId(ComparisonPresence presence); // "both", "only_a", "only_b"

private:
    Result<ComparedReport> readReport(qint64 reportId) const;

    const Connection &m_connection;
    Actor m_actor;
    AccessGate m_gate;
};

} // namespace ud
