#include "usage/PostgresUsageWriter.h"

#include "storage/DriverHandle.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace ud {

namespace {

constexpr qsizetype kFlushBytes = 8 * 1024 * 1024;

Error postgresError(pg_conn *connection, const char *what)
{
    const QString why = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    if (PQstatus(connection) != CONNECTION_OK) {
        // The server is gone: say which one.
        const QString server = postgresTargetName(connection);
        return Error::storage(
            QCoreApplication::translate("ud::UsageWriter", "cannot write usage (%1) to %2: %3")
                .arg(QString::fromLatin1(what), server, why));
    }
    return Error::storage(
        QCoreApplication::translate("ud::UsageWriter", "cannot write usage (%1): %2")
            .arg(QString::fromLatin1(what), why));
}

Status execute(pg_conn *connection, const char *sql, const char *what)
{
    PGresult *result = PQexec(connection, sql);
    const ExecStatusType status = PQresultStatus(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK)
        return postgresError(connection, what);
    return {};
}

// The months touched since the last finish() are recomputed from usage_daily
// in one statement; users_end is read back from the month's last day.
constexpr const char *kRecomputeSql = R"(INSERT INTO usage_monthly
    (tenant_key, month, users_peak, users_end, last_day, voice_credits, sms_credits,
     authentications)
SELECT g.tenant_key, g.month, g.users_peak, u.users, g.last_day, g.voice_credits, g.sms_credits,
       g.authentications
FROM (SELECT m.tenant_key, m.month, max(d.users) AS users_peak, max(d.day) AS last_day,
             sum(d.voice_credits)::bigint AS voice_credits,
             sum(d.sms_credits)::bigint AS sms_credits,
             sum(d.authentications)::bigint AS authentications
      FROM usage_rollup_months m
      JOIN usage_daily d ON d.tenant_key = m.tenant_key AND d.day >= m.month
                        AND d.day < (m.month + interval '1 month')::date
      GROUP BY m.tenant_key, m.month) g
JOIN usage_daily u ON u.tenant_key = g.tenant_key AND u.day = g.last_day
ON CONFLICT (tenant_key, month) DO UPDATE SET users_peak = EXCLUDED.users_peak,
    users_end = EXCLUDED.users_end, last_day = EXCLUDED.last_day,
    voice_credits = EXCLUDED.voice_credits, sms_credits = EXCLUDED.sms_credits,
    authentications = EXCLUDED.authentications)";

void appendNumber(QByteArray &buffer, qint64 value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n > 0)
        buffer.append(digits[--n]);
}

} // namespace

PostgresUsageWriter::PostgresUsageWriter(pg_conn *connection)
    : m_connection(connection)
{
    m_buffer.reserve(kFlushBytes + 256);
}

PostgresUsageWriter::~PostgresUsageWriter() = default;

Result<std::unique_ptr<UsageWriter>> PostgresUsageWriter::create(pg_conn *connection)
{
    // The staging table of one flush (8 MB of COPY text, about 150,000 rows)
    // outgrows the default 8 MB of temporary buffers and spills to files;
    // the size can only be set before the session's first temporary table.
    if (PGresult *fresh = PQexec(connection, "SELECT pg_my_temp_schema() = 0")) {
        const bool first = PQresultStatus(fresh) == PGRES_TUPLES_OK && PQntuples(fresh) == 1 &&
                           PQgetvalue(fresh, 0, 0)[0] == 't';
        PQclear(fresh);
        if (first) {
            if (const Status set =
                    execute(connection, "SET temp_buffers = '64MB'", "staging table");
                !set)
                return set.error();
        }
    }
    // The merge's sort and the roll-up's aggregation fit in memory instead
    // of spilling to disk; LOCAL: only until the caller's transaction ends.
    if (const Status set = execute(connection, "SET LOCAL work_mem = '64MB'", "staging table");
        !set)
        return set.error();
    if (const Status created = execute(
            connection,
            "CREATE TEMP TABLE IF NOT EXISTS usage_staging (seq BIGINT GENERATED ALWAYS AS "
            "IDENTITY, tenant_key "
            "BIGINT NOT NULL, day DATE NOT NULL, users INTEGER NOT NULL, voice_credits BIGINT NOT "
            "NULL, sms_credits BIGINT NOT NULL, authentications BIGINT NOT NULL)",
            "staging table");
        !created)
        return created.error();
    if (const Status created = execute(connection,
                                       "CREATE TEMP TABLE IF NOT EXISTS usage_rollup_months "
                                       "(tenant_key BIGINT NOT NULL, month DATE NOT NULL, "
                                       "PRIMARY KEY (tenant_key, month))",
                                       "monthly usage");
        !created)
        return created.error();
    if (const Status emptied =
            execute(connection, "TRUNCATE usage_staging, usage_rollup_months", "staging table");
        !emptied)
        return emptied.error();
    return std::unique_ptr<UsageWriter>(new PostgresUsageWriter(connection));
}

Status PostgresUsageWriter::add(const UsageRow &row)
{
    // COPY text format: tab-separated, one line per row; numbers and ISO
    // dates need no escaping.
    appendNumber(m_buffer, row.tenantKey);
    m_buffer.append('\t');
    char day[10];
    formatIsoDate(row.day, day);
    m_buffer.append(day, 10);
    m_buffer.append('\t');
    appendNumber(m_buffer, row.users);
    m_buffer.append('\t');
    appendNumber(m_buffer, row.voiceCredits);
    m_buffer.append('\t');
    appendNumber(m_buffer, row.smsCredits);
    m_buffer.append('\t');
    appendNumber(m_buffer, row.authentications);
    m_buffer.append('\n');
    if (row.tenantKey < m_lastKey || (row.tenantKey == m_lastKey && row.day <= m_lastDay))
        m_ordered = false;
    m_lastKey = row.tenantKey;
    m_lastDay = row.day;
    // Rows come grouped by tenant and month: the set sees each pair once.
    const std::pair<qint64, qint64> month{row.tenantKey,
                                          QDate(row.day.year(), row.day.month(), 1).toJulianDay()};
    if (month != m_lastMonth) {
        m_months.insert(month);
        m_lastMonth = month;
    }
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return {};
}

