#include "importing/TenantImporter.h"

#include "core/TextRules.h"
#include "importing/CsvReader.h"
#include "importing/FieldText.h"
#include "tenants/TenantRules.h"

#include <QCoreApplication>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantImporter", text);
}

// Column numbers, in the order of columns().
enum Column : qsizetype
{
    TenantId,
    Hostname,
    CompanyName,
    ContractModeColumn,
    Locked,
    ServiceProvider,
    AuthenticationAccount,
    IssuanceAccount,
    CreatedOn,
};

} // namespace

TenantImporter::TenantImporter(const Connection &connection, ImportOptions options)
    : Importer(connection, std::move(options))
{}

TenantImporter::~TenantImporter() = default;

QList<ColumnSpec> TenantImporter::columns() const
{
    return {
        {QStringLiteral("tenant_id"), true},
        {QStringLiteral("hostname"), true},
        {QStringLiteral("company_name"), true},
        {QStringLiteral("contract_mode"), false},
        {QStringLiteral("locked"), false},
        {QStringLiteral("service_provider"), false},
        {QStringLiteral("authentication_account"), false},
        {QStringLiteral("issuance_account"), false},
        {QStringLiteral("created_on"), false},
    };
}

Status TenantImporter::start()
{
    m_store = std::make_unique<TenantStore>(connection());
    return {};
}

Status TenantImporter::importRow(const CsvReader &reader, const ImportColumns &columns,
                                 const QString &file)
{
    const QList<ColumnSpec> specs = this->columns();
    auto value = [&](qsizetype column) {
        return columns.has(column)
                   ? QString::fromUtf8(trimSpaces(reader.field(columns.indexOf(column))))
                   : QString();
    };
    auto bad = [&](qsizetype column, const QString &what) {
        problems().add(file, reader.line(), specs[column].name, what);
        return Status();
    };

    // tenant_id
    const QString rawId = value(TenantId);
    if (rawId.isEmpty())
        return bad(TenantId, tr("a value is required"));
    const std::optional<QString> id = normalizeUuid(rawId);
    if (!id)
        return bad(TenantId,
                   tr("%1 is not a UUID (8-4-4-4-12 hexadecimal digits)").arg(quotedValue(rawId)));

    // hostname: stored lower-case, so that is also what must be unique
    const QString hostname = value(Hostname).toLower();
    if (const auto problem = TenantRules::hostnameProblem(hostname))
        return bad(Hostname, *problem);

    const QString companyName = value(CompanyName);
    if (const auto problem = TenantRules::companyNameProblem(companyName))
        return bad(CompanyName, *problem);

    // contract_mode: empty means UNKNOWN
    std::optional<ContractMode> mode;
    if (columns.has(ContractModeColumn)) {
        const QString text = value(ContractModeColumn);
        mode = text.isEmpty() ? std::optional(ContractMode::Unknown) : contractModeFromName(text);
        if (!mode)
            return bad(ContractModeColumn,
                       tr("%1 is not one of PRODUCTION, TRIAL, UNKNOWN").arg(quotedValue(text)));
    }

    // the four flags
    std::optional<bool> flags[4];
    for (qsizetype column : {Locked, ServiceProvider, AuthenticationAccount, IssuanceAccount}) {
        if (!columns.has(column))
            continue;
        const QString text = value(column);
        const std::optional<bool> flag = parseFlag(text);
        if (!flag)
            return bad(column, tr("%1 is not true/false, 1/0 or yes/no").arg(quotedValue(text)));
        flags[column - Locked] = flag;
    }

    // created_on: empty means the import day for a new tenant
    std::optional<QDate> createdOn;
    if (columns.has(CreatedOn)) {
        const QString text = value(CreatedOn);
        if (!text.isEmpty()) {
            createdOn = parseIsoDate(text);
            if (!createdOn)
                return bad(
                    CreatedOn,
                    tr("%1 is not a real date of the form YYYY-MM-DD").arg(quotedValue(text)));
        }
    }

    // Rows already imported in this run are in the database (same
    // transaction), so "earlier in the file set" needs no second lookup.
    const auto owner = m_store->tenantIdUsingHostname(hostname);
    if (!owner)
        return owner.error();
    if (owner->has_value() && **owner != *id)
        return bad(
            Hostname,
            tr("%1 is already used by another tenant (%2)").arg(quotedValue(hostname), **owner));

    const auto existing = m_store->find(*id);
    if (!existing)
        return existing.error();
    if (!m_existedBefore.contains(*id))
        m_existedBefore.insert(*id, existing->has_value());
    // Written even after a bad row (all is rolled back then), so later
    // rows are still checked against everything before them.

    Tenant tenant = existing->value_or(Tenant());
    tenant.tenantId = *id;
    tenant.hostname = hostname;
    tenant.companyName = companyName;
    if (mode)
        tenant.contractMode = *mode;
    if (flags[0])
        tenant.locked = *flags[0];
    if (flags[1])
        tenant.serviceProvider = *flags[1];
    if (flags[2])
        tenant.authenticationAccount = *flags[2];
    if (flags[3])
        tenant.issuanceAccount = *flags[3];
    if (createdOn)
        tenant.createdOn = *createdOn;
    else if (!existing->has_value())
        tenant.createdOn = options().today.isValid() ? options().today : QDate::currentDate();
    const auto stored = m_store->upsert(tenant);
    if (!stored)
        return stored.error();
    return {};
}

Status TenantImporter::finish(ImportSummary &summary)
{
    for (auto it = m_existedBefore.cbegin(); it != m_existedBefore.cend(); ++it) {
        if (it.value())
            ++summary.tenantsUpdated;
        else
            ++summary.tenantsInserted;
    }
    return {};
}

} // namespace ud
