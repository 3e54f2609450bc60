#include "TestDatabase.h"
#include "filters/FilterParser.h"
#include "reports/ReportCalculator.h"
#include "reports/ReportScope.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QTest>
#include <algorithm>
#include <map>
#include <random>

using namespace ud;
using namespace Qt::StringLiterals;

// The roll-up path of ReportCalculator (whole months from usage_monthly,
// partial months from usage_daily) must give exactly what report-csv.md
// defines, which this test works out in C++ from the daily rows alone, for
// many periods: month boundaries, partial months at both ends, single days,
// leap days, periods without usage, gaps, a last row in a partial month.

namespace {

struct ModelTenant
{
    qint64 key = 0;
    Tenant tenant;
};

using DailyModel = std::map<std::pair<qint64, QDate>, UsageRow>;

QString rowText(const ReportRow &row)
{
    return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s
        .arg(row.tenantId, row.hostname, row.companyName, row.contractMode)
        .arg(row.usersPeak)
        .arg(row.usersEnd)
        .arg(row.voiceCredits)
        .arg(row.smsCredits)
        .arg(row.authentications);
}

} // namespace

class TestReportCalculator : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    QList<ModelTenant> m_tenants;
    DailyModel m_daily;

    qint64 addTenant(const QString &id, const QString &hostname, const QString &company,
                     ContractMode mode = ContractMode::Production)
    {
        Tenant tenant;
        tenant.tenantId = id;
        tenant.hostname = hostname;
        tenant.companyName = company;
        tenant.contractMode = mode;
        tenant.createdOn = QDate(2020, 1, 1);
        const auto key = TenantStore(*m_connection).upsert(tenant);
        if (!key)
            qFatal("%s", qPrintable(key.error().message));
        m_tenants.append({*key, tenant});
        return *key;
    }

    void write(const QList<UsageRow> &rows)
    {
        auto transaction = Transaction::begin(*m_connection);
        QVERIFY(transaction);
        auto writer = UsageWriter::create(*m_connection);
        QVERIFY(writer);
        for (const UsageRow &row : rows) {
            QVERIFY((*writer)->add(row));
            m_daily[{row.tenantKey, row.day}] = row;
        }
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
    }

    static UsageRow usage(qint64 key, QDate day, qint32 users, qint64 voice = 0, qint64 sms = 0,
                          qint64 auth = 0)
    {
        return UsageRow{key, day, users, voice, sms, auth};
    }

    // report-csv.md read literally, from the daily rows only.
    QStringList expected(QDate first, QDate last,
                         const std::function<bool(const Tenant &)> &inScope = {}) const
    {
        QList<ModelTenant> tenants = m_tenants;
        std::sort(tenants.begin(), tenants.end(), [](const ModelTenant &a, const ModelTenant &b) {
            const QByteArray ha = a.tenant.hostname.toUtf8();
            const QByteArray hb = b.tenant.hostname.toUtf8();
            if (ha != hb)
                return ha < hb;
            return a.tenant.tenantId.toUtf8() < b.tenant.tenantId.toUtf8();
        });
        QStringList rows;
        for (const ModelTenant &t : tenants) {
            if (inScope && !inScope(t.tenant))
                continue;
            ReportRow row;
            row.tenantId = t.tenant.tenantId;
            row.hostname = t.tenant.hostname;
            row.companyName = t.tenant.companyName;
            row.contractMode = contractModeName(t.tenant.contractMode);
            QDate latest;
            for (auto it = m_daily.lower_bound({t.key, first});
                 it != m_daily.end() && it->first.first == t.key && it->first.second <= last;
                 ++it) {
                const UsageRow &u = it->second;
                row.usersPeak = std::max<qint64>(row.usersPeak, u.users);
                if (!latest.isValid() || u.day > latest) {
                    latest = u.day;
                    row.usersEnd = u.users;
                }
                row.voiceCredits += u.voiceCredits;
                row.smsCredits += u.smsCredits;
                row.authentications += u.authentications;
            }
            rows << rowText(row);
        }
        return rows;
    }

    QStringList computed(const ReportScope &scope, QDate first, QDate last,
                         ReportCalculator::Source source = ReportCalculator::Source::RollUp) const
    {
        QStringList rows;
        const Status done = ReportCalculator(*m_connection)
                                .forEach(
                                    scope, first, last,
                                    [&rows](const ReportRow &row) {
                                        rows << rowText(row);
                                        return Status();
                                    },
                                    nullptr, source);
        if (!done)
            return {u"<failed: %1>"_s.arg(done.error().message)};
        return rows;
    }

    void compareAll(QDate first, QDate last)
    {
        const QStringList want = expected(first, last);
        const QStringList rollUp = computed(ReportScope::all(), first, last);
        if (rollUp != want) {
            for (qsizetype i = 0; i < std::min(rollUp.size(), want.size()); ++i) {
                if (rollUp.at(i) != want.at(i))
                    qWarning("first difference: %s vs %s", qPrintable(rollUp.at(i)),
                             qPrintable(want.at(i)));
            }
        }
        QVERIFY2(rollUp == want, qPrintable(u"roll-up differs for %1..%2"_s.arg(
                                     first.toString(Qt::ISODate), last.toString(Qt::ISODate))));
        const QStringList daily =
            computed(ReportScope::all(), first, last, ReportCalculator::Source::DailyOnly);
        QVERIFY2(daily == want, qPrintable(u"daily path differs for %1..%2"_s.arg(
                                    first.toString(Qt::ISODate), last.toString(Qt::ISODate))));
    }

