#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"
#include "tenants/Tenant.h"

#include <QMap>

namespace ud {

// Adding, editing and removing single tenants by hand (the tenant dialog of
// the Tenants List), under the tenants grants of access.md. Each change is
// committed together with its audit line; a refusal is audited and changes
// nothing. Bulk changes go through the import.
class TenantAdministration
{
public:
    enum class Field
    {
        TenantId,
        Hostname,
        CompanyName,
        CreatedOn
    };

    TenantAdministration(const Connection &connection, Actor actor, Clock clock);

    // What is wrong with a draft's fields, without looking at the database:
    // the dialog shows each message next to its field before anything runs.
    // The hostname is checked as it will be stored (lower case).
    static QMap<Field, QString> problems(const Tenant &draft);

    Result<Tenant> find(const QString &tenantId) const;

    // A draft without a tenant_id gets a new random UUID. Returns the stored
    // tenant (hostname lower-cased, tenant_id normalized).
    Result<Tenant> add(Tenant draft);
    // Changes every field but tenant_id of the tenant with draft.tenantId.
    Result<Tenant> edit(Tenant draft);
    // Removes the tenant and, with it, all its usage rows.
    Status remove(const QString &tenantId);

private:
    enum class Change
    {
        Add,
        Edit
    };
    Result<Tenant> store(Tenant draft, Change change);
    Status authorize(Permission permission, const QString &action, const QString &object) const;
    Result<Tenant> cleaned(Tenant draft) const;
    Status checkHostnameFree(const Tenant &tenant) const;

    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
    AccessGate m_gate;
};

} // namespace ud
