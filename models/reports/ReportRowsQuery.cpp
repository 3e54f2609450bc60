#include "reports/ReportRowsQuery.h"

#include "reports/ReportCatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportRowsQuery", text);
}

} // namespace

ReportRowsQuery::ReportRowsQuery(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{}

Result<ReportInfo> ReportRowsQuery::open(qint64 reportId) const
{
    return ReportCatalog(m_connection, m_actor, m_clock).find(reportId);
}

Result<ReportRowsPage> ReportRowsQuery::page(qint64 reportId, qint64 afterPosition, int limit) const
{
    if (!m_actor.can({Entity::ExportReports, Action::View}))
        return Error::notPermitted(tr("your role does not allow viewing reports"));
    if (limit < 1 || limit > kMaxPageSize)
        return Error::badInput(
            tr("a page holds 1 to %1 rows, not %2").arg(kMaxPageSize).arg(limit));
    if (afterPosition < 0)
        return Error::badInput(tr("there is no row position %1").arg(afterPosition));
    return ReportStore(m_connection).rowsPage(reportId, afterPosition, limit);
}

} // namespace ud
