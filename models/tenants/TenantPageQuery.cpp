#include "tenants/TenantPageQuery.h"

#include "filters/FilterSql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

const QString kTenantColumns =
    u"t.tenant_key, t.tenant_id, t.hostname, t.company_name, t.contract_mode, t.locked, "
    "t.service_provider, t.authentication_account, t.issuance_account, t.created_on"_s;

bool isUsage(TenantListColumn column)
{
    return column == TenantListColumn::UsersThisMonth ||
           column == TenantListColumn::VoiceCreditsThisMonth ||
           column == TenantListColumn::SmsCreditsThisMonth;
}

// The tenants column a column sorts by (usage columns: usage_monthly's).
QString sortColumnName(TenantListColumn column)
{
    switch (column) {
    case TenantListColumn::Hostname:
        return u"hostname"_s;
    case TenantListColumn::CompanyName:
        return u"company_name"_s;
    case TenantListColumn::ContractMode:
        return u"contract_mode"_s;
    case TenantListColumn::Locked:
        return u"locked"_s;
    case TenantListColumn::ServiceProvider:
        return u"service_provider"_s;
    case TenantListColumn::AuthenticationAccount:
        return u"authentication_account"_s;
    case TenantListColumn::IssuanceAccount:
        return u"issuance_account"_s;
    case TenantListColumn::CreatedOn:
        return u"created_on"_s;
    case TenantListColumn::UsersThisMonth:
        return u"users_end"_s;
    case TenantListColumn::VoiceCreditsThisMonth:
        return u"voice_credits"_s;
    case TenantListColumn::SmsCreditsThisMonth:
        return u"sms_credits"_s;
    }
    return u"hostname"_s;
}

// The filter and the quick search (FilterSql's, as everywhere) as one
// condition on tenants `t`.
struct Where
{
    QString sql;
    QVariantList values;
};

Result<Where> whereOf(const TenantListSpec &spec)
{
    auto filter = FilterSql::translate(spec.filter, u"t"_s);
    if (!filter)
        return filter.error();
    filter->andAlso(FilterSql::quickSearch(spec.quickSearch, u"t"_s));
    return Where{filter->whereClause(), filter->values()};
}

QString direction(bool descending)
{
    return descending ? u" DESC"_s : QString();
}

} // namespace

QString TenantPageQuery::monthValue(const QDate &month)
{
    return QDate(month.year(), month.month(), 1).toString(Qt::ISODate);
}

