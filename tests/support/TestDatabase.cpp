#include "TestDatabase.h"

#include "access/SignIn.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

QString postgresAdminUrl()
{
    QString url = qEnvironmentVariable("USAGEDESK_TEST_PG_URL");
    if (url.isEmpty()) {
        QFile file(qEnvironmentVariable("USAGEDESK_TEST_PG_URL_FILE"));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    return url;
}

[[noreturn]] void fatal(const QString &message)
{
    qFatal("TestDatabase: %s", qUtf8Printable(message));
}

} // namespace

ud::Backend TestDatabase::backend()
{
    return qEnvironmentVariable("USAGEDESK_TEST_BACKEND") == QLatin1String("postgres")
               ? ud::Backend::Postgres
               : ud::Backend::Sqlite;
}

QString TestDatabase::backendName()
{
    return backend() == ud::Backend::Postgres ? QStringLiteral("postgres")
                                              : QStringLiteral("sqlite");
}

std::unique_ptr<TestDatabase> TestDatabase::create(bool migrate)
{
    std::unique_ptr<TestDatabase> db(new TestDatabase);
    if (!db->m_dir.isValid())
        fatal(QStringLiteral("cannot create a temporary folder"));
    if (backend() == ud::Backend::Sqlite) {
        db->m_target.backend = ud::Backend::Sqlite;
        db->m_target.sqlitePath = db->m_dir.filePath(QStringLiteral("test.sqlite"));
    } else {
        const QString url = postgresAdminUrl();
        if (url.isEmpty())
            fatal(QStringLiteral("no PostgreSQL test server: USAGEDESK_TEST_PG_URL(_FILE) unset"));
        auto admin = ud::DatabaseTarget::parse(url);
        if (!admin)
            fatal(admin.error().message);
        db->m_adminTarget = *admin;
        static int counter = 0;
        const QString name = QStringLiteral("ud_test_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                                 .arg(++counter);
        {
            auto connection = ud::Connection::open(db->m_adminTarget, QStringLiteral("admin"));
            if (!connection)
                fatal(connection.error().message);
            QSqlQuery query((*connection)->database());
            if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name)))
                fatal(QStringLiteral("CREATE DATABASE failed"));
        }
        db->m_target = db->m_adminTarget;
        db->m_target.databaseName = name;
    }
    if (migrate) {
        auto connection = db->connect(QStringLiteral("migrate"));
        const auto migrated = ud::Migrator::migrate(*connection);
        if (!migrated)
            fatal(migrated.error().message);
        ud::SignIn signIn(*connection, ud::systemClock());
        const auto admin =
            signIn.createFirstAdministrator(QString::fromLatin1(kAdminUser), QString(), QString(),
                                            QString::fromLatin1(kAdminPassword));
        if (!admin)
            fatal(admin.error().message);
    }
    return db;
}

TestDatabase::~TestDatabase()
{
    if (m_target.backend != ud::Backend::Postgres)
        return;
    auto connection = ud::Connection::open(m_adminTarget, QStringLiteral("admin"));
    if (!connection)
        return;
    QSqlQuery query((*connection)->database());
    query.exec(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_target.databaseName));
}

QString TestDatabase::cliTarget() const
{
    if (m_target.backend == ud::Backend::Sqlite)
        return m_target.sqlitePath;
    return m_target.displayName();
}

std::unique_ptr<ud::Connection> TestDatabase::connect(const QString &purpose) const
{
    auto connection = ud::Connection::open(m_target, purpose);
    if (!connection)
        fatal(connection.error().message);
    return std::move(*connection);
}

QString TestDatabase::dump() const
{
    auto connection = connect(QStringLiteral("dump"));
    const QString tablesSql =
        m_target.backend == ud::Backend::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = 'public' ORDER BY table_name");
    QStringList tables;
    {
        QSqlQuery query(connection->database());
        if (!query.exec(tablesSql))
            fatal(QStringLiteral("cannot list tables"));
        while (query.next())
            tables << query.value(0).toString();
    }
    tables.removeAll(QStringLiteral("audit_log"));
    tables.removeAll(QStringLiteral("sqlite_sequence"));
    return dump(tables);
}

QString TestDatabase::dump(const QStringList &tables) const
{
    auto connection = connect(QStringLiteral("dump"));
    QString text;
    for (const QString &table : tables) {
        text += QStringLiteral("== %1\n").arg(table);
        QSqlQuery query(connection->database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            fatal(QStringLiteral("cannot read %1").arg(table));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            text += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

QString TestDatabase::auditLog() const
{
    auto connection = connect(QStringLiteral("audit"));
    QSqlQuery query(connection->database());
    if (!query.exec(QStringLiteral(
            "SELECT actor, action, object, outcome, detail FROM audit_log ORDER BY audit_id")))
        fatal(QStringLiteral("cannot read the audit log"));
    QString text;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields << query.value(i).toString();
        text += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return text;
}

qint64 TestDatabase::count(const QString &table) const
{
    auto connection = connect(QStringLiteral("count"));
    QSqlQuery query(connection->database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        fatal(QStringLiteral("cannot count %1").arg(table));
    return query.value(0).toLongLong();
}
