#include "storage/DriverHandle.h"

#include <QSqlDriver>
#include <QVariant>
#include <cstring>
#include <libpq-fe.h>

namespace ud {

namespace {

// The drivers wrap the pointer in a QVariant whose type name is that of the
// pointer (PGconn is a typedef of pg_conn, so either spelling may show).
template<typename Handle>
Handle *handleOfType(const QSqlDatabase &db, std::initializer_list<const char *> typeNames)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid())
        return nullptr;
    for (const char *typeName : typeNames) {
        if (std::strcmp(handle.typeName(), typeName) == 0)
            return *static_cast<Handle *const *>(handle.constData());
    }
    return nullptr;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    return handleOfType<sqlite3>(db, {"sqlite3*"});
}

pg_conn *postgresHandle(const QSqlDatabase &db)
{
    return handleOfType<pg_conn>(db, {"PGconn*", "pg_conn*"});
}

QString postgresTargetName(pg_conn *connection)
{
    const QString user = QString::fromUtf8(PQuser(connection));
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'),
             QString::fromUtf8(PQhost(connection)), QString::fromUtf8(PQport(connection)),
             QString::fromUtf8(PQdb(connection)));
}

} // namespace ud