Result<TenantPageSql> TenantPageQuery::page(const TenantListSpec &spec, bool reverse,
                                            const std::optional<TenantPageKey> &anchor,
                                            bool inclusive, int limit, bool someLackUsage)
{
    const auto where = whereOf(spec);
    if (!where)
        return where.error();
    const bool descending = spec.descending != reverse;
    const QString dir = direction(descending);
    const QString after = QString(descending ? u'<' : u'>') + (inclusive ? u"="_s : QString());
    const QString month = monthValue(spec.month);
    const QString column = sortColumnName(spec.sortColumn);
    TenantPageSql sql;

    if (!isUsage(spec.sortColumn)) {
        // The page's keys first (k), then their rows. The keys' query needs
        // only the sort index: for hostname and company name it holds the
        // folded texts too, so a text filter is tested there without
        // reading a row. SQLite does that in any query shape; PostgreSQL
        // only in an index-only scan, which a query reading the whole row
        // cannot be: it read a row for every index entry it tested (38,000
        // for the first page of "company name contains meridian", 100 ms
        // at 100,000 tenants instead of 29 ms; docs/benchmarks.md,
        // "PostgreSQL at full size").
        // hostname is unique: its index alone is the total order.
        const bool unique = spec.sortColumn == TenantListColumn::Hostname;
        QString order = u" ORDER BY t."_s + column + dir;
        if (!unique)
            order += u", t.tenant_key"_s + dir;
        sql.text = u"SELECT "_s + kTenantColumns +
                   u", coalesce(m.users_end, 0), coalesce(m.voice_credits, 0), "
                   "coalesce(m.sms_credits, 0) FROM (SELECT t.tenant_key FROM tenants t WHERE "_s +
                   where->sql;
        sql.values << where->values;
        if (anchor) {
            if (unique) {
                sql.text += u" AND t.hostname "_s + after + u" ?"_s;
                sql.values << anchor->value;
            } else {
                sql.text += u" AND (t.%1, t.tenant_key) %2 (?, ?)"_s.arg(column, after);
                sql.values << anchor->value << anchor->tenantKey;
            }
        }
        sql.text += order +
                    u" LIMIT ?) k JOIN tenants t ON t.tenant_key = k.tenant_key "
                    "LEFT JOIN usage_monthly m ON m.tenant_key = t.tenant_key AND "
                    "m.month = ?"_s +
                    order;
        sql.values << limit << month;
        return sql;
    }

    // A usage column: tenants with a row this month come in index order from
    // (month, figure, tenant_key) (arm a); tenants without one count as 0 and
    // come in tenant_key order (arm b). Each arm reads at most `limit` rows
    // and the outer query merges them. Arm b is left out where no 0 can
    // follow the anchor.
    bool withZeros = someLackUsage;
    QString zeroBound;
    if (anchor) {
        const qint64 value = anchor->value.toLongLong();
        if (value > 0 && !descending)
            withZeros = false;
        else if (value == 0)
            zeroBound = u" AND t.tenant_key "_s + after + u" ?"_s;
    }
    sql.text = u"SELECT * FROM (SELECT * FROM (SELECT "_s + kTenantColumns +
               u", m.users_end AS users_end, m.voice_credits AS voice_credits, "
               "m.sms_credits AS sms_credits, m.%1 AS sort_value "
               "FROM usage_monthly m CROSS JOIN tenants t "
               "WHERE t.tenant_key = m.tenant_key AND m.month = ? AND "_s.arg(column) +
               where->sql;
    sql.values << month << where->values;
    if (anchor) {
        sql.text += u" AND (m.%1, m.tenant_key) %2 (?, ?)"_s.arg(column, after);
        sql.values << anchor->value.toLongLong() << anchor->tenantKey;
    }
    sql.text += u" ORDER BY m.%1%2, m.tenant_key%2 LIMIT ?) a"_s.arg(column, dir);
    sql.values << limit;
    if (withZeros) {
        sql.text += u" UNION ALL SELECT * FROM (SELECT "_s + kTenantColumns +
                    u", 0, 0, 0, 0 FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM usage_monthly z "
                    "WHERE z.tenant_key = t.tenant_key AND z.month = ?) AND "_s +
                    where->sql + zeroBound;
        sql.values << month << where->values;
        if (!zeroBound.isEmpty())
            sql.values << anchor->tenantKey;
        sql.text += u" ORDER BY t.tenant_key"_s + dir + u" LIMIT ?) b"_s;
        sql.values << limit;
    }
    sql.text += u") p ORDER BY sort_value%1, tenant_key%1 LIMIT ?"_s.arg(dir);
    sql.values << limit;
    return sql;
}

Result<TenantPageSql> TenantPageQuery::seekKey(const TenantListSpec &spec, qint64 offset,
                                               bool someLackUsage)
{
    const auto where = whereOf(spec);
    if (!where)
        return where.error();
    const QString dir = direction(spec.descending);
    const QString column = sortColumnName(spec.sortColumn);
    TenantPageSql sql;
    if (!isUsage(spec.sortColumn)) {
        sql.text = u"SELECT t.%1, t.tenant_key FROM tenants t WHERE "_s.arg(column) + where->sql +
                   u" ORDER BY t."_s + column + dir;
        if (spec.sortColumn != TenantListColumn::Hostname)
            sql.text += u", t.tenant_key"_s + dir;
        sql.values << where->values;
    } else {
        const QString month = monthValue(spec.month);
        sql.text = u"SELECT sort_value, tenant_key FROM (SELECT m.%1 AS sort_value, "
                   "m.tenant_key AS tenant_key FROM usage_monthly m CROSS JOIN tenants t "
                   "WHERE t.tenant_key = m.tenant_key AND m.month = ? AND "_s.arg(column) +
                   where->sql;
        sql.values << month << where->values;
        if (someLackUsage) {
            sql.text += u" UNION ALL SELECT 0, t.tenant_key FROM tenants t WHERE NOT EXISTS "
                        "(SELECT 1 FROM usage_monthly z WHERE z.tenant_key = t.tenant_key AND "
                        "z.month = ?) AND "_s +
                        where->sql;
            sql.values << month << where->values;
        }
        sql.text += u") s ORDER BY sort_value%1, tenant_key%1"_s.arg(dir);
    }
    sql.text += u" LIMIT 1 OFFSET ?"_s;
    sql.values << offset;
    return sql;
}

