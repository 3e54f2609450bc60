#include "reports/ReportRowsQuery.h"

#include "reports/ReportCatalog.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT position, tenant_id, hostname, company_name, contract_mode, "
                       "users_peak, users_end, voice_credits, sms_credits, authentications "
                       "FROM report_rows WHERE report_id = ? AND position > ? "
                       "ORDER BY position LIMIT ?"_s))
        return sqlError(query, tr("cannot read the report's rows"));
    query.addBindValue(reportId);
    query.addBindValue(afterPosition);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query, tr("cannot read the report's rows"));
    ReportRowsPage page;
    page.rows.reserve(limit);
    page.lastPosition = afterPosition;
    while (query.next()) {
        page.lastPosition = query.value(0).toLongLong();
        ReportRow row;
        row.tenantId = query.value(1).toString();
        row.hostname = query.value(2).toString();
        row.companyName = query.value(3).toString();
        row.contractMode = query.value(4).toString();
        row.usersPeak = query.value(5).toLongLong();
        row.usersEnd = query.value(6).toLongLong();
        row.voiceCredits = query.value(7).toLongLong();
        row.smsCredits = query.value(8).toLongLong();
        row.authentications = query.value(9).toLongLong();
        page.rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return sqlError(query, tr("cannot read the report's rows"));
    page.atEnd = page.rows.size() < limit;
    return page;
}

} // namespace ud
