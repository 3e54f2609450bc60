#include "storage/Migrator.h"

#include "storage/Migrations.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <optional>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::Migrator", text);
}

// An arbitrary constant that names UsageDesk's migration lock on PostgreSQL.
constexpr qint64 kMigrationLockId = 0x55534147454453; // "USAGEDS"

Result<bool> hasVersionTable(const Connection &connection)
{
    QSqlQuery query(connection.database());
    const QString sql = connection.backend() == Backend::Sqlite
                            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'table' AND name = 'schema_version'")
                            : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                             "table_schema = current_schema() AND table_name = "
                                             "'schema_version'");
    if (!query.exec(sql) || !query.next())
        return sqlError(query,
                        QCoreApplication::translate("ud::Migrator", "cannot read the schema of %1")
                            .arg(connection.target().displayName()));
    return query.value(0).toInt() > 0;
}

Result<int> readVersion(const Connection &connection)
{
    const Result<bool> hasTable = hasVersionTable(connection);
    if (!hasTable)
        return hasTable.error();
    if (!*hasTable)
        return 0;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !query.next())
        return sqlError(
            query, QCoreApplication::translate("ud::Migrator", "cannot read the schema version"));
    return query.value(0).toInt();
}

Status execAll(const Connection &connection, const QStringList &statements, int version)
{
    for (const QString &statement : statements) {
        QSqlQuery query(connection.database());
        if (!query.exec(statement))
            return sqlError(query, QCoreApplication::translate(
                                       "ud::Migrator", "migration to schema version %1 failed")
                                       .arg(version));
    }
    return {};
}

// Foreign keys off on a SQLite connection for as long as it lives, for
// migrations that rebuild tables (Migration::sqliteRebuiltTables). SQLite
// ignores the pragma inside a transaction, so this must exist before the
// migration's transaction begins and end after it ended; the connection's
// previous setting comes back then, whatever happened.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const Connection &connection)
        : m_connection(connection)
    {
        QSqlQuery query(connection.database());
        if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
            m_previous = query.value(0).toInt();
        query.finish();
        query.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        m_off = query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() &&
                query.value(0).toInt() == 0;
    }
    ~ForeignKeysOff()
    {
        QSqlQuery query(m_connection.database());
        query.exec(QStringLiteral("PRAGMA foreign_keys=%1").arg(m_previous));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    // False when SQLite kept them on (the connection was in a transaction).
    bool isOff() const { return m_off; }

private:
    const Connection &m_connection;
    int m_previous = 1;
    bool m_off = false;
};

bool rebuildsSqliteTables(int fromVersion, int toVersion)
{
    const auto &migrations = allMigrations();
    return std::any_of(migrations.begin(), migrations.end(), [&](const Migration &m) {
        return m.version > fromVersion && m.version <= toVersion &&
               !m.sqliteRebuiltTables.isEmpty();
    });
}

// With foreign keys off nothing stopped a rebuild from leaving a reference
// without its row: before committing, the rebuilt tables' own references and
// every reference to them are checked. Only those: a rebuild cannot break
// others, and checking every table reads all of usage_daily (16 s on a
// database of a million tenants). A database whose references were broken
// before is refused as well; the transaction rolls back, nothing changes.
Status checkForeignKeys(const Connection &connection, const QStringList &rebuilt, int version)
{
    const QString names = QStringList(rebuilt.size(), QStringLiteral("?")).join(u", ");
    QSqlQuery query(connection.database());
    query.prepare(
        QStringLiteral("SELECT c.\"table\", c.parent, count(*) FROM sqlite_master m, "
                       "pragma_foreign_key_check(m.name) c WHERE m.type = 'table' AND "
                       "(m.name IN (%1) OR EXISTS (SELECT 1 FROM pragma_foreign_key_list(m.name) "
                       "f WHERE f.\"table\" IN (%1))) GROUP BY c.\"table\", c.parent "
                       "ORDER BY c.\"table\", c.parent")
            .arg(names));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &table : rebuilt)
            query.addBindValue(table);
    }
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("ud::Migrator", "cannot check the references of %1")
                       .arg(connection.target().displayName()));
    QStringList broken;
    while (query.next())
        broken << QStringLiteral("%1 \u2192 %2: %3")
                      .arg(query.value(0).toString(), query.value(1).toString())
                      .arg(query.value(2).toLongLong());
    if (broken.isEmpty())
        return {};
    return Error::storage(
        QCoreApplication::translate(
            "ud::Migrator",
            "schema version %1 was not applied to %2, nothing was changed: rows refer to rows "
            "that do not exist (%3). PRAGMA foreign_key_check lists them; correct or remove them "
            "and start again")
            .arg(version)
            .arg(connection.target().displayName(), broken.join(QStringLiteral("; "))));
}

} // namespace

