#include "reports/ReportCatalog.h"

#include "access/AccessGate.h"
#include "access/AuditLog.h"
#include "reports/ReportStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportCatalog", text);
}

} // namespace

ReportCatalog::ReportCatalog(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{}

Result<QList<ReportInfo>> ReportCatalog::list() const
{
    if (const Status allowed =
            AccessGate(m_connection, m_clock)
                .authorize(m_actor,
                           {{{{Entity::ExportReports, Action::View}}}, false, u"list reports"_s});
        !allowed)
        return allowed.error();
    return ReportStore(m_connection).list();
}

Result<ReportInfo> ReportCatalog::find(qint64 reportId) const
{
    const QString object = u"report %1"_s.arg(reportId);
    if (const Status allowed =
            AccessGate(m_connection, m_clock)
                .authorize(m_actor,
                           {{{{Entity::ExportReports, Action::View}}}, false, u"view report"_s},
                           object);
        !allowed)
        return allowed.error();
    const auto found = ReportStore(m_connection).find(reportId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("there is no report %1").arg(reportId));
    return **found;
}

Status ReportCatalog::remove(qint64 reportId)
{
    const QString object = u"report %1"_s.arg(reportId);
    const Permission needed{Entity::ExportReports, Action::Remove};
    // Audited with the deletion, in its transaction; a refusal by the gate.
    if (m_actor.adminId == 0 || !m_actor.can(needed)) {
        const Status refused =
            AccessGate(m_connection, m_clock)
                .authorize(m_actor, {{{needed}}, false, u"delete report"_s}, object);
        return refused ? Status(Error::notPermitted(tr("not permitted"))) : refused;
    }
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    ReportStore store(m_connection);
    const auto found = store.find(reportId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("there is no report %1").arg(reportId));
    const auto removed = store.remove(reportId);
    if (!removed)
        return removed.error();
    if (Status logged =
            AuditLog::append(m_connection, {0, m_clock(), m_actor.userName, u"delete report"_s,
                                            object, true, (*found)->name});
        !logged)
        return logged;
    return (*transaction)->commit();
}

} // namespace ud
