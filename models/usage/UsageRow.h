#pragma once

#include <QDate>

namespace ud {

// One tenant's usage on one UTC day (data.md), keyed by the tenant's
// internal key (tenants.tenant_key).
struct UsageRow
{
    qint64 tenantKey = 0;
    QDate day;
    qint32 users = 0;
    qint64 voiceCredits = 0;
    qint64 smsCredits = 0;
    qint64 authentications = 0;
};

// 'YYYY-MM-DD' without going through QString (the bulk paths format
// millions of these).
void formatIsoDate(QDate date, char out[10]);

} // namespace ud