Status PostgresUsageWriter::copy(const char *sql, const QByteArray &data, QByteArray *sqlState)
{
    PGresult *start = PQexec(m_connection, sql);
    const ExecStatusType startStatus = PQresultStatus(start);
    PQclear(start);
    if (startStatus != PGRES_COPY_IN)
        return postgresError(m_connection, "COPY");
    const bool sent =
        PQputCopyData(m_connection, data.constData(), static_cast<int>(data.size())) == 1;
    const bool ended = PQputCopyEnd(m_connection, sent ? nullptr : "client error") == 1;
    bool copied = sent && ended;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            copied = false;
            if (sqlState)
                *sqlState = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        }
        PQclear(result);
    }
    if (!copied)
        return postgresError(m_connection, "COPY");
    return {};
}

Result<bool> PostgresUsageWriter::copyStraight()
{
    if (const Status saved = execute(m_connection, "SAVEPOINT usage_straight", "COPY"); !saved)
        return saved.error();
    QByteArray sqlState;
    const Status copied = copy("COPY usage_daily (tenant_key, day, users, voice_credits, "
                               "sms_credits, authentications) FROM STDIN",
                               m_buffer, &sqlState);
    if (copied) {
        if (const Status released =
                execute(m_connection, "RELEASE SAVEPOINT usage_straight", "COPY");
            !released)
            return released.error();
        return true;
    }
    if (sqlState != "23505") // not unique_violation: a real error
        return copied.error();
    if (const Status undone = execute(m_connection, "ROLLBACK TO SAVEPOINT usage_straight", "COPY");
        !undone)
        return undone.error();
    if (const Status released = execute(m_connection, "RELEASE SAVEPOINT usage_straight", "COPY");
        !released)
        return released.error();
    return false;
}

Status PostgresUsageWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    // Only inside the caller's transaction (a savepoint needs one), and only
    // while no flush has met existing rows: a re-import would pay for the
    // failed attempt on every flush.
    if (m_ordered && m_straight && PQtransactionStatus(m_connection) == PQTRANS_INTRANS) {
        const auto straight = copyStraight();
        if (!straight) {
            m_buffer.clear();
            return straight.error();
        }
        if (*straight) {
            m_buffer.clear();
            m_lastKey = -1;
            return {};
        }
        m_straight = false;
    }
    const Status copied = copy("COPY usage_staging (tenant_key, day, users, voice_credits, "
                               "sms_credits, authentications) FROM STDIN",
                               m_buffer);
    m_buffer.clear();
    if (!copied)
        return copied;
    // Rows in strictly increasing (tenant, day) order (the usual file, and
    // every seed) hold no (tenant, day) twice: merged as they are. Otherwise
    // DISTINCT ON keeps the last row of each (tenant, day): ON CONFLICT may
    // not touch the same row twice in one statement.
    const char *merge =
        m_ordered
            ? "INSERT INTO usage_daily (tenant_key, day, users, voice_credits, sms_credits, "
              "authentications) SELECT tenant_key, day, users, voice_credits, sms_credits, "
              "authentications FROM usage_staging ON CONFLICT (tenant_key, day) DO UPDATE SET "
              "users = EXCLUDED.users, voice_credits = EXCLUDED.voice_credits, sms_credits = "
              "EXCLUDED.sms_credits, authentications = EXCLUDED.authentications"
            : "INSERT INTO usage_daily (tenant_key, day, users, voice_credits, sms_credits, "
              "authentications) SELECT DISTINCT ON (tenant_key, day) tenant_key, day, users, "
              "voice_credits, sms_credits, authentications FROM usage_staging ORDER BY "
              "tenant_key, day, seq DESC ON CONFLICT (tenant_key, day) DO UPDATE SET users = "
              "EXCLUDED.users, voice_credits = EXCLUDED.voice_credits, sms_credits = "
              "EXCLUDED.sms_credits, authentications = EXCLUDED.authentications";
    if (const Status merged = execute(m_connection, merge, "merge"); !merged)
        return merged;
    // The next batch is checked on its own (the database side is ON CONFLICT's).
    m_ordered = true;
    m_lastKey = -1;
    return execute(m_connection, "TRUNCATE usage_staging", "staging table");
}

Status PostgresUsageWriter::finish()
{
    if (const Status flushed = flush(); !flushed)
        return flushed;
    if (m_months.empty())
        return {};
    QByteArray months;
    months.reserve(qsizetype(m_months.size()) * 20);
    for (const auto &[tenantKey, julianDay] : m_months) {
        appendNumber(months, tenantKey);
        months.append('\t');
        char day[10];
        formatIsoDate(QDate::fromJulianDay(julianDay), day);
        months.append(day, 10);
        months.append('\n');
    }
    m_months.clear();
    m_lastMonth = {-1, 0};
    if (const Status noted = copy("COPY usage_rollup_months FROM STDIN", months); !noted)
        return noted;
    // Every month listed has daily rows (the writer only adds and replaces
    // them), so each gets its row back; none needs deleting.
    if (const Status computed = execute(m_connection, kRecomputeSql, "monthly usage"); !computed)
        return computed;
    return execute(m_connection, "TRUNCATE usage_rollup_months", "monthly usage");
}

} // namespace ud
