#pragma once

#include "filters/TenantFilter.h"

#include <QDate>
#include <QString>

namespace ud {

// The columns of the Tenants List, in display order; TenantTableModel::Column
// has the same values.
enum class TenantListColumn
{
    Hostname,
    CompanyName,
    ContractMode,
    Locked,
    ServiceProvider,
    AuthenticationAccount,
    IssuanceAccount,
    CreatedOn,
    UsersThisMonth,
    VoiceCreditsThisMonth,
    SmsCreditsThisMonth,
};

inline constexpr int kTenantListColumnCount = 11;

// What one state of the list shows: the tenants the filter and the quick
// search select, in one order, with the usage of `month`.
struct TenantListSpec
{
    TenantFilter filter;
    QString quickSearch; // company name or hostname contains (FilterSql::quickSearch)
    TenantListColumn sortColumn = TenantListColumn::Hostname;
    bool descending = false;
    QDate month; // first day of "this month" (UTC)
};

} // namespace ud