TenantPageSql TenantPageQuery::tenantsWithoutUsage(const TenantListSpec &spec)
{
    // usage_monthly has one row per (tenant, month) and only for existing
    // tenants (the key references tenants with ON DELETE CASCADE).
    return {u"SELECT (SELECT count(*) FROM tenants) - "
            "(SELECT count(*) FROM usage_monthly WHERE month = ?)"_s,
            {monthValue(spec.month)}};
}

bool TenantPageQuery::sortsByUsage(TenantListColumn column)
{
    return isUsage(column);
}

Result<TenantPageSql> TenantPageQuery::count(const TenantListSpec &spec)
{
    const auto where = whereOf(spec);
    if (!where)
        return where.error();
    return TenantPageSql{u"SELECT count(*) FROM tenants t WHERE "_s + where->sql, where->values};
}

TenantListRow TenantPageQuery::rowFrom(const QSqlQuery &query)
{
    TenantListRow row;
    row.tenantKey = query.value(0).toLongLong();
    Tenant &tenant = row.tenant;
    tenant.tenantId = query.value(1).toString();
    tenant.hostname = query.value(2).toString();
    tenant.companyName = query.value(3).toString();
    tenant.contractMode =
        contractModeFromName(query.value(4).toString()).value_or(ContractMode::Unknown);
    tenant.locked = query.value(5).toInt() != 0;
    tenant.serviceProvider = query.value(6).toInt() != 0;
    tenant.authenticationAccount = query.value(7).toInt() != 0;
    tenant.issuanceAccount = query.value(8).toInt() != 0;
    // A DATE on PostgreSQL, ISO text on SQLite: toDate() reads both.
    tenant.createdOn = query.value(9).toDate();
    row.usersThisMonth = query.value(10).toLongLong();
    row.voiceCreditsThisMonth = query.value(11).toLongLong();
    row.smsCreditsThisMonth = query.value(12).toLongLong();
    return row;
}

TenantPageKey TenantPageQuery::keyOf(const TenantListRow &row, TenantListColumn column)
{
    const Tenant &t = row.tenant;
    QVariant value;
    switch (column) {
    case TenantListColumn::Hostname:
        value = t.hostname;
        break;
    case TenantListColumn::CompanyName:
        value = t.companyName;
        break;
    case TenantListColumn::ContractMode:
        value = contractModeName(t.contractMode);
        break;
    case TenantListColumn::Locked:
        value = t.locked ? 1 : 0;
        break;
    case TenantListColumn::ServiceProvider:
        value = t.serviceProvider ? 1 : 0;
        break;
    case TenantListColumn::AuthenticationAccount:
        value = t.authenticationAccount ? 1 : 0;
        break;
    case TenantListColumn::IssuanceAccount:
        value = t.issuanceAccount ? 1 : 0;
        break;
    case TenantListColumn::CreatedOn:
        value = t.createdOn.toString(Qt::ISODate);
        break;
    case TenantListColumn::UsersThisMonth:
        value = row.usersThisMonth;
        break;
    case TenantListColumn::VoiceCreditsThisMonth:
        value = row.voiceCreditsThisMonth;
        break;
    case TenantListColumn::SmsCreditsThisMonth:
        value = row.smsCreditsThisMonth;
        break;
    }
    return {value, row.tenantKey};
}

TenantPageKey TenantPageQuery::keyFrom(const QSqlQuery &query)
{
    QVariant value = query.value(0);
    // Dates are bound back as ISO text on both back ends.
    if (value.metaType().id() == QMetaType::QDate)
        value = value.toDate().toString(Qt::ISODate);
    return {value, query.value(1).toLongLong()};
}

} // namespace ud