private slots:
    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        m_tenants.clear();
        m_daily.clear();
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
    }

    void handComputedFigures()
    {
        // A: rows in Jan, Feb (leap year), and 2 days of March.
        const qint64 a =
            addTenant(u"00000000-0000-4000-8000-00000000000a"_s, u"a.example.com"_s, u"Alpha"_s);
        // B: usage only in January: users_end comes from an earlier month.
        const qint64 b = addTenant(u"00000000-0000-4000-8000-00000000000b"_s, u"b.example.com"_s,
                                   u"=Beta"_s, ContractMode::Trial);
        // C: no usage at all.
        addTenant(u"00000000-0000-4000-8000-00000000000c"_s, u"c.example.com"_s, u"Gamma"_s,
                  ContractMode::Unknown);
        write({usage(a, QDate(2024, 1, 1), 10, 1, 2, 3), usage(a, QDate(2024, 1, 31), 30, 4, 5, 6),
               usage(a, QDate(2024, 2, 29), 20, 7, 8, 9), usage(a, QDate(2024, 3, 1), 5, 1, 1, 1),
               usage(a, QDate(2024, 3, 2), 7, 1, 1, 1), usage(b, QDate(2024, 1, 15), 50, 100, 0, 0),
               usage(b, QDate(2024, 1, 20), 40, 0, 100, 0)});

        // Two whole months and a partial March whose last row (Mar 2) is the end.
        QStringList rows = computed(ReportScope::all(), QDate(2024, 1, 1), QDate(2024, 3, 10));
        QCOMPARE(rows, QStringList({u"00000000-0000-4000-8000-00000000000a|a.example.com|Alpha|"
                                    "PRODUCTION|30|7|14|17|20"_s,
                                    u"00000000-0000-4000-8000-00000000000b|b.example.com|=Beta|"
                                    "TRIAL|50|40|100|100|0"_s,
                                    u"00000000-0000-4000-8000-00000000000c|c.example.com|Gamma|"
                                    "UNKNOWN|0|0|0|0|0"_s}));
        // The leap day alone.
        rows = computed(ReportScope::all(), QDate(2024, 2, 29), QDate(2024, 2, 29));
        QCOMPARE(rows.first(), u"00000000-0000-4000-8000-00000000000a|a.example.com|Alpha|"
                               "PRODUCTION|20|20|7|8|9"_s);
        QCOMPARE(rows.at(1).section(u'|', 4), u"0|0|0|0|0"_s);
        // February and March whole: users_end is March 2's, February 29 was earlier.
        rows = computed(ReportScope::all(), QDate(2024, 2, 1), QDate(2024, 3, 31));
        QCOMPARE(rows.first().section(u'|', 4), u"20|7|9|10|11"_s);
        // Partial January (from the 2nd) and whole February: Jan 31 and Feb 29.
        rows = computed(ReportScope::all(), QDate(2024, 1, 2), QDate(2024, 2, 29));
        QCOMPARE(rows.first().section(u'|', 4), u"30|20|11|13|15"_s);
        // A period without any usage.
        rows = computed(ReportScope::all(), QDate(2023, 1, 1), QDate(2023, 12, 31));
        QCOMPARE(rows.size(), 3);
        for (const QString &row : rows)
            QCOMPARE(row.section(u'|', 4), u"0|0|0|0|0"_s);
        // One tenant; a filter.
        rows = computed(ReportScope::tenant(u"00000000-0000-4000-8000-00000000000B"_s),
                        QDate(2024, 1, 1), QDate(2024, 12, 31));
        QCOMPARE(rows, QStringList({u"00000000-0000-4000-8000-00000000000b|b.example.com|=Beta|"
                                    "TRIAL|50|40|100|100|0"_s}));
        const auto filter = FilterParser::parse(u"contract_mode eq TRIAL"_s);
        QVERIFY(filter);
        rows = computed(ReportScope::matching(*filter), QDate(2024, 1, 1), QDate(2024, 1, 31));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().startsWith(u"00000000-0000-4000-8000-00000000000b"_s));
        // An unknown tenant: no rows (the generator makes that NotFound).
        rows = computed(ReportScope::tenant(u"00000000-0000-4000-8000-0000000000ff"_s),
                        QDate(2024, 1, 1), QDate(2024, 1, 31));
        QVERIFY(rows.isEmpty());
        QCOMPARE(ReportCalculator(*m_connection)
                     .count(ReportScope::tenant(u"00000000-0000-4000-8000-0000000000ff"_s))
                     .value(),
                 0);
        QCOMPARE(ReportCalculator(*m_connection).count(ReportScope::all()).value(), 3);
    }

    void badPeriodIsRefused()
    {
        const Status done = ReportCalculator(*m_connection)
                                .forEach(ReportScope::all(), QDate(2024, 2, 1), QDate(2024, 1, 1),
                                         [](const ReportRow &) { return Status(); });
        QVERIFY(!done);
        QCOMPARE(done.error().kind, ErrorKind::BadInput);
    }

    void byteOrderOfHostnames()
    {
        // Byte order: digits < hyphen-less letters; "é" (0xC3 0xA9) after
        // every ASCII letter; an upper-case hostname (if one were stored)
        // before the lower-case ones.
        const QStringList hostnames = {u"zeta.example.com"_s, u"\u00e9cole.example.com"_s,
                                       u"a-b.example.com"_s,  u"ab.example.com"_s,
                                       u"9.example.com"_s,    u"a.example.com"_s};
        int n = 0;
        for (const QString &hostname : hostnames) {
            ++n;
            addTenant(u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')), hostname,
                      u"Company %1"_s.arg(n));
        }
        const QStringList rows =
            computed(ReportScope::all(), QDate(2024, 1, 1), QDate(2024, 1, 31));
        QStringList order;
        for (const QString &row : rows)
            order << row.section(u'|', 1, 1);
        QCOMPARE(order, QStringList({u"9.example.com"_s, u"a-b.example.com"_s, u"a.example.com"_s,
                                     u"ab.example.com"_s, u"zeta.example.com"_s,
                                     u"\u00e9cole.example.com"_s}));
        QCOMPARE(rows, expected(QDate(2024, 1, 1), QDate(2024, 1, 31)));
    }

    void randomDataMatchesTheDailyComputation()
    {
        std::mt19937_64 random(20261125);
        const QDate from(2023, 11, 20);
        const QDate to(2025, 3, 10);
        for (int n = 0; n < 30; ++n)
            addTenant(u"00000000-0000-4000-8000-%1"_s.arg(1000 + n, 12, 10, QLatin1Char('0')),
                      u"t%1.example.com"_s.arg(std::uniform_int_distribution<int>(0, 999)(random)) +
                          QString::number(n),
                      u"Tenant %1"_s.arg(n));
        QList<UsageRow> rows;
        for (const ModelTenant &t : std::as_const(m_tenants)) {
            const int profile = std::uniform_int_distribution<int>(0, 3)(random);
            if (profile == 0 && t.key % 2 == 0)
                continue; // no usage at all
            for (QDate day = from; day <= to; day = day.addDays(1)) {
                // Sparse tenants leave gaps of weeks and whole months.
                const int keep = profile == 1 ? 6 : profile == 2 ? 40 : 95;
                if (std::uniform_int_distribution<int>(0, 99)(random) >= keep)
                    continue;
                if (profile == 1 && (day.month() == 6 || day.month() == 2))
                    continue;
                rows.append(usage(t.key, day,
                                  std::uniform_int_distribution<qint32>(0, 5000)(random),
                                  std::uniform_int_distribution<qint64>(0, 1000)(random),
                                  std::uniform_int_distribution<qint64>(0, 1000)(random),
                                  std::uniform_int_distribution<qint64>(0, 100000)(random)));
            }
        }
        write(rows);

        QList<std::pair<QDate, QDate>> periods = {
            {QDate(2024, 1, 1), QDate(2024, 12, 31)}, // whole months only
            {QDate(2024, 2, 1), QDate(2024, 2, 29)},  // leap February
            {QDate(2024, 2, 29), QDate(2024, 2, 29)}, // leap day
            {QDate(2024, 1, 15), QDate(2024, 1, 15)}, // one day
            {QDate(2024, 1, 15), QDate(2024, 3, 10)}, // partial at both ends
            {QDate(2024, 1, 31), QDate(2024, 2, 1)},  // across a boundary, no whole month
            {QDate(2023, 11, 1), QDate(2025, 3, 31)}, // past both ends of the data
            {QDate(2023, 1, 1), QDate(2023, 10, 31)}, // before any data
            {QDate(2025, 3, 11), QDate(2025, 4, 30)}, // after all data
            {QDate(2024, 6, 1), QDate(2024, 6, 30)},  // the month sparse tenants skip
            {QDate(2024, 5, 2), QDate(2024, 7, 30)},  // whole June between partial months
            {QDate(2024, 12, 31), QDate(2025, 1, 1)}, // year boundary
        };
        for (int i = 0; i < 40; ++i) {
            const qint64 span = from.daysTo(to) + 60;
            const QDate a = from.addDays(std::uniform_int_distribution<qint64>(-30, span)(random));
            const QDate b = a.addDays(std::uniform_int_distribution<qint64>(0, 200)(random));
            periods.append({a, b});
        }
        for (const auto &[first, last] : periods) {
            compareAll(first, last);
            if (QTest::currentTestFailed())
                return;
        }
        // A filter scope on the same data.
        const auto filter = FilterParser::parse(u"hostname starts_with t1"_s);
        QVERIFY(filter);
        const QStringList want =
            expected(QDate(2024, 1, 10), QDate(2024, 8, 20),
                     [](const Tenant &t) { return t.hostname.startsWith(u"t1"_s); });
        QVERIFY(!want.isEmpty());
        QCOMPARE(computed(ReportScope::matching(*filter), QDate(2024, 1, 10), QDate(2024, 8, 20)),
                 want);
    }

    void largeSumsAreExact()
    {
        const qint64 a =
            addTenant(u"00000000-0000-4000-8000-00000000000a"_s, u"a.example.com"_s, u"Alpha"_s);
        const qint64 big = std::numeric_limits<qint64>::max() / 4;
        write({usage(a, QDate(2024, 1, 31), std::numeric_limits<qint32>::max(), big, big, big),
               usage(a, QDate(2024, 2, 1), 1, big, big, big),
               usage(a, QDate(2024, 3, 1), 1, big, big, big)});
        compareAll(QDate(2024, 1, 31), QDate(2024, 3, 1));
        const QStringList rows =
            computed(ReportScope::all(), QDate(2024, 1, 31), QDate(2024, 3, 1));
        QCOMPARE(rows.first().section(u'|', 4), u"2147483647|1|%1|%1|%1"_s.arg(big * 3));
    }
};

QTEST_GUILESS_MAIN(TestReportCalculator)
#include "tst_reportcalculator.moc"
