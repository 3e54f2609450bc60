#include "usage/SqliteUsageWriter.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace ud {

namespace {

Error sqliteError(sqlite3 *db)
{
    return Error::storage(QCoreApplication::translate("ud::UsageWriter", "cannot write usage: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

SqliteUsageWriter::SqliteUsageWriter(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteUsageWriter::~SqliteUsageWriter()
{
    sqlite3_finalize(m_statement);
}

Result<std::unique_ptr<UsageWriter>> SqliteUsageWriter::create(sqlite3 *db)
{
    static const char sql[] =
        "INSERT INTO usage_daily (tenant_key, day, users, voice_credits, sms_credits, "
        "authentications) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_key, day) DO "
        "UPDATE SET users = excluded.users, voice_credits = excluded.voice_credits, "
        "sms_credits = excluded.sms_credits, authentications = excluded.authentications";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK)
        return sqliteError(db);
    return std::unique_ptr<UsageWriter>(new SqliteUsageWriter(db, statement));
}

Status SqliteUsageWriter::add(const UsageRow &row)
{
    char day[10];
    formatIsoDate(row.day, day);
    sqlite3_bind_int64(m_statement, 1, row.tenantKey);
    sqlite3_bind_text(m_statement, 2, day, 10, SQLITE_TRANSIENT);
    sqlite3_bind_int(m_statement, 3, row.users);
    sqlite3_bind_int64(m_statement, 4, row.voiceCredits);
    sqlite3_bind_int64(m_statement, 5, row.smsCredits);
    sqlite3_bind_int64(m_statement, 6, row.authentications);
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE)
        return sqliteError(m_db);
    return {};
}

Status SqliteUsageWriter::finish()
{
    return {};
}

} // namespace ud
