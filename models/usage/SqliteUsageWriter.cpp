#include "usage/SqliteUsageWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <sqlite3.h>

namespace ud {

namespace {

constexpr int kColumns = 6;

Error sqliteError(sqlite3 *db)
{
    return Error::storage(QCoreApplication::translate("ud::UsageWriter", "cannot write usage: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

// INSERT of `rows` rows, parameters numbered row by row, column by column.
QByteArray insertSql(int rows, bool allNew)
{
    QByteArray sql = "INSERT INTO usage_daily (tenant_key, day, users, voice_credits, sms_credits, "
                     "authentications) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)";
    if (allNew)
        return sql;
    sql += " ON CONFLICT (tenant_key, day) DO UPDATE SET users = excluded.users, voice_credits = "
           "excluded.voice_credits, sms_credits = excluded.sms_credits, authentications = "
           "excluded.authentications";
    return sql;
}

sqlite3_stmt *prepare(sqlite3 *db, int rows, bool allNew)
{
    const QByteArray sql = insertSql(rows, allNew);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

} // namespace

SqliteUsageWriter::SqliteUsageWriter(sqlite3 *db, sqlite3_stmt *single, sqlite3_stmt *batch,
                                     SqliteRollupWriter rollup)
    : m_db(db)
    , m_single(single)
    , m_batch(batch)
    , m_rollup(std::move(rollup))
{}

SqliteUsageWriter::~SqliteUsageWriter()
{
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_single);
}

Result<std::unique_ptr<UsageWriter>> SqliteUsageWriter::create(sqlite3 *db, bool allNew)
{
    sqlite3_stmt *single = prepare(db, 1, allNew);
    if (!single)
        return sqliteError(db);
    sqlite3_stmt *batch = prepare(db, kBatchRows, allNew);
    if (!batch) {
        const Error error = sqliteError(db);
        sqlite3_finalize(single);
        return error;
    }
    auto rollup = SqliteRollupWriter::create(db);
    if (!rollup) {
        sqlite3_finalize(batch);
        sqlite3_finalize(single);
        return rollup.error();
    }
    return std::unique_ptr<UsageWriter>(
        new SqliteUsageWriter(db, single, batch, std::move(*rollup)));
}

const std::array<char, 10> &SqliteUsageWriter::formattedDay(QDate day)
{
    constexpr qint64 kCacheDays = 8192;
    const qint64 julian = day.toJulianDay();
    qint64 index = julian - m_cacheFirstDay;
    if (m_dayCache.empty() || index < 0 || index >= kCacheDays) {
        // A new window around this day (the entries are copied before they
        // are bound, so dropping the old window is safe).
        m_cacheFirstDay = julian - kCacheDays / 2;
        m_dayCache.assign(size_t(kCacheDays), std::array<char, 10>{});
        index = julian - m_cacheFirstDay;
    }
    std::array<char, 10> &text = m_dayCache[size_t(index)];
    if (text[0] == '\0')
        formatIsoDate(day, text.data());
    return text;
}

Status SqliteUsageWriter::add(const UsageRow &row)
{
    m_rows[size_t(m_pending)] = row;
    m_days[size_t(m_pending)] = formattedDay(row.day);
    if (const Status counted = m_rollup.add(row, m_days[size_t(m_pending)].data()); !counted)
        return counted;
    if (++m_pending == kBatchRows)
        return writeBatch();
    return {};
}

Status SqliteUsageWriter::writeBatch()
{
    const Status written = execute(m_batch, 0, kBatchRows);
    m_pending = 0;
    return written;
}

Status SqliteUsageWriter::execute(sqlite3_stmt *statement, int firstRow, int rowCount)
{
    for (int i = 0; i < rowCount; ++i) {
        const size_t index = size_t(firstRow) + size_t(i);
        const UsageRow &row = m_rows[index];
        const int base = i * kColumns;
        sqlite3_bind_int64(statement, base + 1, row.tenantKey);
        sqlite3_bind_text(statement, base + 2, m_days[index].data(), 10, SQLITE_STATIC);
        sqlite3_bind_int(statement, base + 3, row.users);
        sqlite3_bind_int64(statement, base + 4, row.voiceCredits);
        sqlite3_bind_int64(statement, base + 5, row.smsCredits);
        sqlite3_bind_int64(statement, base + 6, row.authentications);
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return sqliteError(m_db);
    return {};
}

Status SqliteUsageWriter::finish()
{
    const int pending = m_pending;
    m_pending = 0;
    for (int i = 0; i < pending; ++i) {
        if (const Status written = execute(m_single, i, 1); !written)
            return written;
    }
    return m_rollup.finish();
}

} // namespace ud
