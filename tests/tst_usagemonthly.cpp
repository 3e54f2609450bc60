#include "TestDatabase.h"
#include "TestFiles.h"
#include "importing/UsageImporter.h"
#include "seed/DemoSeeder.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <random>

using namespace ud;
using namespace Qt::StringLiterals;

// usage_monthly must equal a GROUP BY over usage_daily after every way usage
// is written (docs/usage-rollups.md). Each test compares the whole table
// with a fresh computation, row by row, and some also with figures worked
// out by hand or by a model of the rows in C++.

namespace {

constexpr qint32 kMaxUsers = std::numeric_limits<qint32>::max();
constexpr qint64 kMaxCount = std::numeric_limits<qint64>::max();

Tenant makeTenant(int n)
{
    Tenant tenant;
    tenant.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    tenant.hostname = u"t%1.example.com"_s.arg(n);
    tenant.companyName = u"Tenant %1 GmbH"_s.arg(n);
    tenant.contractMode = ContractMode::Production;
    tenant.createdOn = QDate(2020, 1, 1);
    return tenant;
}

QStringList rowsOf(const Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return {u"<query failed: %1>"_s.arg(query.lastError().text())};
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            fields << (value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                                          : value.toString());
        }
        rows << fields.join(u'|');
    }
    return rows;
}

// tenant_key|month|users_peak|users_end|last_day|voice|sms|authentications
QStringList storedMonths(const Connection &connection)
{
    return rowsOf(connection, u"SELECT tenant_key, month, users_peak, users_end, last_day, "
                              "voice_credits, sms_credits, authentications FROM usage_monthly "
                              "ORDER BY tenant_key, month"_s);
}

// The same, computed now from usage_daily.
QStringList freshMonths(const Connection &connection)
{
    const QString month = connection.backend() == Backend::Sqlite
                              ? u"substr(day, 1, 8) || '01'"_s
                              : u"date_trunc('month', day)::date"_s;
    return rowsOf(connection,
                  u"SELECT g.tenant_key, g.month, g.users_peak, u.users, g.last_day, g.v, g.s, g.a "
                  "FROM (SELECT tenant_key, %1 AS month, max(users) AS users_peak, "
                  "max(day) AS last_day, CAST(sum(voice_credits) AS BIGINT) AS v, "
                  "CAST(sum(sms_credits) AS BIGINT) AS s, "
                  "CAST(sum(authentications) AS BIGINT) AS a "
                  "FROM usage_daily GROUP BY tenant_key, %1) g "
                  "JOIN usage_daily u ON u.tenant_key = g.tenant_key AND u.day = g.last_day "
                  "ORDER BY g.tenant_key, g.month"_s.arg(month));
}

// What the monthly rows must be, worked out in C++ from the daily rows a
// test knows it wrote (later rows replaced earlier ones).
using DailyModel = std::map<std::pair<qint64, QDate>, UsageRow>;

QStringList modelMonths(const DailyModel &daily)
{
    struct Month
    {
        qint64 tenantKey = 0;
        QDate month;
        qint32 peak = 0;
        qint32 end = 0;
        QDate last;
        qint64 voice = 0, sms = 0, auth = 0;
    };
    std::map<std::pair<qint64, QDate>, Month> months;
    for (const auto &[key, row] : daily) {
        const QDate first(row.day.year(), row.day.month(), 1);
        Month &m = months[{row.tenantKey, first}];
        m.tenantKey = row.tenantKey;
        m.month = first;
        m.peak = std::max(m.peak, row.users);
        if (!m.last.isValid() || row.day > m.last) {
            m.last = row.day;
            m.end = row.users;
        }
        m.voice += row.voiceCredits;
        m.sms += row.smsCredits;
        m.auth += row.authentications;
    }
    QStringList rows;
    for (const auto &[key, m] : months)
        rows << u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(m.tenantKey)
                    .arg(m.month.toString(Qt::ISODate))
                    .arg(m.peak)
                    .arg(m.end)
                    .arg(m.last.toString(Qt::ISODate))
                    .arg(m.voice)
                    .arg(m.sms)
                    .arg(m.auth);
    return rows;
}

} // namespace

