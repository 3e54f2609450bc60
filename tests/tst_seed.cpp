#include "TestDatabase.h"
#include "core/TextRules.h"
#include "reports/ReportStore.h"
#include "seed/DemoSeeder.h"
#include "seed/DemoTenantGenerator.h"
#include "seed/DemoUsageGenerator.h"
#include "seed/LoadSeeder.h"
#include "tenants/TenantStore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

const QDate kEnd(2025, 6, 30);

// The dump without schema_version, whose rows record when each database
// was migrated: two databases made a second apart differ there.
// Only the seeded data: each test database has its own administrator.
QString dataDump(const TestDatabase &db)
{
    return db.dump({u"tenants"_s, u"usage_daily"_s});
}

SeedOptions options(qint64 tenants, int days, quint64 seed = 1)
{
    SeedOptions result;
    result.tenants = tenants;
    result.days = days;
    result.seed = seed;
    result.lastDay = kEnd;
    return result;
}

Result<SeedSummary> seed(const TestDatabase &db, const SeedOptions &seedOptions,
                         CancellationFlag *flag = nullptr,
                         const DemoSeeder::ProgressCallback &progress = {})
{
    auto connection = db.connect();
    CancellationFlag local;
    return DemoSeeder::run(*connection, seedOptions, flag ? *flag : local, progress);
}

struct Day
{
    qint64 tenantKey;
    QDate day;
    qint64 users, voice, sms, authentications;
};

QList<Day> usageRows(const TestDatabase &db)
{
    auto connection = db.connect();
    QSqlQuery query(connection->database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT tenant_key, day, users, voice_credits, sms_credits, authentications "
                    "FROM usage_daily ORDER BY tenant_key, day"_s))
        qFatal("cannot read usage");
    QList<Day> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toDate(),
                     query.value(2).toLongLong(), query.value(3).toLongLong(),
                     query.value(4).toLongLong(), query.value(5).toLongLong()});
    return rows;
}

} // namespace

