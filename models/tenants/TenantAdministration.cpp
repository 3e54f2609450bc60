#include "tenants/TenantAdministration.h"

#include "core/TextRules.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "tenants/TenantRules.h"
#include "tenants/TenantStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantAdministration", text);
}

QString fieldName(TenantAdministration::Field field)
{
    switch (field) {
    case TenantAdministration::Field::TenantId:
        return QStringLiteral("tenant_id");
    case TenantAdministration::Field::Hostname:
        return QStringLiteral("hostname");
    case TenantAdministration::Field::CompanyName:
        return QStringLiteral("company_name");
    case TenantAdministration::Field::CreatedOn:
        return QStringLiteral("created_on");
    }
    return QString();
}

// The audit detail: every field, so the log says what the tenant became.
QString describe(const Tenant &tenant)
{
    auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    return QStringLiteral("tenant_id=%1 hostname=%2 company_name=%3 contract_mode=%4 locked=%5 "
                          "service_provider=%6 authentication_account=%7 issuance_account=%8 "
                          "created_on=%9")
        .arg(tenant.tenantId, tenant.hostname, tenant.companyName,
             contractModeName(tenant.contractMode), flag(tenant.locked),
             flag(tenant.serviceProvider), flag(tenant.authenticationAccount),
             flag(tenant.issuanceAccount), tenant.createdOn.toString(Qt::ISODate));
}

} // namespace

TenantAdministration::TenantAdministration(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_gate(connection, m_clock)
{}

QMap<TenantAdministration::Field, QString> TenantAdministration::problems(const Tenant &draft)
{
    QMap<Field, QString> found;
    if (!draft.tenantId.isEmpty() && !normalizeUuid(draft.tenantId))
        found.insert(Field::TenantId, tr("not a UUID (8-4-4-4-12 hexadecimal digits)"));
    if (const auto problem = TenantRules::hostnameProblem(draft.hostname.toLower()))
        found.insert(Field::Hostname, *problem);
    if (const auto problem = TenantRules::companyNameProblem(draft.companyName))
        found.insert(Field::CompanyName, *problem);
    if (!draft.createdOn.isValid())
        found.insert(Field::CreatedOn, tr("a date is required"));
    return found;
}

Status TenantAdministration::authorize(Permission permission, const QString &action,
                                       const QString &object) const
{
    return m_gate.require(m_actor, permission, action, object);
}

Result<Tenant> TenantAdministration::cleaned(Tenant draft) const
{
    const QMap<Field, QString> found = problems(draft);
    if (!found.isEmpty()) {
        QStringList lines;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            lines << tr("%1: %2").arg(fieldName(it.key()), it.value());
        return Error::badInput(lines.join(QLatin1Char('\n')));
    }
    if (!draft.tenantId.isEmpty())
        draft.tenantId = *normalizeUuid(draft.tenantId);
    draft.hostname = draft.hostname.toLower();
    return draft;
}

Status TenantAdministration::checkHostnameFree(const Tenant &tenant) const
{
    TenantStore store(m_connection);
    const auto owner = store.tenantIdUsingHostname(tenant.hostname);
    if (!owner)
        return owner.error();
    if (owner->has_value() && **owner != tenant.tenantId)
        return Error::badInput(tr("hostname: %1 is already used by another tenant (%2)")
                                   .arg(tenant.hostname, **owner));
    return {};
}

Result<Tenant> TenantAdministration::find(const QString &tenantId) const
{
    if (const Status allowed =
            authorize({Entity::Tenants, Action::View}, QStringLiteral("view tenant"), tenantId);
        !allowed)
        return allowed.error();
    const std::optional<QString> id = normalizeUuid(tenantId);
    if (!id)
        return Error::badInput(tr("tenant_id: %1 is not a UUID").arg(tenantId));
    TenantStore store(m_connection);
    const auto found = store.find(*id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("no tenant has the tenant_id %1").arg(*id));
    return **found;
}

Result<Tenant> TenantAdministration::add(Tenant draft)
{
    return store(std::move(draft), Change::Add);
}

Result<Tenant> TenantAdministration::edit(Tenant draft)
{
    return store(std::move(draft), Change::Edit);
}

Result<Tenant> TenantAdministration::store(Tenant draft, Change change)
{
    const bool adding = change == Change::Add;
    const QString action = adding ? QStringLiteral("add tenant") : QStringLiteral("edit tenant");
    if (const Status allowed = authorize({Entity::Tenants, adding ? Action::Add : Action::Edit},
                                         action, draft.hostname);
        !allowed)
        return allowed.error();
    if (!adding && draft.tenantId.isEmpty())
        return Error::badInput(tr("tenant_id: a value is required"));
    auto tenant = cleaned(std::move(draft));
    if (!tenant)
        return tenant.error();
    if (tenant->tenantId.isEmpty())
        tenant->tenantId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    TenantStore store(m_connection);
    const auto existing = store.keyOf(tenant->tenantId);
    if (!existing)
        return existing.error();
    if (adding && existing->has_value())
        return Error::badInput(
            tr("tenant_id: a tenant with the tenant_id %1 exists already").arg(tenant->tenantId));
    if (!adding && !existing->has_value())
        return Error::notFound(tr("no tenant has the tenant_id %1").arg(tenant->tenantId));
    if (const Status free = checkHostnameFree(*tenant); !free)
        return free.error();
    if (const auto stored = store.upsert(*tenant); !stored)
        return stored.error();
    if (const Status committed = m_gate.commitAudited(**transaction, m_actor, action,
                                                      tenant->hostname, describe(*tenant));
        !committed)
        return committed.error();
    return *tenant;
}

Status TenantAdministration::remove(const QString &tenantId)
{
    const QString action = QStringLiteral("remove tenant");
    if (const Status allowed = authorize({Entity::Tenants, Action::Remove}, action, tenantId);
        !allowed)
        return allowed;
    const std::optional<QString> id = normalizeUuid(tenantId);
    if (!id)
        return Error::badInput(tr("tenant_id: %1 is not a UUID").arg(tenantId));

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    TenantStore store(m_connection);
    const auto existing = store.find(*id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::notFound(tr("no tenant has the tenant_id %1").arg(*id));
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM tenants WHERE tenant_id = ?"));
    query.addBindValue(*id);
    if (!query.exec())
        return sqlError(query, tr("removing tenant %1").arg(*id));
    return m_gate.commitAudited(**transaction, m_actor, action, (*existing)->hostname,
                                describe(**existing));
}

} // namespace ud