class TestUsageMonthly : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    QList<qint64> m_keys; // tenant keys of tenants 1..4

    // Writes `rows` through one UsageWriter in one committed transaction.
    Status write(const QList<UsageRow> &rows, bool commit = true,
                 UsageWriter::Rows kind = UsageWriter::Rows::MayReplace)
    {
        auto transaction = Transaction::begin(*m_connection);
        if (!transaction)
            return transaction.error();
        auto writer = UsageWriter::create(*m_connection, kind);
        if (!writer)
            return writer.error();
        for (const UsageRow &row : rows) {
            if (const Status added = (*writer)->add(row); !added)
                return added;
        }
        if (const Status finished = (*writer)->finish(); !finished)
            return finished;
        if (!commit)
            return {};
        return (*transaction)->commit();
    }

    // The whole table, both ways, and never trivially empty.
    void verifyExact(qsizetype expectedMonths = -1)
    {
        const QStringList fresh = freshMonths(*m_connection);
        const QStringList stored = storedMonths(*m_connection);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(stored, fresh);
        if (expectedMonths >= 0)
            QCOMPARE(stored.size(), expectedMonths);
    }

    QString month(qint64 tenantKey, const QString &first)
    {
        const QStringList rows =
            rowsOf(*m_connection, u"SELECT tenant_key, month, users_peak, users_end, last_day, "
                                  "voice_credits, sms_credits, authentications FROM usage_monthly "
                                  "WHERE tenant_key = %1 AND month = '%2'"_s.arg(tenantKey)
                                      .arg(first));
        return rows.value(0);
    }

