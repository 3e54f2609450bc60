#pragma once

#include "core/Result.h"
#include "storage/Connection.h"
#include "tenants/Tenant.h"

#include <QSqlQuery>
#include <optional>

namespace ud {

// Writes and looks up tenants on one connection, with statements prepared
// once. Used inside the caller's transaction by the import and the seeder.
class TenantStore
{
public:
    explicit TenantStore(const Connection &connection);

    // Inserts the tenant, or updates every field of the one with the same
    // tenant_id; returns its tenant_key. Hostname and company name are
    // stored with their case-folded forms.
    Result<qint64> upsert(const Tenant &tenant);

    Result<std::optional<qint64>> keyOf(const QString &tenantId);
    Result<std::optional<Tenant>> find(const QString &tenantId);
    // The tenant_id of the tenant that uses `hostname`, if any.
    Result<std::optional<QString>> tenantIdUsingHostname(const QString &hostname);

private:
    QSqlQuery m_upsert;
    QSqlQuery m_keyOf;
    QSqlQuery m_find;
    QSqlQuery m_byHostname;
};

} // namespace ud