int Migrator::latestVersion()
{
    return allMigrations().back().version;
}

Result<int> Migrator::currentVersion(const Connection &connection)
{
    return readVersion(connection);
}

Result<int> Migrator::migrate(const Connection &connection)
{
    return migrate(connection, latestVersion());
}

Result<int> Migrator::migrate(const Connection &connection, int targetVersion)
{
    targetVersion = std::clamp(targetVersion, 0, latestVersion());

    // Decided before the transaction, which makes the pragma a no-op. Another
    // process may migrate meanwhile; then there is less to do, never more.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (connection.backend() == Backend::Sqlite) {
        const Result<int> before = readVersion(connection);
        if (!before)
            return before.error();
        if (rebuildsSqliteTables(*before, targetVersion)) {
            foreignKeysOff.emplace(connection);
            if (!foreignKeysOff->isOff())
                return Error::storage(tr("cannot turn off the foreign keys of %1 to migrate it")
                                          .arg(connection.target().displayName()));
        }
    }

    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return transaction.error();

    if (connection.backend() == Backend::Postgres) {
        QSqlQuery lock(connection.database());
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(kMigrationLockId);
        if (!lock.exec())
            return sqlError(lock, tr("cannot lock the schema for migration"));
    }

    const Result<bool> hasTable = hasVersionTable(connection);
    if (!hasTable)
        return hasTable.error();
    if (!*hasTable) {
        QSqlQuery create(connection.database());
        const QString sql = QStringLiteral(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, summary TEXT NOT NULL, "
            "applied_at TEXT NOT NULL)");
        if (!create.exec(sql))
            return sqlError(create, tr("cannot create the schema version table"));
    }

    const Result<int> current = readVersion(connection);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error::storage(tr("the database %1 has schema version %2, newer than this "
                                 "UsageDesk knows (%3); use a newer UsageDesk")
                                  .arg(connection.target().displayName())
                                  .arg(*current)
                                  .arg(latestVersion()));

    QStringList rebuilt;
    for (const Migration &migration : allMigrations()) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        const QStringList &statements =
            connection.backend() == Backend::Sqlite ? migration.sqlite : migration.postgres;
        if (const Status applied = execAll(connection, statements, migration.version); !applied)
            return applied.error();
        QSqlQuery record(connection.database());
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, summary, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(QString::fromLatin1(migration.summary));
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!record.exec())
            return sqlError(record, tr("cannot record schema version %1").arg(migration.version));
        if (connection.backend() == Backend::Sqlite)
            rebuilt += migration.sqliteRebuiltTables;
    }

    if (!rebuilt.isEmpty()) {
        if (!foreignKeysOff)
            return Error::storage(tr("cannot turn off the foreign keys of %1 to migrate it")
                                      .arg(connection.target().displayName()));
        rebuilt.removeDuplicates();
        if (const Status checked = checkForeignKeys(connection, rebuilt, targetVersion); !checked)
            return checked.error();
    }

    if (const Status committed = (*transaction)->commit(); !committed)
        return committed.error();
    return std::max(*current, targetVersion);
}

} // namespace ud
