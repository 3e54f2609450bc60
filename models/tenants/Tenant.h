#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace ud {

enum class ContractMode
{
    Unknown,
    Production,
    Trial
};

// PRODUCTION, TRIAL, UNKNOWN: the names stored, filtered on and exported.
QString contractModeName(ContractMode mode);
// Case-insensitive; empty is not accepted here (import maps empty to Unknown).
std::optional<ContractMode> contractModeFromName(QStringView name);

// One tenant, as data.md defines it.
struct Tenant
{
    QString tenantId; // lower-case 8-4-4-4-12
    QString hostname; // lower-case
    QString companyName;
    ContractMode contractMode = ContractMode::Unknown;
    bool locked = false;
    bool serviceProvider = false;
    bool authenticationAccount = false;
    bool issuanceAccount = false;
    QDate createdOn;
};

} // namespace ud
