#include "storage/Migrations.h"

namespace ud {

// Version 3: monthly roll-ups of usage_daily.
//
// One row per (tenant, calendar month) that has daily rows, holding what a
// report needs from a whole month: the peak and the last day's users, and the
// sums. Reports over whole months and the Tenants List's "this month" columns
// read a few rows instead of up to 31 per tenant and month. The roll-up is
// kept equal to the daily rows by UsageWriter, in the same transaction as the
// rows it summarises; this migration fills it from existing rows.
//
// - month is the month's first day ('YYYY-MM-01'; DATE on PostgreSQL).
// - users_end is `users` on last_day, the month's latest day with a row.
// - (month, figure, tenant_key) indexes let the Tenants List sort by this
//   month's figures with keyset paging.
Migration monthlyUsageMigration()
{
    Migration m;
    m.version = 3;
    m.summary = "monthly usage roll-ups";
    m.sqlite = {
        QStringLiteral(R"(CREATE TABLE usage_monthly (
    tenant_key INTEGER NOT NULL REFERENCES tenants (tenant_key) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (length(month) = 10 AND substr(month, 9, 2) = '01'),
    users_peak INTEGER NOT NULL CHECK (users_peak >= 0),
    users_end INTEGER NOT NULL CHECK (users_end >= 0),
    last_day TEXT NOT NULL CHECK (length(last_day) = 10),
    voice_credits INTEGER NOT NULL CHECK (voice_credits >= 0),
    sms_credits INTEGER NOT NULL CHECK (sms_credits >= 0),
    authentications INTEGER NOT NULL CHECK (authentications >= 0),
    PRIMARY KEY (tenant_key, month)
) WITHOUT ROWID, STRICT)"),
        QStringLiteral(R"(INSERT INTO usage_monthly
SELECT g.tenant_key, g.month, g.users_peak, u.users, g.last_day, g.voice_credits,
       g.sms_credits, g.authentications
FROM (SELECT tenant_key, substr(day, 1, 8) || '01' AS month, max(users) AS users_peak,
             max(day) AS last_day, sum(voice_credits) AS voice_credits,
             sum(sms_credits) AS sms_credits, sum(authentications) AS authentications
      FROM usage_daily GROUP BY tenant_key, substr(day, 1, 8)) g
JOIN usage_daily u ON u.tenant_key = g.tenant_key AND u.day = g.last_day)"),
    };
    m.postgres = {
        QStringLiteral(R"(CREATE TABLE usage_monthly (
    tenant_key BIGINT NOT NULL REFERENCES tenants (tenant_key) ON DELETE CASCADE,
    month DATE NOT NULL CHECK (extract(day FROM month) = 1),
    users_peak INTEGER NOT NULL CHECK (users_peak >= 0),
    users_end INTEGER NOT NULL CHECK (users_end >= 0),
    last_day DATE NOT NULL,
    voice_credits BIGINT NOT NULL CHECK (voice_credits >= 0),
    sms_credits BIGINT NOT NULL CHECK (sms_credits >= 0),
    authentications BIGINT NOT NULL CHECK (authentications >= 0),
    PRIMARY KEY (tenant_key, month)
))"),
        QStringLiteral(R"(INSERT INTO usage_monthly
SELECT g.tenant_key, g.month, g.users_peak, u.users, g.last_day, g.voice_credits,
       g.sms_credits, g.authentications
FROM (SELECT tenant_key, date_trunc('month', day)::date AS month, max(users) AS users_peak,
             max(day) AS last_day, sum(voice_credits)::bigint AS voice_credits,
             sum(sms_credits)::bigint AS sms_credits,
             sum(authentications)::bigint AS authentications
      FROM usage_daily GROUP BY tenant_key, date_trunc('month', day)::date) g
JOIN usage_daily u ON u.tenant_key = g.tenant_key AND u.day = g.last_day)"),
    };
    const QStringList indexes = {
        QStringLiteral("CREATE INDEX usage_monthly_users_end ON usage_monthly "
                       "(month, users_end, tenant_key)"),
        QStringLiteral("CREATE INDEX usage_monthly_voice ON usage_monthly "
                       "(month, voice_credits, tenant_key)"),
        QStringLiteral("CREATE INDEX usage_monthly_sms ON usage_monthly "
                       "(month, sms_credits, tenant_key)"),
    };
    m.sqlite += indexes;
    m.postgres += indexes;
    return m;
}

} // namespace ud
