#include "usage/TenantUsageSeries.h"

#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantUsageSeries", text);
}

// Dates are bound as 'YYYY-MM-DD' on both back ends (architecture.md), which
// only holds for four-digit years.
bool storable(QDate date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The month a day belongs to, as the back end's own date type, so the
// grouping and the value read back are the same on both: 'YYYY-MM-01' text
// on SQLite, a DATE on PostgreSQL; toDate() reads either.
QString monthOf(Backend backend)
{
    return backend == Backend::Postgres ? u"date_trunc('month', day)::date"_s
                                        : u"substr(day, 1, 8) || '01'"_s;
}

// One statement per granularity. Monthly points are grouped from the daily
// rows inside the range (not read from usage_monthly) so that months cut by
// the range count only their days inside it; users is the value on the
// latest day with a row, as report-csv.md's users_end. CAST keeps sums
// 64-bit integers on PostgreSQL (whose sum(bigint) is numeric).
QString statementFor(TenantUsageGranularity granularity, Backend backend)
{
    if (granularity == TenantUsageGranularity::Daily)
        return u"SELECT day, day, 1, users, users, voice_credits, sms_credits, authentications "
               u"FROM usage_daily WHERE tenant_key = ? AND day >= ? AND day <= ? ORDER BY day"_s;
    return uR"(SELECT g.month, g.last_day, g.days, u.users, g.users_peak, g.voice_credits,
       g.sms_credits, g.authentications
FROM (SELECT %1 AS month, max(day) AS last_day, count(*) AS days, max(users) AS users_peak,
             CAST(sum(voice_credits) AS BIGINT) AS voice_credits,
             CAST(sum(sms_credits) AS BIGINT) AS sms_credits,
             CAST(sum(authentications) AS BIGINT) AS authentications
      FROM usage_daily WHERE tenant_key = ? AND day >= ? AND day <= ?
      GROUP BY %1) g
JOIN usage_daily u ON u.tenant_key = ? AND u.day = g.last_day
ORDER BY g.month)"_s.arg(monthOf(backend));
}

} // namespace

TenantUsageSeries::TenantUsageSeries(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_gate(connection, std::move(clock))
{}

Result<TenantUsage> TenantUsageSeries::load(qint64 tenantKey, QDate first, QDate last,
                                            TenantUsageGranularity granularity) const
{
    AccessRequirement requirement;
    requirement.anyOf = {
        {Permission{Entity::Tenants, Action::View}, Permission{Entity::UsageData, Action::View}}};
    requirement.action = u"tenant usage view"_s;
    if (const Status allowed = m_gate.authorize(m_actor, requirement, QString::number(tenantKey));
        !allowed)
        return allowed.error();

    if (!storable(first))
        return Error::badInput(tr("the start date is not a valid date"));
    if (!storable(last))
        return Error::badInput(tr("the end date is not a valid date"));
    if (first > last)
        return Error::badInput(
            tr("the start date %1 is after the end date %2").arg(isoDate(first), isoDate(last)));

    TenantUsage usage;
    usage.tenantKey = tenantKey;
    usage.granularity = granularity;
    usage.first = first;
    usage.last = last;

    QSqlQuery tenant(m_connection.database());
    tenant.setForwardOnly(true);
    tenant.prepare(u"SELECT tenant_id, hostname, company_name FROM tenants WHERE tenant_key = ?"_s);
    tenant.addBindValue(tenantKey);
    if (!tenant.exec())
        return sqlError(tenant, tr("cannot look up tenant %1").arg(tenantKey));
    if (!tenant.next())
        return Error::notFound(tr("there is no tenant with key %1").arg(tenantKey));
    usage.tenantId = tenant.value(0).toString();
    usage.hostname = tenant.value(1).toString();
    usage.companyName = tenant.value(2).toString();
    tenant.finish();

    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(statementFor(granularity, m_connection.backend())))
        return sqlError(query, tr("cannot read the usage of %1").arg(usage.hostname));
    query.addBindValue(tenantKey);
    query.addBindValue(isoDate(first));
    query.addBindValue(isoDate(last));
    if (granularity == TenantUsageGranularity::Monthly)
        query.addBindValue(tenantKey);
    if (!query.exec())
        return sqlError(query, tr("cannot read the usage of %1").arg(usage.hostname));
    while (query.next()) {
        TenantUsagePoint point;
        point.period = query.value(0).toDate();
        point.lastDay = query.value(1).toDate();
        point.days = query.value(2).toInt();
        point.users = query.value(3).toInt();
        point.usersPeak = query.value(4).toInt();
        point.voiceCredits = query.value(5).toLongLong();
        point.smsCredits = query.value(6).toLongLong();
        point.authentications = query.value(7).toLongLong();
        usage.points << point;
    }
    if (query.lastError().isValid())
        return sqlError(query, tr("cannot read the usage of %1").arg(usage.hostname));
    return usage;
}

} // namespace ud
