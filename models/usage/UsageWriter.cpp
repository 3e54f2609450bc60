#include "usage/UsageWriter.h"

#include "storage/DriverHandle.h"
#include "usage/PostgresUsageWriter.h"
#include "usage/SqliteUsageWriter.h"

#include <QCoreApplication>

namespace ud {

void formatIsoDate(QDate date, char out[10])
{
    int year = date.year();
    const int month = date.month();
    const int day = date.day();
    out[3] = char('0' + year % 10);
    year /= 10;
    out[2] = char('0' + year % 10);
    year /= 10;
    out[1] = char('0' + year % 10);
    year /= 10;
    out[0] = char('0' + year % 10);
    out[4] = '-';
    out[5] = char('0' + month / 10);
    out[6] = char('0' + month % 10);
    out[7] = '-';
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
}

Result<std::unique_ptr<UsageWriter>> UsageWriter::create(const Connection &connection, Rows rows)
{
    const QSqlDatabase db = connection.database();
    if (connection.backend() == Backend::Sqlite) {
        if (sqlite3 *handle = sqliteHandle(db))
            return SqliteUsageWriter::create(handle, rows == Rows::AllNew);
    } else {
        if (pg_conn *handle = postgresHandle(db))
            return PostgresUsageWriter::create(handle);
    }
    return Error::storage(QCoreApplication::translate(
        "ud::UsageWriter", "the database driver does not expose its native connection"));
}

} // namespace ud
