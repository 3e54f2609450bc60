#include "TestDatabase.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QSqlQuery>
#include <QTest>
#include <utility>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

Tenant makeTenant(int n)
{
    Tenant tenant;
    tenant.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    tenant.hostname = u"t%1.example.com"_s.arg(n);
    tenant.companyName = u"Tenant %1 GmbH"_s.arg(n);
    tenant.contractMode = ContractMode::Production;
    tenant.createdOn = QDate(2024, 1, 1);
    return tenant;
}

} // namespace

class TestUsageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenantUpsertKeepsKeyAndUpdatesFields()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        TenantStore store(*connection);
        Tenant tenant = makeTenant(1);
        const auto first = store.upsert(tenant);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        tenant.companyName = u"ÄRGER AG"_s;
        tenant.locked = true;
        const auto second = store.upsert(tenant);
        QVERIFY(second);
        QCOMPARE(*second, *first);
        const auto found = store.find(tenant.tenantId);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->companyName, u"ÄRGER AG"_s);
        QVERIFY((*found)->locked);
        QCOMPARE((*found)->createdOn, QDate(2024, 1, 1));
        QCOMPARE(store.tenantIdUsingHostname(tenant.hostname).value().value_or(QString()),
                 tenant.tenantId);
        QVERIFY(!store.keyOf(makeTenant(2).tenantId).value().has_value());
        QCOMPARE(db->count(u"tenants"_s), 1);
    }

    void laterRowsWinWithinAndAcrossBatches()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        TenantStore store(*connection);
        const qint64 key = store.upsert(makeTenant(1)).value();
        {
            auto transaction = Transaction::begin(*connection);
            QVERIFY(transaction);
            auto writer = UsageWriter::create(*connection);
            QVERIFY2(writer, writer ? "" : qPrintable(writer.error().message));
            for (int day = 0; day < 40000; ++day) // more than one PostgreSQL flush
                QVERIFY((*writer)->add({key, QDate(1990, 1, 1).addDays(day), day, day, 0, 0}));
            QVERIFY((*writer)->add({key, QDate(1990, 1, 1), 7, 8, 9, 10}));     // replaces day 0
            QVERIFY((*writer)->add({key, QDate(1990, 1, 1), 70, 80, 90, 100})); // and again
            QVERIFY((*writer)->finish());
            QVERIFY((*transaction)->commit());
        }
        QCOMPARE(db->count(u"usage_daily"_s), 40000);
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT users, voice_credits, sms_credits, authentications FROM "
                           "usage_daily WHERE day = '1990-01-01'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 70);
        QCOMPARE(query.value(3).toLongLong(), 100);
        QVERIFY(query.exec(u"SELECT sum(voice_credits) FROM usage_daily"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 80 + qint64(39999) * 40000 / 2);
    }

    // Rows in (tenant, day) order go straight into usage_daily on
    // PostgreSQL; when some already exist that flush falls back to the merge,
    // and the result is the same upsert either way.
    void orderedRowsOverExistingOnesAreReplaced()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        TenantStore store(*connection);
        const qint64 key = store.upsert(makeTenant(1)).value();
        const auto write = [&](int firstDay, int days, int users) {
            auto transaction = Transaction::begin(*connection);
            QVERIFY(transaction);
            auto writer = UsageWriter::create(*connection);
            QVERIFY(writer);
            for (int day = firstDay; day < firstDay + days; ++day)
                QVERIFY((*writer)->add({key, QDate(2000, 1, 1).addDays(day), users, 1, 2, 3}));
            QVERIFY((*writer)->finish());
            QVERIFY((*transaction)->commit());
        };
        write(0, 300000, 5); // new rows, in order: several flushes, all straight
        QCOMPARE(db->count(u"usage_daily"_s), 300000);
        write(299990, 20, 6); // 10 existing days and 10 new ones
        write(100, 10, 7);    // existing days only
        QCOMPARE(db->count(u"usage_daily"_s), 300010);
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT users, count(*) FROM usage_daily GROUP BY users "
                           "ORDER BY users"_s));
        for (const auto &[users, count] : {std::pair{5, 299980}, {6, 20}, {7, 10}}) {
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), users);
            QCOMPARE(query.value(1).toInt(), count);
        }
        QVERIFY(!query.next());
        // The roll-up agrees with the days: April 2000 holds days 100-109.
        QVERIFY(query.exec(u"SELECT users_peak FROM usage_monthly WHERE month = '2000-04-01'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 7);
    }

    // SQLite writes rows in batches of one multi-row INSERT: a later row
    // must win inside one batch too, and rows left over on finish() count.
    void laterRowsWinWithinOneBatch()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        TenantStore store(*connection);
        const qint64 key = store.upsert(makeTenant(1)).value();
        auto transaction = Transaction::begin(*connection);
        QVERIFY(transaction);
        auto writer = UsageWriter::create(*connection);
        QVERIFY(writer);
        for (int i = 0; i < 700; ++i) // 2 full batches of 256 and 188 left over
            QVERIFY((*writer)->add({key, QDate(2025, 1, 1).addDays(i % 3), i, 0, 0, 0}));
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
        QCOMPARE(db->count(u"usage_daily"_s), 3);
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT users FROM usage_daily ORDER BY day"_s));
        for (int expected : {699, 697, 698}) {
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), expected);
        }
    }

    void allNewRowsAreWrittenAndDuplicatesFailOnSqlite()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        TenantStore store(*connection);
        const qint64 key = store.upsert(makeTenant(1)).value();
        {
            auto writer = UsageWriter::create(*connection, UsageWriter::Rows::AllNew);
            QVERIFY(writer);
            for (int i = 0; i < 600; ++i)
                QVERIFY((*writer)->add({key, QDate(2025, 1, 1).addDays(i), i, 1, 2, 3}));
            QVERIFY((*writer)->finish());
        }
        QCOMPARE(db->count(u"usage_daily"_s), 600);
        if (TestDatabase::backend() != Backend::Sqlite)
            return; // PostgreSQL merges as ever: AllNew is only a promise there
        auto writer = UsageWriter::create(*connection, UsageWriter::Rows::AllNew);
        QVERIFY(writer);
        QVERIFY((*writer)->add({key, QDate(2025, 1, 1), 9, 9, 9, 9}));
        const Status finished = (*writer)->finish();
        QVERIFY(!finished);
        QVERIFY(finished.error().message.contains(u"UNIQUE"_s));
    }

    void rollbackLeavesNothing()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        TenantStore store(*connection);
        const qint64 key = store.upsert(makeTenant(1)).value();
        const QString before = db->dump();
        {
            auto transaction = Transaction::begin(*connection);
            auto writer = UsageWriter::create(*connection);
            QVERIFY(writer);
            for (int day = 0; day < 100; ++day)
                QVERIFY((*writer)->add({key, QDate(2025, 1, 1).addDays(day), 1, 2, 3, 4}));
            QVERIFY((*writer)->finish());
            // no commit: the transaction rolls back when it goes out of scope
        }
        QCOMPARE(db->dump(), before);
    }

    void hugeNumbersAreExact()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        TenantStore store(*connection);
        const qint64 key = store.upsert(makeTenant(1)).value();
        auto writer = UsageWriter::create(*connection);
        QVERIFY(writer);
        const qint64 big = std::numeric_limits<qint64>::max() / 4;
        QVERIFY((*writer)->add({key, QDate(2025, 1, 1), 2147483647, big, big, big}));
        QVERIFY((*writer)->finish());
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT users, voice_credits FROM usage_daily"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 2147483647);
        QCOMPARE(query.value(1).toLongLong(), big);
    }
};

QTEST_GUILESS_MAIN(TestUsageWriter)
#include "tst_usagewriter.moc"
