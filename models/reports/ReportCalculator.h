#pragma once

#include "core/Cancellation.h"
#include "core/Result.h"
#include "reports/ReportRow.h"
#include "reports/ReportScope.h"
#include "storage/Connection.h"

#include <QDate>
#include <functional>

namespace ud {

// Computes the rows of a usage report (report-csv.md) for a scope and a
// period: one per tenant in scope, zeros without usage, ordered by hostname
// then tenant_id (byte order on both back ends).
//
// The roll-up path reads whole months of the period from usage_monthly and
// only the partial months at either end from usage_daily; docs/reports.md
// says why that is exact. Source::DailyOnly reads every day from usage_daily
// (the baseline of the benchmark and of the tests).
//
// Rows stream from one forward-only statement to the visitor, which must not
// use this connection. Cancelling stops the statement itself
// (StatementInterrupter), even before its first row.
class ReportCalculator
{
public:
    enum class Source
    {
        RollUp,
        DailyOnly
    };
    using Visitor = std::function<Status(const ReportRow &)>;

    explicit ReportCalculator(const Connection &connection);

    // The tenants in scope.
    Result<qint64> count(const ReportScope &scope,
                         const CancellationFlag *cancellation = nullptr) const;
    // The hostname of a tenant: scope (empty when there is no such tenant).
    Result<QString> hostnameOf(const QString &tenantId) const;

    // Cancelled when `cancellation` is set, whichever stage the work is at.
    Status forEach(const ReportScope &scope, QDate first, QDate last, const Visitor &visit,
                   const CancellationFlag *cancellation = nullptr,
                   Source source = Source::RollUp) const;

private:
    const Connection &m_connection;
};

} // namespace ud
