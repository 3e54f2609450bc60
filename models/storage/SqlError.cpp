#include "storage/SqlError.h"

#include "storage/DriverHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cstring>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace ud {

namespace {

// SQLite result codes that concern the whole database, not one statement.
bool isDatabaseWideSqliteCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_NOTADB:
        return true;
    default:
        return false;
    }
}

// The database behind `driver` in --db form, when `error` is about all of
// it; empty otherwise. Read from the native handle: the query does not know
// its connection's name.
QString failedDatabase(const QSqlDriver *driver, const QSqlError &error)
{
    if (!driver)
        return {};
    const QVariant handle = driver->handle();
    if (!handle.isValid() || !handle.typeName())
        return {};
    if (std::strcmp(handle.typeName(), "sqlite3*") == 0) {
        auto *db = *static_cast<sqlite3 *const *>(handle.constData());
        if (!db || !isDatabaseWideSqliteCode(error.nativeErrorCode().toInt()))
            return {};
        const char *path = sqlite3_db_filename(db, "main");
        return path ? QDir::toNativeSeparators(QString::fromUtf8(path)) : QString();
    }
    if (std::strcmp(handle.typeName(), "PGconn*") == 0 ||
        std::strcmp(handle.typeName(), "pg_conn*") == 0) {
        auto *conn = *static_cast<PGconn *const *>(handle.constData());
        if (!conn ||
            (PQstatus(conn) == CONNECTION_OK && error.type() != QSqlError::ConnectionError))
            return {};
        return postgresTargetName(conn);
    }
    return {};
}

} // namespace

Error sqlError(const QSqlError &error, const QString &context)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    if (detail.isEmpty())
        return Error::storage(context);
    return Error::storage(context + QStringLiteral(": ") + detail);
}

Error sqlError(const QSqlQuery &query, const QString &context)
{
    Error error = sqlError(query.lastError(), context);
    const QString database = failedDatabase(query.driver(), query.lastError());
    if (!database.isEmpty() && !error.message.contains(database))
        error.message +=
            QCoreApplication::translate("ud::SqlError", " (database %1)").arg(database);
    return error;
}

} // namespace ud
