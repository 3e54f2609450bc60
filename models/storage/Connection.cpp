#include "storage/Connection.h"

#include "storage/SqlError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ud {

namespace {

// How long a writer waits for another process's lock before it fails: 10 s,
// or USAGEDESK_SQLITE_BUSY_TIMEOUT_MS (tests use a short one;
// docs/fault-injection.md).
int sqliteBusyTimeoutMs()
{
    bool ok = false;
    const int fromEnvironment =
        qEnvironmentVariableIntValue("USAGEDESK_SQLITE_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : 10'000;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::Connection", text);
}

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("usagedesk-%1-%2")
        .arg(purpose.isEmpty() ? QStringLiteral("main") : purpose)
        .arg(counter.fetchAndAddRelaxed(1));
}

Status prepareSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error::storage(
            QCoreApplication::translate("ud::Connection", "%1 is a folder, not a database file")
                .arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(
            QCoreApplication::translate("ud::Connection", "cannot create the folder %1")
                .arg(info.absolutePath()));
    return {};
}

// The database is only usable if it really is one: read its schema once.
Status checkSqlite(QSqlDatabase &db)
{
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return sqlError(probe, QCoreApplication::translate("ud::Connection",
                                                           "%1 is not a readable SQLite database")
                                   .arg(db.databaseName()));
    return {};
}

Status configureSqlite(QSqlDatabase &db)
{
    // WAL lets the GUI's readers run beside a writer; NORMAL is safe with WAL
    // (a power loss can lose the last commits, never corrupt the file).
    static const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL",  "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
        "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1String(pragma)))
            return sqlError(query, QCoreApplication::translate(
                                       "ud::Connection", "cannot set up the SQLite database %1")
                                       .arg(db.databaseName()));
    }
    return checkSqlite(db);
}

} // namespace

Connection::Connection(DatabaseTarget target, QString name)
    : m_target(std::move(target))
    , m_name(std::move(name))
{}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseTarget &target,
                                                     const QString &purpose)
{
    return openWith(target, purpose, false);
}

Result<std::unique_ptr<Connection>> Connection::openReadOnly(const DatabaseTarget &target,
                                                             const QString &purpose)
{
    return openWith(target, purpose, true);
}

Result<std::unique_ptr<Connection>> Connection::openWith(const DatabaseTarget &target,
                                                         const QString &purpose, bool readOnly)
{
    const QString name = uniqueConnectionName(purpose);
    std::unique_ptr<Connection> connection(new Connection(target, name));
    {
        QSqlDatabase db;
        if (target.backend == Backend::Sqlite) {
            if (readOnly) {
                const QFileInfo file(target.sqlitePath);
                if (!file.exists() || file.isDir())
                    return Error::storage(tr("%1 is not a database file")
                                              .arg(QDir::toNativeSeparators(target.sqlitePath)));
            } else if (const Status prepared = prepareSqliteFile(target.sqlitePath); !prepared) {
                return prepared.error();
            }
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(target.sqlitePath);
            db.setConnectOptions(
                readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                               .arg(std::min(sqliteBusyTimeoutMs(), 5000))
                         : QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sqliteBusyTimeoutMs()));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(target.host);
            db.setPort(target.port);
            db.setDatabaseName(target.databaseName);
            if (!target.user.isEmpty())
                db.setUserName(target.user);
            if (!target.password.isEmpty())
                db.setPassword(target.password);
            db.setConnectOptions(target.connectOptions);
        }
        if (!db.isValid())
            return Error::storage(tr("the Qt SQL driver for %1 is not installed")
                                      .arg(target.backend == Backend::Sqlite
                                               ? QStringLiteral("SQLite (libqt6sql6-sqlite)")
                                               : QStringLiteral("PostgreSQL (libqt6sql6-psql)")));
        if (!db.open())
            return Error::storage(tr("cannot open the database %1: %2")
                                      .arg(target.displayName(), db.lastError().text()));
        if (target.backend == Backend::Sqlite) {
            if (const Status configured = readOnly ? checkSqlite(db) : configureSqlite(db);
                !configured)
                return configured.error();
        } else {
            QSqlQuery query(db);
            // Timestamps are stored and compared in UTC whatever the server's zone.
            if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
                return sqlError(query, tr("cannot set up the PostgreSQL session"));
            if (readOnly &&
                !query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
                return sqlError(query, tr("cannot set up the PostgreSQL session"));
        }
    }
    return connection;
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace ud
