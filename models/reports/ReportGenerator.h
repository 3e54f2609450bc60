#pragma once

#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "reports/ReportRequest.h"
#include "storage/Connection.h"

#include <QIODevice>
#include <functional>

namespace ud {

// Generates a usage report (report-csv.md) for both faces: validates the
// request (product.md's name and description rules, the delimiter, the
// period against request.today, the scope), authorizes it (access.md:
// export_reports:add and tenants:view; a refusal is audited by the gate),
// computes the rows (ReportCalculator, on a second connection it opens to the
// same database, since PostgreSQL streams the rows over the first), and
// stores the report, its rows, its CSV hash and the audit line in one
// transaction on `connection`. Cancelled or failed work stores nothing.
//
// `csvOut`, when given, receives the report's CSV (its own options) as it is
// computed, for `report generate --out`: a QSaveFile the caller commits only
// when generate() succeeded.
//
// Errors: BadInput, NotPermitted, NotFound (a tenant: scope without that
// tenant, an unknown saved filter), Storage, Cancelled.
class ReportGenerator
{
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    ReportGenerator(const Connection &connection, Clock clock);

    Result<qint64> generate(const Actor &actor, const ReportRequest &request,
                            const CancellationFlag *cancellation = nullptr,
                            const Progress &progress = {}, QIODevice *csvOut = nullptr);

private:
    const Connection &m_connection;
    Clock m_clock;
};

} // namespace ud
