#include "reports/ReportCatalog.h"

#include "access/AccessGate.h"
#include "access/AuditLog.h"
#include "core/FieldRules.h"
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

Status ReportCatalog::authorizeList() const
{
    return AccessGate(m_connection, m_clock)
        .authorize(m_actor, {{{{Entity::ExportReports, Action::View}}}, false, u"list reports"_s});
}

Result<QList<ReportInfo>> ReportCatalog::list(int limit) const
{
    if (const Status allowed = authorizeList(); !allowed)
        return allowed.error();
    return ReportStore(m_connection).list(limit);
}

Result<QHash<qint64, QString>> ReportCatalog::tenantHostnames() const
{
    if (const Status allowed = authorizeList(); !allowed)
        return allowed.error();
    return ReportStore(m_connection).tenantHostnames();
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
    const AccessGate gate(m_connection, m_clock);
    if (const Status allowed = gate.require(m_actor, needed, u"delete report"_s, object); !allowed)
        return allowed;
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
    return gate.commitAudited(**transaction, m_actor, u"delete report"_s, object, (*found)->name);
}

Status ReportCatalog::rename(qint64 reportId, const QString &name)
{
    const QString object = u"report %1"_s.arg(reportId);
    const AccessGate gate(m_connection, m_clock);
    if (const Status allowed = gate.require(m_actor, {Entity::ExportReports, Action::Edit},
                                            u"rename report"_s, object);
        !allowed)
        return allowed;
    const auto checked = validateName(tr("name"), name);
    if (!checked)
        return checked.error();
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    ReportStore store(m_connection);
    const auto found = store.find(reportId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("there is no report %1").arg(reportId));
    const auto renamed = store.rename(reportId, *checked);
    if (!renamed)
        return renamed.error();
    return gate.commitAudited(**transaction, m_actor, u"rename report"_s, object,
                              u"%1 -> %2"_s.arg((*found)->name, *checked));
}

} // namespace ud