private Q_SLOTS:
    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        TenantStore store(*m_connection);
        m_keys.clear();
        for (int n = 1; n <= 4; ++n) {
            const auto key = store.upsert(makeTenant(n));
            QVERIFY2(key, key ? "" : qPrintable(key.error().message));
            m_keys << *key;
        }
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
    }

    void newRowsOverMonthBoundaries()
    {
        // Tenant by tenant, days in order (the fast path), across January,
        // a leap February and into March, plus one lone day in another year.
        QList<UsageRow> rows;
        DailyModel model;
        for (int t = 0; t < 3; ++t) {
            for (int d = 0; d < 60; ++d) {
                const UsageRow row{m_keys[t],        QDate(2024, 1, 15).addDays(d),
                                   100 * t + d % 17, qint64(d),
                                   qint64(2 * d),    qint64(t)};
                rows << row;
                model[{row.tenantKey, row.day}] = row;
            }
        }
        const UsageRow lone{m_keys[3], QDate(2023, 12, 31), 5, 6, 7, 8};
        rows << lone;
        model[{lone.tenantKey, lone.day}] = lone;
        const Status written = write(rows);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        verifyExact(3 * 3 + 1);
        QCOMPARE(storedMonths(*m_connection), modelMonths(model));
        // February 2024 of tenant 0: days 17..45 of the run, 29 days.
        QCOMPARE(month(m_keys[0], u"2024-02-01"_s),
                 u"%1|2024-02-01|16|11|2024-02-29|899|1798|0"_s.arg(m_keys[0]));
        QCOMPARE(month(m_keys[3], u"2023-12-01"_s),
                 u"%1|2023-12-01|5|5|2023-12-31|6|7|8"_s.arg(m_keys[3]));
    }

    void rowsInAnyOrder()
    {
        // Day by day across tenants: no (tenant, month) comes in one run.
        QList<UsageRow> rows;
        DailyModel model;
        for (int d = 0; d < 70; ++d) {
            for (int t = 3; t >= 0; --t) {
                const UsageRow row{m_keys[t],    QDate(2025, 12, 1).addDays(d),
                                   t * 1000 + d, qint64(d % 5),
                                   qint64(t),    qint64(d)};
                rows << row;
                model[{row.tenantKey, row.day}] = row;
            }
        }
        const Status written = write(rows);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        verifyExact(4 * 3);
        QCOMPARE(storedMonths(*m_connection), modelMonths(model));
    }

    void laterRowsReplaceEarlierInOneBatch()
    {
        const qint64 key = m_keys[0];
        const QList<UsageRow> rows = {
            {key, QDate(2025, 3, 10), 900, 1, 1, 1}, {key, QDate(2025, 3, 11), 50, 1, 1, 1},
            {key, QDate(2025, 3, 31), 70, 1, 1, 1},  {key, QDate(2025, 4, 1), 10, 1, 1, 1},
            {key, QDate(2025, 3, 10), 40, 2, 2, 2}, // the peak goes down to 70
            {key, QDate(2025, 3, 31), 20, 3, 3, 3}, // the last day's users change
        };
        const Status written = write(rows);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        verifyExact(2);
        QCOMPARE(month(key, u"2025-03-01"_s), u"%1|2025-03-01|50|20|2025-03-31|6|6|6"_s.arg(key));
        QCOMPARE(month(key, u"2025-04-01"_s), u"%1|2025-04-01|10|10|2025-04-01|1|1|1"_s.arg(key));
    }

    void laterImportsReplaceStoredRows()
    {
        DailyModel model;
        QList<UsageRow> first;
        for (int t = 0; t < 2; ++t) {
            for (int d = 0; d < 45; ++d) {
                const UsageRow row{m_keys[t], QDate(2025, 1, 1).addDays(d), 1000 + d, 10, 20, 30};
                first << row;
                model[{row.tenantKey, row.day}] = row;
            }
        }
        QVERIFY(write(first));
        verifyExact(4);
        // January of tenant 0: peak 1030 on the 31st.
        QCOMPARE(month(m_keys[0], u"2025-01-01"_s),
                 u"%1|2025-01-01|1030|1030|2025-01-31|310|620|930"_s.arg(m_keys[0]));

        // Lower every January figure of tenant 0, move February's last day
        // on, add March, and give tenants 2 and 3 their first months: stored
        // months and new ones in the same finish().
        QList<UsageRow> second;
        for (int d = 0; d < 31; ++d)
            second << UsageRow{m_keys[0], QDate(2025, 1, 1).addDays(d), 7, 1, 1, 1};
        second << UsageRow{m_keys[0], QDate(2025, 2, 20), 3, 0, 0, 0}
               << UsageRow{m_keys[0], QDate(2025, 3, 2), 4, 0, 0, 0}
               << UsageRow{m_keys[1], QDate(2025, 2, 10), 5000, 5, 5, 5} // replaces a middle day
               << UsageRow{m_keys[2], QDate(2025, 1, 5), 1, 2, 3, 4}
               << UsageRow{m_keys[3], QDate(2025, 2, 28), kMaxUsers, 1, 1, 1};
        for (const UsageRow &row : std::as_const(second))
            model[{row.tenantKey, row.day}] = row;
        QVERIFY(write(second));
        verifyExact(4 + 1 + 1 + 1);
        QCOMPARE(storedMonths(*m_connection), modelMonths(model));
        QCOMPARE(month(m_keys[0], u"2025-01-01"_s),
                 u"%1|2025-01-01|7|7|2025-01-31|31|31|31"_s.arg(m_keys[0]));
        QCOMPARE(month(m_keys[0], u"2025-02-01"_s),
                 u"%1|2025-02-01|1044|3|2025-02-20|140|280|420"_s.arg(m_keys[0]));
        QCOMPARE(month(m_keys[1], u"2025-02-01"_s),
                 u"%1|2025-02-01|5000|1044|2025-02-14|135|265|395"_s.arg(m_keys[1]));
    }

    // Many random writes over a few tenants and months, each batch with
    // repeats and out-of-order rows, checked after every batch against the
    // model.
    void randomBatchesMatchTheModel()
    {
        std::mt19937_64 random(20251125);
        DailyModel model;
        for (int batch = 0; batch < 6; ++batch) {
            QList<UsageRow> rows;
            for (int i = 0; i < 700; ++i) {
                const qint64 key = m_keys[int(random() % 4)];
                const QDate day = QDate(2024, 11, 1).addDays(qint64(random() % 120));
                const UsageRow row{key,
                                   day,
                                   qint32(random() % 100000),
                                   qint64(random() % 1000),
                                   qint64(random() % 1000),
                                   qint64(random() % 100000)};
                rows << row;
                model[{key, day}] = row;
            }
            const Status written = write(rows);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            verifyExact();
            QCOMPARE(storedMonths(*m_connection), modelMonths(model));
        }
    }

    // Thousands of months in order (SQLite needs no index for them), then
    // rows that go back to earlier months (a replaced day, a new last day,
    // a month not seen before), which build the index half-way.
    void manyMonthsThenEarlierOnes()
    {
        TenantStore store(*m_connection);
        QList<qint64> keys = m_keys;
        for (int n = 5; n <= 400; ++n)
            keys << store.upsert(makeTenant(n)).value();
        DailyModel model;
        QList<UsageRow> rows;
        const auto add = [&](const UsageRow &row) {
            rows << row;
            model[{row.tenantKey, row.day}] = row;
        };
        for (qint64 key : std::as_const(keys)) {
            for (int m = 0; m < 24; ++m) {
                const QDate first = QDate(2023, 1, 1).addMonths(m);
                add({key, first, qint32(key % 1000) + m, 1, 2, 3});
                add({key, first.addDays(9), qint32(key % 1000), 4, 5, 6});
            }
        }
        add({keys[0], QDate(2023, 1, 10), 99999, 0, 0, 0}); // replaces the last day
        add({keys[1], QDate(2023, 2, 20), 1, 1, 1, 1});     // a new last day
        add({keys[2], QDate(2022, 12, 31), 7, 7, 7, 7});    // a month not seen before
        add({keys[399], QDate(2025, 1, 1), 8, 8, 8, 8});    // after everything
        add({keys[399], QDate(2023, 1, 10), 0, 0, 0, 0});   // back again
        const Status written = write(rows);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        verifyExact(400 * 24 + 2);
        QCOMPARE(storedMonths(*m_connection), modelMonths(model));
        QCOMPARE(month(keys[0], u"2023-01-01"_s),
                 u"%1|2023-01-01|99999|99999|2023-01-10|1|2|3"_s.arg(keys[0]));
    }

    void writerUsedAgainAfterFinish()
    {
        auto transaction = Transaction::begin(*m_connection);
        QVERIFY(transaction);
        auto writer = UsageWriter::create(*m_connection);
        QVERIFY(writer);
        QVERIFY((*writer)->add({m_keys[0], QDate(2025, 5, 3), 10, 1, 1, 1}));
        QVERIFY((*writer)->finish());
        QVERIFY((*writer)->add({m_keys[0], QDate(2025, 5, 3), 4, 1, 1, 1})); // replaces
        QVERIFY((*writer)->add({m_keys[0], QDate(2025, 5, 2), 9, 1, 1, 1}));
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
        verifyExact(1);
        QCOMPARE(month(m_keys[0], u"2025-05-01"_s),
                 u"%1|2025-05-01|9|4|2025-05-03|2|2|2"_s.arg(m_keys[0]));
    }

    void largeValuesAreExact()
    {
        const qint64 key = m_keys[0];
        const qint64 half = qint64(1) << 62;
        const QList<UsageRow> rows = {
            {key, QDate(2025, 7, 1), kMaxUsers, half - 1, half, 0},
            {key, QDate(2025, 7, 2), kMaxUsers - 1, half, half - 1, kMaxCount},
        };
        const Status written = write(rows);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        verifyExact(1);
        QCOMPARE(month(key, u"2025-07-01"_s), u"%1|2025-07-01|%2|%3|2025-07-02|%4|%4|%4"_s.arg(key)
                                                  .arg(kMaxUsers)
                                                  .arg(kMaxUsers - 1)
                                                  .arg(kMaxCount));
        // Replacing a day in the stored month recomputes in SQL: still exact.
        QVERIFY(write({{key, QDate(2025, 7, 1), 1, half - 1, half, 0}}));
        verifyExact(1);
        QCOMPARE(month(key, u"2025-07-01"_s), u"%1|2025-07-01|%2|%2|2025-07-02|%3|%3|%3"_s.arg(key)
                                                  .arg(kMaxUsers - 1)
                                                  .arg(kMaxCount));
    }

    // A month whose sum no longer fits in 64 bits cannot be stored: the
    // write fails and the transaction leaves everything as it was.
    void overflowingSumFails_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::newRow("month new to the writer") << false;
        QTest::newRow("month already stored") << true;
    }
    void overflowingSumFails()
    {
        QFETCH(bool, stored);
        const qint64 key = m_keys[1];
        if (stored)
            QVERIFY(write({{key, QDate(2025, 8, 1), 1, kMaxCount, 0, 0}}));
        const QString before = m_db->dump();
        const Status written = write(
            {{key, QDate(2025, 8, 1), 1, kMaxCount, 0, 0}, {key, QDate(2025, 8, 2), 1, 1, 0, 0}});
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Storage);
        QCOMPARE(m_db->dump(), before);
    }

    void rollbackLeavesBothTablesAsBefore()
    {
        QList<UsageRow> rows;
        for (int d = 0; d < 40; ++d)
            rows << UsageRow{m_keys[0], QDate(2025, 9, 1).addDays(d), 100 + d, 1, 2, 3};
        QVERIFY(write(rows));
        verifyExact(2);
        const QString before = m_db->dump();
        QVERIFY(before.contains(u"usage_monthly"_s));

        QList<UsageRow> changes;
        for (int d = 0; d < 40; ++d)
            changes << UsageRow{m_keys[0], QDate(2025, 9, 1).addDays(d), 1, 1, 1, 1};
        changes << UsageRow{m_keys[2], QDate(2025, 9, 1), 1, 1, 1, 1};
        const Status written = write(changes, /*commit=*/false); // rolls back
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(m_db->dump(), before);
        verifyExact(2);
    }

    void importedFilesKeepTheRollup()
    {
        QTemporaryDir dir;
        QByteArray usage = "tenant_id,date,users,voice_credits,sms_credits,authentications\n";
        for (int n = 1; n <= 2; ++n) {
            for (int d = 0; d < 50; ++d)
                usage += makeTenant(n).tenantId.toLatin1() + ',' +
                         QDate(2025, 10, 20).addDays(d).toString(Qt::ISODate).toLatin1() + ',' +
                         QByteArray::number(n * 100 + d) + ",1,2,3\n";
        }
        // A repeated day at the end of the file lowers November's peak of tenant 1.
        usage += makeTenant(1).tenantId.toLatin1() + ",2025-11-30,0,0,0,0\n";
        ImportOptions options;
        options.today = QDate(2026, 1, 1);
        {
            UsageImporter importer(*m_connection, options);
            const auto result = importer.run({writeTestFile(dir, u"usage.csv"_s, usage)});
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            QCOMPARE(result->usageRows, 101);
        }
        verifyExact(2 * 3);
        QCOMPARE(month(m_keys[0], u"2025-11-01"_s),
                 u"%1|2025-11-01|140|0|2025-11-30|29|58|87"_s.arg(m_keys[0]));
        // The same file again replaces every row: the roll-up is recomputed.
        {
            UsageImporter importer(*m_connection, options);
            QVERIFY(importer.run({writeTestFile(dir, u"again.csv"_s, usage)}));
        }
        verifyExact(2 * 3);
    }

    void seedKeepsTheRollup()
    {
        // A database without tenants: the seeder writes Rows::AllNew.
        auto db = TestDatabase::create();
        auto connection = db->connect();
        CancellationFlag flag;
        SeedOptions options;
        options.tenants = 40;
        options.days = 75;
        options.lastDay = QDate(2025, 3, 15);
        const auto seeded = DemoSeeder::run(*connection, options, flag);
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
        m_connection = std::move(connection);
        m_db = std::move(db);
        verifyExact();
        const QStringList afterFirst = storedMonths(*m_connection);
        QVERIFY(afterFirst.size() > 40);

        // Seeding again (same tenants, a later end) replaces rows of stored
        // months and adds new months.
        options.lastDay = QDate(2025, 4, 2);
        const auto again = DemoSeeder::run(*m_connection, options, flag);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        verifyExact();
        QVERIFY(storedMonths(*m_connection) != afterFirst);
    }

    void deletingATenantDeletesItsMonths()
    {
        QList<UsageRow> rows;
        for (int t = 0; t < 3; ++t)
            for (int d = 0; d < 40; ++d)
                rows << UsageRow{m_keys[t], QDate(2025, 6, 1).addDays(d), t + d, 1, 1, 1};
        QVERIFY(write(rows));
        verifyExact(3 * 2);
        QSqlQuery query(m_connection->database());
        query.prepare(u"DELETE FROM tenants WHERE tenant_key = ?"_s);
        query.addBindValue(m_keys[1]);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        verifyExact(2 * 2);
        QVERIFY(month(m_keys[1], u"2025-06-01"_s).isEmpty());
        // A later write for the remaining tenants still looks its months up.
        QVERIFY(write({{m_keys[0], QDate(2025, 6, 1), 500, 0, 0, 0}}));
        verifyExact(2 * 2);
    }
};

QTEST_GUILESS_MAIN(TestUsageMonthly)
#include "tst_usagemonthly.moc"
