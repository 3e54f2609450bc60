#include "tenants/TenantStore.h"

#include "core/TextRules.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QVariant>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantStore", text);
}

} // namespace

TenantStore::TenantStore(const Connection &connection)
    : m_upsert(connection.database())
    , m_keyOf(connection.database())
    , m_find(connection.database())
    , m_byHostname(connection.database())
{
    m_upsert.prepare(QStringLiteral(
        "INSERT INTO tenants (tenant_id, hostname, hostname_folded, company_name, "
        "company_name_folded, contract_mode, locked, service_provider, authentication_account, "
        "issuance_account, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tenant_id) DO UPDATE SET hostname = excluded.hostname, "
        "hostname_folded = excluded.hostname_folded, company_name = excluded.company_name, "
        "company_name_folded = excluded.company_name_folded, contract_mode = "
        "excluded.contract_mode, locked = excluded.locked, service_provider = "
        "excluded.service_provider, authentication_account = excluded.authentication_account, "
        "issuance_account = excluded.issuance_account, created_on = excluded.created_on "
        "RETURNING tenant_key"));
    m_keyOf.prepare(QStringLiteral("SELECT tenant_key FROM tenants WHERE tenant_id = ?"));
    m_find.prepare(QStringLiteral(
        "SELECT tenant_id, hostname, company_name, contract_mode, locked, service_provider, "
        "authentication_account, issuance_account, created_on FROM tenants WHERE tenant_id = ?"));
    m_byHostname.prepare(QStringLiteral("SELECT tenant_id FROM tenants WHERE hostname = ?"));
}

Result<qint64> TenantStore::upsert(const Tenant &tenant)
{
    m_upsert.addBindValue(tenant.tenantId);
    m_upsert.addBindValue(tenant.hostname);
    m_upsert.addBindValue(foldCase(tenant.hostname));
    m_upsert.addBindValue(tenant.companyName);
    m_upsert.addBindValue(foldCase(tenant.companyName));
    m_upsert.addBindValue(contractModeName(tenant.contractMode));
    m_upsert.addBindValue(tenant.locked ? 1 : 0);
    m_upsert.addBindValue(tenant.serviceProvider ? 1 : 0);
    m_upsert.addBindValue(tenant.authenticationAccount ? 1 : 0);
    m_upsert.addBindValue(tenant.issuanceAccount ? 1 : 0);
    m_upsert.addBindValue(tenant.createdOn.toString(Qt::ISODate));
    if (!m_upsert.exec() || !m_upsert.next())
        return sqlError(m_upsert, tr("cannot store tenant %1").arg(tenant.tenantId));
    const qint64 key = m_upsert.value(0).toLongLong();
    m_upsert.finish();
    return key;
}

Result<std::optional<qint64>> TenantStore::keyOf(const QString &tenantId)
{
    m_keyOf.addBindValue(tenantId);
    if (!m_keyOf.exec())
        return sqlError(m_keyOf, tr("cannot look up tenant %1").arg(tenantId));
    std::optional<qint64> key;
    if (m_keyOf.next())
        key = m_keyOf.value(0).toLongLong();
    m_keyOf.finish();
    return key;
}

Result<std::optional<Tenant>> TenantStore::find(const QString &tenantId)
{
    m_find.addBindValue(tenantId);
    if (!m_find.exec())
        return sqlError(m_find, tr("cannot look up tenant %1").arg(tenantId));
    std::optional<Tenant> found;
    if (m_find.next()) {
        Tenant tenant;
        tenant.tenantId = m_find.value(0).toString();
        tenant.hostname = m_find.value(1).toString();
        tenant.companyName = m_find.value(2).toString();
        tenant.contractMode =
            contractModeFromName(m_find.value(3).toString()).value_or(ContractMode::Unknown);
        tenant.locked = m_find.value(4).toInt() != 0;
        tenant.serviceProvider = m_find.value(5).toInt() != 0;
        tenant.authenticationAccount = m_find.value(6).toInt() != 0;
        tenant.issuanceAccount = m_find.value(7).toInt() != 0;
        tenant.createdOn = m_find.value(8).toDate();
        found = tenant;
    }
    m_find.finish();
    return found;
}

Result<std::optional<QString>> TenantStore::tenantIdUsingHostname(const QString &hostname)
{
    m_byHostname.addBindValue(hostname);
    if (!m_byHostname.exec())
        return sqlError(m_byHostname, tr("cannot look up hostname %1").arg(hostname));
    std::optional<QString> owner;
    if (m_byHostname.next())
        owner = m_byHostname.value(0).toString();
    m_byHostname.finish();
    return owner;
}

} // namespace ud
