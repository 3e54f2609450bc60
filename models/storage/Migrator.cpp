#include "storage/Migrator.h"

#include "storage/Migrations.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

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

    for (const Migration &migration : allMigrations()) {
        if (migration.version <= *current)
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
    }

    if (const Status committed = (*transaction)->commit(); !committed)
        return committed.error();
    return latestVersion();
}

} // namespace ud
