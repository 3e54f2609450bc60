#include "tenants/TenantQuery.h"

#include "filters/FilterSql.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantQuery", text);
}

} // namespace

TenantQuery::TenantQuery(const Connection &connection)
    : m_connection(connection)
{}

Status TenantQuery::forEach(const TenantFilter &filter, const Visitor &visit,
                            const CancellationFlag *cancellation) const
{
    return forEach(filter, QString(), visit, cancellation);
}

Status TenantQuery::forEach(const TenantFilter &filter, const QString &quickSearch,
                            const Visitor &visit, const CancellationFlag *cancellation) const
{
    auto sql = FilterSql::translate(filter);
    if (!sql)
        return sql.error();
    sql->andAlso(FilterSql::quickSearch(quickSearch));
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true); // before prepare: the driver picks its mode then
    if (!query.prepare(QStringLiteral("SELECT tenant_id, hostname, company_name, contract_mode, "
                                      "locked, service_provider, authentication_account, "
                                      "issuance_account, created_on FROM tenants WHERE ") +
                       sql->whereClause() + QStringLiteral(" ORDER BY hostname, tenant_id")))
        return sqlError(query, tr("cannot list tenants"));
    sql->bindTo(query);
    if (!query.exec())
        return sqlError(query, tr("cannot list tenants"));
    Tenant tenant;
    while (query.next()) {
        if (cancellation && cancellation->isCancelled())
            return Error::cancelled(tr("listing tenants was cancelled"));
        tenant.tenantId = query.value(0).toString();
        tenant.hostname = query.value(1).toString();
        tenant.companyName = query.value(2).toString();
        tenant.contractMode =
            contractModeFromName(query.value(3).toString()).value_or(ContractMode::Unknown);
        tenant.locked = query.value(4).toInt() != 0;
        tenant.serviceProvider = query.value(5).toInt() != 0;
        tenant.authenticationAccount = query.value(6).toInt() != 0;
        tenant.issuanceAccount = query.value(7).toInt() != 0;
        // A DATE on PostgreSQL, ISO text on SQLite: toDate() reads both.
        tenant.createdOn = query.value(8).toDate();
        if (Status visited = visit(tenant); !visited)
            return visited;
    }
    if (query.lastError().isValid())
        return sqlError(query, tr("cannot list tenants"));
    return {};
}

Result<qint64> TenantQuery::count(const TenantFilter &filter, const QString &quickSearch) const
{
    auto sql = FilterSql::translate(filter);
    if (!sql)
        return sql.error();
    sql->andAlso(FilterSql::quickSearch(quickSearch));
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM tenants WHERE ") + sql->whereClause()))
        return sqlError(query, tr("cannot count tenants"));
    sql->bindTo(query);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("cannot count tenants"));
    return query.value(0).toLongLong();
}

} // namespace ud
