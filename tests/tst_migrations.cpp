#include "TestDatabase.h"
#include "storage/Migrations.h"
#include "storage/Migrator.h"

#include <QSqlQuery>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsAreContiguous()
    {
        int expected = 1;
        for (const Migration &migration : allMigrations()) {
            QCOMPARE(migration.version, expected++);
            // Version 10 is PostgreSQL's planner statistics alone.
            QVERIFY(!migration.sqlite.isEmpty() || migration.version == 10);
            QVERIFY(!migration.postgres.isEmpty());
        }
    }

    void emptyDatabaseReachesLatestVersion()
    {
        auto db = TestDatabase::create(false);
        auto connection = db->connect();
        QCOMPARE(Migrator::currentVersion(*connection).value(), 0);
        const auto migrated = Migrator::migrate(*connection);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, Migrator::latestVersion());
        QCOMPARE(Migrator::currentVersion(*connection).value(), Migrator::latestVersion());
        QCOMPARE(db->count(u"tenants"_s), 0);
        QCOMPARE(db->count(u"usage_daily"_s), 0);
    }

    void migratingTwiceIsHarmless()
    {
        auto db = TestDatabase::create(true);
        {
            auto connection = db->connect();
            QSqlQuery insert(connection->database());
            QVERIFY(insert.exec(
                u"INSERT INTO tenants (tenant_id, hostname, hostname_folded, company_name, "
                "company_name_folded, contract_mode, created_on) VALUES "
                "('0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'a.example.com', 'a.example.com', "
                "'A', 'a', 'TRIAL', '2025-01-01')"_s));
        }
        const QString before = db->dump();
        auto connection = db->connect();
        QVERIFY(Migrator::migrate(*connection));
        QCOMPARE(db->dump(), before);
    }

    void schemaRejectsBadRows()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        // contract_mode outside its enum
        QVERIFY(!query.exec(
            u"INSERT INTO tenants (tenant_id, hostname, hostname_folded, company_name, "
            "company_name_folded, contract_mode, created_on) VALUES "
            "('0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'a', 'a', 'A', 'a', 'FREE', '2025-01-01')"_s));
        // usage for a tenant that does not exist (foreign keys are on)
        QVERIFY(!query.exec(u"INSERT INTO usage_daily (tenant_key, day, users, voice_credits, "
                            "sms_credits) VALUES (999, '2025-01-01', 1, 1, 1)"_s));
        QCOMPARE(db->count(u"tenants"_s), 0);
        QCOMPARE(db->count(u"usage_daily"_s), 0);
    }

    void builtInRolesExist()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT r.name, count(g.action) FROM roles r LEFT JOIN role_grants g "
                           "ON g.role_id = r.role_id GROUP BY r.name ORDER BY r.name"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Auditor"_s);
        QCOMPARE(query.value(1).toInt(), 8); // one view per entity
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Super Administrator"_s);
        QCOMPARE(query.value(1).toInt(), 26); // every action of every entity
        QVERIFY(!query.next());
    }

    void auditLogIsAppendOnly()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"INSERT INTO audit_log (at_utc, actor, action, outcome) VALUES "
                           "('2026-01-01T00:00:00Z', 'alice', 'sign-in', 'allowed')"_s));
        QVERIFY(!query.exec(u"UPDATE audit_log SET actor = 'mallory'"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
        QVERIFY(query.exec(u"SELECT actor FROM audit_log WHERE action = 'sign-in'"_s) &&
                query.next());
        QCOMPARE(query.value(0).toString(), u"alice"_s);
    }

    void newerSchemaIsRefused()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"INSERT INTO schema_version (version, summary, applied_at) VALUES "
                           "(999, 'future', '2030-01-01T00:00:00Z')"_s));
        const auto migrated = Migrator::migrate(*connection);
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().message.contains(u"999"_s), qPrintable(migrated.error().message));
    }

    void sqliteUsesWalAndForeignKeys()
    {
        if (TestDatabase::backend() != Backend::Sqlite)
            return; // PostgreSQL has neither pragma; its constraints are always on
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
