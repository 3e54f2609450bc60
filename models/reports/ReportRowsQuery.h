#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "reports/ReportInfo.h"
#include "reports/ReportRow.h"
#include "reports/ReportStore.h"
#include "storage/Connection.h"

#include <QList>

namespace ud {

// Reads a stored report's rows a page at a time for the Reports page's View,
// by keyset on report_rows' primary key (report_id, position): each page is
// one short index range, as quick at row 900,000 as at row 0, so a report of
// a million rows opens at once. Needs export_reports:view (open() checks and
// audits a refusal; page() refuses without auditing again).
class ReportRowsQuery
{
public:
    static constexpr int kMaxPageSize = 10'000;

    ReportRowsQuery(const Connection &connection, Actor actor, Clock clock);

    Result<ReportInfo> open(qint64 reportId) const;
    // Rows with position > afterPosition (positions start at 1), at most
    // `limit` (1..kMaxPageSize).
    Result<ReportRowsPage> page(qint64 reportId, qint64 afterPosition, int limit) const;

private:
    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
};

} // namespace ud
