#include "usage/PostgresUsageWriter.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace ud {

namespace {

constexpr qsizetype kFlushBytes = 8 * 1024 * 1024;

Error postgresError(pg_conn *connection, const char *what)
{
    return Error::storage(
        QCoreApplication::translate("ud::UsageWriter", "cannot write usage (%1): %2")
            .arg(QString::fromLatin1(what),
                 QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
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
    if (const Status created = execute(
            connection,
            "CREATE TEMP TABLE IF NOT EXISTS usage_staging (seq BIGINT NOT NULL, tenant_key "
            "BIGINT NOT NULL, day DATE NOT NULL, users INTEGER NOT NULL, voice_credits BIGINT NOT "
            "NULL, sms_credits BIGINT NOT NULL, authentications BIGINT NOT NULL)",
            "staging table");
        !created)
        return created.error();
    if (const Status emptied = execute(connection, "TRUNCATE usage_staging", "staging table");
        !emptied)
        return emptied.error();
    return std::unique_ptr<UsageWriter>(new PostgresUsageWriter(connection));
}

Status PostgresUsageWriter::add(const UsageRow &row)
{
    // COPY text format: tab-separated, one line per row; numbers and ISO
    // dates need no escaping.
    appendNumber(m_buffer, ++m_sequence);
    m_buffer.append('\t');
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
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return {};
}

Status PostgresUsageWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    PGresult *start = PQexec(m_connection, "COPY usage_staging FROM STDIN");
    const ExecStatusType startStatus = PQresultStatus(start);
    PQclear(start);
    if (startStatus != PGRES_COPY_IN)
        return postgresError(m_connection, "COPY");
    const bool sent =
        PQputCopyData(m_connection, m_buffer.constData(), static_cast<int>(m_buffer.size())) == 1;
    m_buffer.clear();
    const bool ended = PQputCopyEnd(m_connection, sent ? nullptr : "client error") == 1;
    bool copied = sent && ended;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            copied = false;
        PQclear(result);
    }
    if (!copied)
        return postgresError(m_connection, "COPY");
    // DISTINCT ON keeps the last row of each (tenant, day): ON CONFLICT may
    // not touch the same row twice in one statement.
    if (const Status merged = execute(
            m_connection,
            "INSERT INTO usage_daily (tenant_key, day, users, voice_credits, sms_credits, "
            "authentications) SELECT DISTINCT ON (tenant_key, day) tenant_key, day, users, "
            "voice_credits, sms_credits, authentications FROM usage_staging ORDER BY tenant_key, "
            "day, seq DESC ON CONFLICT (tenant_key, day) DO UPDATE SET users = EXCLUDED.users, "
            "voice_credits = EXCLUDED.voice_credits, sms_credits = EXCLUDED.sms_credits, "
            "authentications = EXCLUDED.authentications",
            "merge");
        !merged)
        return merged;
    return execute(m_connection, "TRUNCATE usage_staging", "staging table");
}

Status PostgresUsageWriter::finish()
{
    return flush();
}

} // namespace ud