// The demo data seeder: deterministic, within data.md's rules, realistic
// enough to demo reports, all or nothing.
class TestSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameDataDifferentSeedDifferentData()
    {
        auto first = TestDatabase::create();
        auto second = TestDatabase::create();
        auto third = TestDatabase::create();
        QVERIFY(seed(*first, options(25, 90, 7)));
        QVERIFY(seed(*second, options(25, 90, 7)));
        QVERIFY(seed(*third, options(25, 90, 8)));
        const QString dump = dataDump(*first);
        QVERIFY(dump.contains(u"== usage_daily"_s));
        QCOMPARE(dataDump(*second), dump);
        QVERIFY(dataDump(*third) != dump);
    }

    // Locks the generator's output: the same seed must give the same data on
    // every machine and in every later version. A deliberate change to the
    // demo data updates the fingerprint (and says so in the commit).
    void generatorOutputIsPinned()
    {
        const QDate first = kEnd.addDays(-59);
        DemoTenantGenerator tenants(42, first, kEnd);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        std::vector<UsageRow> rows;
        for (int i = 0; i < 40; ++i) {
            const DemoTenantProfile profile = tenants.next();
            const Tenant &t = profile.tenant;
            hash.addData(
                u"%1|%2|%3|%4|%5%6%7%8|%9\n"_s
                    .arg(t.tenantId, t.hostname, t.companyName, contractModeName(t.contractMode))
                    .arg(int(t.locked))
                    .arg(int(t.serviceProvider))
                    .arg(int(t.authenticationAccount))
                    .arg(int(t.issuanceAccount))
                    .arg(t.createdOn.toString(Qt::ISODate))
                    .toUtf8());
            DemoUsageGenerator::generate(profile, i + 1, first, kEnd, rows);
            for (const UsageRow &row : rows)
                hash.addData(u"%1|%2|%3|%4|%5|%6\n"_s.arg(row.tenantKey)
                                 .arg(row.day.toString(Qt::ISODate))
                                 .arg(row.users)
                                 .arg(row.voiceCredits)
                                 .arg(row.smsCredits)
                                 .arg(row.authentications)
                                 .toUtf8());
        }
        QCOMPARE(hash.result().toHex(),
                 QByteArray("c0d144896501560764ea25f67d4eeb9f12d0f40b552e4f887b2603ba8bb58154"));
    }

    // Rows: for each tenant, one per day from the later of the period's
    // first day and created_on, to the period's last day.
    void countsFollowCreatedOn()
    {
        auto db = TestDatabase::create();
        const SeedOptions seedOptions = options(60, 120, 3);
        const auto summary = seed(*db, seedOptions);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        const QDate first = kEnd.addDays(-119);
        QCOMPARE(summary->firstDay, first);
        QCOMPARE(summary->lastDay, kEnd);
        QCOMPARE(db->count(u"tenants"_s), 60);

        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT t.created_on, count(u.day), min(u.day), max(u.day) FROM "
                           "tenants t LEFT JOIN usage_daily u ON u.tenant_key = t.tenant_key "
                           "GROUP BY t.tenant_key, t.created_on"_s));
        qint64 expected = 0;
        int joinedDuringPeriod = 0;
        while (query.next()) {
            const QDate createdOn = query.value(0).toDate();
            QVERIFY(createdOn.isValid());
            QVERIFY(createdOn <= kEnd);
            const QDate from = std::max(first, createdOn);
            if (createdOn > first)
                ++joinedDuringPeriod;
            const qint64 days = from.daysTo(kEnd) + 1;
            QCOMPARE(query.value(1).toLongLong(), days);
            QCOMPARE(query.value(2).toDate(), from);
            QCOMPARE(query.value(3).toDate(), kEnd);
            expected += days;
        }
        QVERIFY2(joinedDuringPeriod > 0, "no tenant joined during the period");
        QVERIFY2(joinedDuringPeriod < 60, "every tenant joined during the period");
        QCOMPARE(summary->usageRows, expected);
        QCOMPARE(db->count(u"usage_daily"_s), expected);
    }

    void valuesFollowDataRules()
    {
        auto db = TestDatabase::create();
        QVERIFY(seed(*db, options(300, 14, 11)));
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT tenant_id, hostname, company_name, contract_mode FROM "
                           "tenants"_s));
        const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        const QRegularExpression host(u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]+)+$"_s);
        QSet<QString> ids, hosts;
        QSet<QString> modes;
        int withComma = 0, withQuote = 0, withAmpersand = 0, nonAscii = 0;
        while (query.next()) {
            const QString id = query.value(0).toString();
            const QString hostname = query.value(1).toString();
            const QString name = query.value(2).toString();
            QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(host.match(hostname).hasMatch(), qPrintable(hostname));
            QVERIFY(hostname.size() <= 253);
            QVERIFY(codePointCount(name) >= 1 && codePointCount(name) <= 200);
            QCOMPARE(firstControlCharacter(name), -1);
            ids.insert(id);
            hosts.insert(hostname);
            modes.insert(query.value(3).toString());
            withComma += name.contains(u',');
            withQuote += name.contains(u'"');
            withAmpersand += name.contains(u'&');
            nonAscii +=
                std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; });
        }
        QCOMPARE(ids.size(), 300);
        QCOMPARE(hosts.size(), 300);
        QCOMPARE(modes, (QSet<QString>{u"PRODUCTION"_s, u"TRIAL"_s, u"UNKNOWN"_s}));
        QVERIFY(withComma > 0 && withQuote > 0 && withAmpersand > 0 && nonAscii > 0);

        for (const Day &row : usageRows(*db)) {
            QVERIFY(row.users >= 0 && row.users <= 2147483647);
            QVERIFY(row.voice >= 0 && row.sms >= 0 && row.authentications >= 0);
        }
    }

    void usageLooksReal()
    {
        auto db = TestDatabase::create();
        QVERIFY(seed(*db, options(40, 120, 5)));
        const QList<Day> rows = usageRows(*db);
        double weekday = 0, weekend = 0;
        qint64 weekdayDays = 0, weekendDays = 0;
        qint64 users = 0, authentications = 0, voice = 0, sms = 0;
        for (const Day &row : rows) {
            if (row.day.dayOfWeek() >= 6) {
                weekend += double(row.authentications);
                ++weekendDays;
            } else {
                weekday += double(row.authentications);
                ++weekdayDays;
            }
            users += row.users;
            authentications += row.authentications;
            voice += row.voice;
            sms += row.sms;
        }
        QVERIFY(weekdayDays > 0 && weekendDays > 0);
        QVERIFY2(weekend / double(weekendDays) < 0.5 * weekday / double(weekdayDays),
                 "weekends should see far fewer authentications");
        QVERIFY2(authentications > 2 * users, "authentications should outnumber users");
        QVERIFY(voice > 0 && sms > 0);
        QVERIFY(sms > voice);

        // A spike: a day with more than twice the authentications of the
        // same weekday a week before and a week after.
        int spikes = 0;
        for (qsizetype i = 7; i + 7 < rows.size(); ++i) {
            const Day &before = rows[i - 7], &day = rows[i], &after = rows[i + 7];
            if (before.tenantKey == day.tenantKey && after.tenantKey == day.tenantKey &&
                before.authentications > 20 && day.authentications > 2 * before.authentications &&
                day.authentications > 2 * after.authentications)
                ++spikes;
        }
        QVERIFY2(spikes > 0, "no spike found");

        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT contract_mode, count(*) FROM tenants GROUP BY "
                           "contract_mode"_s));
        QHash<QString, int> modes;
        while (query.next())
            modes.insert(query.value(0).toString(), query.value(1).toInt());
        QVERIFY(modes.value(u"PRODUCTION"_s) > modes.value(u"TRIAL"_s));
        QVERIFY(modes.value(u"TRIAL"_s) > 0);
    }

    void trialTenantsAreSmall()
    {
        DemoTenantGenerator tenants(9, kEnd.addDays(-364), kEnd);
        double trialMax = 0;
        double productionMax = 0;
        for (int i = 0; i < 2000; ++i) {
            const DemoTenantProfile profile = tenants.next();
            double &max =
                profile.tenant.contractMode == ContractMode::Trial ? trialMax : productionMax;
            max = std::max(max, profile.baseUsers);
        }
        QVERIFY(trialMax > 0 && trialMax <= 30);
        QVERIFY2(productionMax > 100000, "the size distribution should have a heavy tail");
    }

    void seedingTwiceWithTheSameSeedChangesNothing()
    {
        auto db = TestDatabase::create();
        QVERIFY(seed(*db, options(30, 60, 2)));
        const QString once = db->dump();
        const auto again = seed(*db, options(30, 60, 2));
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(db->dump(), once);
    }

    void hostnamesOfOtherTenantsAreAvoided()
    {
        auto db = TestDatabase::create();
        // Another tenant already uses the hostname seeding would give tenant 0.
        DemoTenantGenerator generator(1, kEnd.addDays(-29), kEnd);
        const QString taken = generator.next().tenant.hostname;
        {
            auto connection = db->connect();
            TenantStore store(*connection);
            Tenant other;
            other.tenantId = u"00000000-0000-4000-8000-000000000001"_s;
            other.hostname = taken;
            other.companyName = u"Imported AG"_s;
            other.createdOn = QDate(2020, 1, 1);
            QVERIFY(store.upsert(other));
        }
        const auto summary = seed(*db, options(10, 30, 1));
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(db->count(u"tenants"_s), 11);
    }

    void cancellingRollsBack()
    {
        auto db = TestDatabase::create();
        QVERIFY(seed(*db, options(5, 30, 1)));
        const QString before = db->dump();
        CancellationFlag flag;
        int calls = 0;
        const auto cancelled =
            seed(*db, options(50, 200, 3), &flag, [&](const SeedProgress &progress) {
                ++calls;
                QVERIFY(progress.usageRows > 0);
                QCOMPARE(progress.tenantCount, 50);
                flag.cancel();
            });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(db->dump(), before);
    }

    void progressIsReported()
    {
        auto db = TestDatabase::create();
        QList<SeedProgress> reports;
        QVERIFY(seed(*db, options(40, 365, 4), nullptr,
                     [&](const SeedProgress &progress) { reports.append(progress); }));
        QVERIFY(reports.size() > 2);
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].usageRows >= reports[i - 1].usageRows);
        QCOMPARE(reports.last().tenantsDone, 40);
        QCOMPARE(reports.last().usageRows, db->count(u"usage_daily"_s));
    }

    // The list pages' rows at load-test size (bench pages): what was asked
    // for, valid for the stores that read them, and ids the application
    // can go on from (PostgreSQL's identity sequences are moved past them).
    void loadSeederFillsTheListPages()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        LoadSeedOptions load;
        load.schedules = 7;
        load.runsPerSchedule = 3;
        load.reports = 10;
        load.auditLines = 120;
        load.now = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
        const auto summary = LoadSeeder::run(*connection, load);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->schedules, 7);
        QCOMPARE(summary->runs, 21);
        QCOMPARE(summary->reports, 10);
        QCOMPARE(summary->auditLines, 120);
        const auto count = [&](const QString &table) {
            QSqlQuery query(u"SELECT COUNT(*) FROM "_s + table, connection->database());
            return query.next() ? query.value(0).toLongLong() : -1;
        };
        QCOMPARE(count(u"schedules"_s), 7);
        QCOMPARE(count(u"schedule_runs"_s), 21);
        QCOMPARE(count(u"reports"_s), 10);
        QVERIFY(count(u"audit_log"_s) >= 120);

        ReportStore store(*connection);
        const auto reports = store.list();
        QVERIFY(reports);
        QCOMPARE(reports->size(), 10);
        QVERIFY(reports->constFirst().createdAt < load.now);
        const auto newest = store.list(3);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(newest->at(i).id, reports->at(i).id);
        // Reports 0, 3, 6 and 9 are tenant reports, named by their one row.
        const auto hostnames = store.tenantHostnames();
        QVERIFY(hostnames);
        QCOMPARE(hostnames->size(), 4);
        for (const ReportInfo &info : *reports)
            QCOMPARE(hostnames->contains(info.id), info.scopeKind == u"tenant"_s);

        // A report stored by the application gets a fresh id.
        ReportInfo added = reports->constFirst();
        added.name = u"after the seed"_s;
        const auto id = store.insertReport(added);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(*id > reports->constFirst().id);
    }

    void optionsAreValidated()
    {
        QCOMPARE(DemoSeeder::validate(options(0, 10)).error().kind, ErrorKind::BadInput);
        QVERIFY(DemoSeeder::validate(options(0, 10)).error().message.contains(u"--tenants"_s));
        QVERIFY(!DemoSeeder::validate(options(10'000'001, 10)));
        QVERIFY(DemoSeeder::validate(options(10'000'000, 10)));
        QVERIFY(DemoSeeder::validate(options(1, 3660)));
        QVERIFY(DemoSeeder::validate(options(1, 3661)).error().message.contains(u"--days"_s));
        QVERIFY(!DemoSeeder::validate(options(1, 0)));
        SeedOptions noEnd = options(1, 1);
        noEnd.lastDay = QDate();
        QVERIFY(!DemoSeeder::validate(noEnd));
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
