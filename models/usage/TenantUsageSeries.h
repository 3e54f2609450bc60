#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ud {

enum class TenantUsageGranularity
{
    Daily,
    Monthly
};

// One point of a tenant's usage: a day, or the part of a calendar month that
// lies inside the range asked for.
struct TenantUsagePoint
{
    QDate period;     // the day, or the month's first day (even when the range starts later)
    QDate lastDay;    // the latest day with a row that the point covers (the day itself when daily)
    int days = 0;     // days with a row that the point covers (1 when daily)
    qint32 users = 0; // users on lastDay (report-csv.md's users_end)
    qint32 usersPeak = 0; // the largest daily users value the point covers
    qint64 voiceCredits = 0;
    qint64 smsCredits = 0;
    qint64 authentications = 0;

    friend bool operator==(const TenantUsagePoint &, const TenantUsagePoint &) = default;
};

// What the Tenant usage page shows: which tenant, the range, and the points,
// oldest first. Days without a row have no point.
struct TenantUsage
{
    qint64 tenantKey = 0;
    QString tenantId;
    QString hostname;
    QString companyName;
    TenantUsageGranularity granularity = TenantUsageGranularity::Daily;
    QDate first; // inclusive
    QDate last;  // inclusive
    QList<TenantUsagePoint> points;
};

// One tenant's usage over a date range, for holders of tenants:view and
// usage_data:view (a refusal is audited, as every refusal is). The points come
// from one query over usage_daily, so a month cut by the range counts only its
// days inside the range, and whole months equal usage_monthly's roll-up.
class TenantUsageSeries
{
public:
    TenantUsageSeries(const Connection &connection, Actor actor, Clock clock);

    // NotPermitted, BadInput for a range that is invalid or starts after it
    // ends, NotFound for an unknown tenant.
    Result<TenantUsage> load(qint64 tenantKey, QDate first, QDate last,
                             TenantUsageGranularity granularity) const;

private:
    const Connection &m_connection;
    Actor m_actor;
    AccessGate m_gate;
};

} // namespace ud
