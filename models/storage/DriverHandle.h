#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct pg_conn;

namespace ud {

// The native handles behind a Qt connection, for what QtSql cannot do: bulk
// loading (SQLite's prepared statements without QVariant, PostgreSQL's COPY)
// and interrupting a running statement. Use them only on the thread that
// owns the connection, and leave no statement or COPY open when done.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
pg_conn *postgresHandle(const QSqlDatabase &db);
// "postgresql://user@host:port/dbname", as --db names it, for errors about
// the whole server (it still answers after the connection was lost).
QString postgresTargetName(pg_conn *connection);

} // namespace ud
