// One tenant's usage over a period (TenantUsageSeries), its table model and
// its CSV: the figures equal the database's for a known tenant, on both back
// ends.
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/TenantUsageCsv.h"
#include "usage/TenantUsageSeries.h"
#include "usage/TenantUsageTableModel.h"
#include "usage/UsageWriter.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

using Point = TenantUsagePoint;
using Granularity = TenantUsageGranularity;

Tenant makeTenant(int n, const QString &company)
{
    Tenant tenant;
    tenant.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    tenant.hostname = u"t%1.example.com"_s.arg(n);
    tenant.companyName = company;
    tenant.contractMode = ContractMode::Production;
    tenant.createdOn = QDate(2023, 1, 1);
    return tenant;
}

// The known tenant's rows, written by hand: across a year end, a month end,
// a leap day, with gaps, and a sum beyond 32 bits.
QList<UsageRow> knownRows(qint64 key)
{
    return {
        {key, QDate(2023, 12, 31), 5, 100, 100, 100},
        {key, QDate(2024, 1, 30), 10, 1, 2, 3},
        {key, QDate(2024, 1, 31), 12, 4, 5, 6},
        {key, QDate(2024, 2, 1), 15, 7, 0, 8},
        {key, QDate(2024, 2, 15), 20, 10, 11, 12},
        {key, QDate(2024, 2, 29), 18, 3'000'000'000LL, 1, 2},
        {key, QDate(2024, 3, 1), 19, 0, 9, 0},
        {key, QDate(2024, 3, 2), 17, 5, 5, 5},
    };
}

// Another tenant on the same days with much larger figures: any of them in
// the known tenant's points means rows leaked across tenants.
QList<UsageRow> otherRows(qint64 key)
{
    QList<UsageRow> rows = knownRows(key);
    for (UsageRow &row : rows) {
        row.users += 100000;
        row.voiceCredits += 100000;
        row.smsCredits += 100000;
        row.authentications += 100000;
    }
    rows << UsageRow{key, QDate(2024, 2, 16), 999999, 1, 1, 1};
    return rows;
}

void writeRows(const Connection &connection, const QList<UsageRow> &rows)
{
    auto transaction = Transaction::begin(connection);
    QVERIFY(transaction);
    auto writer = UsageWriter::create(connection);
    QVERIFY2(writer, writer ? "" : qPrintable(writer.error().message));
    for (const UsageRow &row : rows)
        QVERIFY((*writer)->add(row));
    QVERIFY((*writer)->finish());
    QVERIFY((*transaction)->commit());
}

Point daily(QDate day, qint32 users, qint64 voice, qint64 sms, qint64 authentications)
{
    return {day, day, 1, users, users, voice, sms, authentications};
}

Point monthly(QDate month, QDate lastDay, int days, qint32 users, qint32 peak, qint64 voice,
              qint64 sms, qint64 authentications)
{
    return {month, lastDay, days, users, peak, voice, sms, authentications};
}

QString describePoint(const Point &p)
{
    return u"%1 last %2 days %3 users %4 peak %5 voice %6 sms %7 auth %8"_s
        .arg(p.period.toString(Qt::ISODate), p.lastDay.toString(Qt::ISODate))
        .arg(p.days)
        .arg(p.users)
        .arg(p.usersPeak)
        .arg(p.voiceCredits)
        .arg(p.smsCredits)
        .arg(p.authentications);
}

QStringList describe(const QList<Point> &points)
{
    QStringList lines;
    for (const Point &p : points)
        lines << describePoint(p);
    return lines;
}

} // namespace

class TestTenantUsage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    qint64 m_known = 0;
    qint64 m_other = 0;

    Result<TenantUsage> load(QDate first, QDate last, Granularity granularity, qint64 key = 0) const
    {
        const TenantUsageSeries series(*m_connection, accesstest::superActor(*m_connection),
                                       systemClock());
        return series.load(key ? key : m_known, first, last, granularity);
    }

    QList<Point> points(QDate first, QDate last, Granularity granularity) const
    {
        const auto usage = load(first, last, granularity);
        if (!usage)
            qFatal("%s", qPrintable(usage.error().message));
        return usage->points;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"test"_s);
        TenantStore store(*m_connection);
        m_known = store.upsert(makeTenant(1, u"Known Tenant AG"_s)).value();
        m_other = store.upsert(makeTenant(2, u"Other Tenant GmbH"_s)).value();
        writeRows(*m_connection, knownRows(m_known));
        writeRows(*m_connection, otherRows(m_other));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void dailyPointsEqualTheDatabase()
    {
        const auto usage = load(QDate(2023, 12, 1), QDate(2024, 3, 31), Granularity::Daily);
        QVERIFY2(usage, usage ? "" : qPrintable(usage.error().message));
        QCOMPARE(usage->tenantKey, m_known);
        QCOMPARE(usage->hostname, u"t1.example.com"_s);
        QCOMPARE(usage->companyName, u"Known Tenant AG"_s);
        QCOMPARE(usage->tenantId, makeTenant(1, {}).tenantId);

        // Hand-written...
        QList<Point> expected;
        for (const UsageRow &row : knownRows(m_known))
            expected << daily(row.day, row.users, row.voiceCredits, row.smsCredits,
                              row.authentications);
        QCOMPARE(describe(usage->points), describe(expected));

        // ... and read back from the table with plain SQL.
        QSqlQuery query(m_connection->database());
        QVERIFY(query.prepare(u"SELECT day, users, voice_credits, sms_credits, authentications "
                              u"FROM usage_daily WHERE tenant_key = ? ORDER BY day"_s));
        query.addBindValue(m_known);
        QVERIFY(query.exec());
        QList<Point> fromDatabase;
        while (query.next())
            fromDatabase << daily(query.value(0).toDate(), query.value(1).toInt(),
                                  query.value(2).toLongLong(), query.value(3).toLongLong(),
                                  query.value(4).toLongLong());
        QCOMPARE(describe(usage->points), describe(fromDatabase));
    }

    void monthlyPointsEqualHandComputedSums()
    {
        const QList<Point> expected = {
            monthly(QDate(2023, 12, 1), QDate(2023, 12, 31), 1, 5, 5, 100, 100, 100),
            monthly(QDate(2024, 1, 1), QDate(2024, 1, 31), 2, 12, 12, 5, 7, 9),
            monthly(QDate(2024, 2, 1), QDate(2024, 2, 29), 3, 18, 20, 3'000'000'017LL, 12, 22),
            monthly(QDate(2024, 3, 1), QDate(2024, 3, 2), 2, 17, 19, 5, 14, 5),
        };
        QCOMPARE(describe(points(QDate(2023, 12, 1), QDate(2024, 3, 31), Granularity::Monthly)),
                 describe(expected));
        // Days outside every month with data change nothing.
        QCOMPARE(describe(points(QDate(2000, 1, 1), QDate(2030, 12, 31), Granularity::Monthly)),
                 describe(expected));
    }

    void monthlyPointsEqualPlainSqlPerMonth()
    {
        // Each month computed on its own with plain SQL over the days of the
        // month inside the range: no grouping expression shared with the
        // query under test.
        const QList<std::pair<QDate, QDate>> ranges = {
            {QDate(2023, 12, 1), QDate(2024, 3, 31)},
            {QDate(2023, 12, 31), QDate(2024, 3, 1)},
            {QDate(2024, 1, 31), QDate(2024, 2, 28)},
            {QDate(2024, 2, 15), QDate(2024, 2, 15)},
        };
        for (const auto &[first, last] : ranges) {
            QList<Point> expected;
            for (QDate month(first.year(), first.month(), 1); month <= last;
                 month = month.addMonths(1)) {
                const QDate from = std::max(first, month);
                const QDate to = std::min(last, month.addMonths(1).addDays(-1));
                QSqlQuery query(m_connection->database());
                QVERIFY(query.prepare(u"SELECT count(*), max(users), max(day), sum(voice_credits), "
                                      u"sum(sms_credits), sum(authentications) FROM usage_daily "
                                      u"WHERE tenant_key = ? AND day >= ? AND day <= ?"_s));
                query.addBindValue(m_known);
                query.addBindValue(from.toString(Qt::ISODate));
                query.addBindValue(to.toString(Qt::ISODate));
                QVERIFY(query.exec() && query.next());
                if (query.value(0).toInt() == 0)
                    continue;
                Point point{month,
                            query.value(2).toDate(),
                            query.value(0).toInt(),
                            0,
                            query.value(1).toInt(),
                            query.value(3).toLongLong(),
                            query.value(4).toLongLong(),
                            query.value(5).toLongLong()};
                QSqlQuery lastDay(m_connection->database());
                QVERIFY(lastDay.prepare(
                    u"SELECT users FROM usage_daily WHERE tenant_key = ? AND day = ?"_s));
                lastDay.addBindValue(m_known);
                lastDay.addBindValue(point.lastDay.toString(Qt::ISODate));
                QVERIFY(lastDay.exec() && lastDay.next());
                point.users = lastDay.value(0).toInt();
                expected << point;
            }
            QVERIFY(!expected.isEmpty());
            QCOMPARE(describe(points(first, last, Granularity::Monthly)), describe(expected));
        }
    }

    void rangeEdgesAreInclusiveAndCutMonths()
    {
        // Both ends inclusive.
        QCOMPARE(
            describe(points(QDate(2024, 1, 31), QDate(2024, 2, 15), Granularity::Daily)),
            describe({daily(QDate(2024, 1, 31), 12, 4, 5, 6), daily(QDate(2024, 2, 1), 15, 7, 0, 8),
                      daily(QDate(2024, 2, 15), 20, 10, 11, 12)}));
        // A month cut by the range counts only its days inside it; users are
        // those of the latest day inside.
        QCOMPARE(describe(points(QDate(2024, 1, 31), QDate(2024, 2, 15), Granularity::Monthly)),
                 describe({monthly(QDate(2024, 1, 1), QDate(2024, 1, 31), 1, 12, 12, 4, 5, 6),
                           monthly(QDate(2024, 2, 1), QDate(2024, 2, 15), 2, 20, 20, 17, 11, 20)}));
        QCOMPARE(describe(points(QDate(2024, 2, 16), QDate(2024, 3, 1), Granularity::Monthly)),
                 describe({monthly(QDate(2024, 2, 1), QDate(2024, 2, 29), 1, 18, 18,
                                   3'000'000'000LL, 1, 2),
                           monthly(QDate(2024, 3, 1), QDate(2024, 3, 1), 1, 19, 19, 0, 9, 0)}));
        // One day.
        QCOMPARE(describe(points(QDate(2024, 2, 29), QDate(2024, 2, 29), Granularity::Daily)),
                 describe({daily(QDate(2024, 2, 29), 18, 3'000'000'000LL, 1, 2)}));
        // A range without rows (the other tenant has one on 2024-02-16).
        QVERIFY(points(QDate(2024, 2, 2), QDate(2024, 2, 14), Granularity::Daily).isEmpty());
        QVERIFY(points(QDate(2024, 2, 16), QDate(2024, 2, 28), Granularity::Monthly).isEmpty());
    }

    void otherTenantIsItsOwn()
    {
        const auto usage =
            load(QDate(2024, 2, 1), QDate(2024, 2, 29), Granularity::Monthly, m_other);
        QVERIFY(usage);
        QCOMPARE(usage->companyName, u"Other Tenant GmbH"_s);
        QCOMPARE(describe(usage->points),
                 describe({monthly(QDate(2024, 2, 1), QDate(2024, 2, 29), 4, 100018, 999999,
                                   3'000'300'018LL, 300013, 300023)}));
    }

    void badRangeIsRefused()
    {
        const auto reversed = load(QDate(2024, 3, 1), QDate(2024, 2, 1), Granularity::Daily);
        QVERIFY(!reversed);
        QCOMPARE(reversed.error().kind, ErrorKind::BadInput);
        QVERIFY2(reversed.error().message.contains(u"2024-03-01"_s) &&
                     reversed.error().message.contains(u"2024-02-01"_s),
                 qPrintable(reversed.error().message));
        const auto invalid = load(QDate(), QDate(2024, 2, 1), Granularity::Monthly);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().kind, ErrorKind::BadInput);
        const auto tooLate = load(QDate(2024, 1, 1), QDate(10000, 1, 1), Granularity::Daily);
        QVERIFY(!tooLate);
        QCOMPARE(tooLate.error().kind, ErrorKind::BadInput);
    }

    void unknownTenantIsNotFound()
    {
        const auto usage =
            load(QDate(2024, 1, 1), QDate(2024, 1, 31), Granularity::Daily, m_other + 1000);
        QVERIFY(!usage);
        QCOMPARE(usage.error().kind, ErrorKind::NotFound);
    }

    void viewPermissionsAreNeeded()
    {
        using namespace accesstest;
        const qint64 tenantsOnly =
            addRole(*m_connection, u"Tenants only"_s, grants({u"tenants:view"_s}));
        const qint64 usageOnly =
            addRole(*m_connection, u"Usage only"_s, grants({u"usage_data:view"_s}));
        insertAdministrator(*m_connection, u"tina"_s, tenantsOnly);
        insertAdministrator(*m_connection, u"ursula"_s, usageOnly);
        insertAdministrator(*m_connection, u"aude"_s,
                            builtInRoleId(*m_connection, BuiltInRole::Auditor));
        const QDate first(2024, 1, 1);
        const QDate last(2024, 3, 31);

        for (const QString &user : {u"tina"_s, u"ursula"_s}) {
            const TenantUsageSeries series(*m_connection, actorOf(*m_connection, user),
                                           systemClock());
            const auto usage = series.load(m_known, first, last, Granularity::Daily);
            QVERIFY(!usage);
            QCOMPARE(usage.error().kind, ErrorKind::NotPermitted);
            QVERIFY2(usage.error().message.contains(u"usage_data:view"_s),
                     qPrintable(usage.error().message));
            // Refused before anything else: an unknown tenant is refused too.
            QCOMPARE(series.load(m_other + 1000, first, last, Granularity::Daily).error().kind,
                     ErrorKind::NotPermitted);
            QVERIFY2(lastAuditLine(*m_db).startsWith(user + u"|tenant usage view|"_s) &&
                         lastAuditLine(*m_db).contains(u"|refused|"_s),
                     qPrintable(lastAuditLine(*m_db)));
        }
        const TenantUsageSeries nobody(*m_connection, Actor{}, systemClock());
        QCOMPARE(nobody.load(m_known, first, last, Granularity::Daily).error().kind,
                 ErrorKind::NotPermitted);

        // The Auditor holds every view.
        const TenantUsageSeries auditor(*m_connection, actorOf(*m_connection, u"aude"_s),
                                        systemClock());
        const auto usage = auditor.load(m_known, first, last, Granularity::Monthly);
        QVERIFY2(usage, usage ? "" : qPrintable(usage.error().message));
        QCOMPARE(usage->points.size(), 3);
    }

    void tableModelShowsThePoints()
    {
        const auto usage = load(QDate(2023, 12, 1), QDate(2024, 3, 31), Granularity::Monthly);
        QVERIFY(usage);
        TenantUsageTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setUsage(*usage);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TenantUsageTableModel::ColumnCount));
        using M = TenantUsageTableModel;
        const int raw = M::RawValueRole;
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(2, M::Period).toString(), u"2024-02"_s);
        QCOMPARE(cell(2, M::Period, raw).toDate(), QDate(2024, 2, 1));
        QCOMPARE(cell(2, M::Users, raw).toInt(), 18);
        QCOMPARE(cell(2, M::UsersPeak, raw).toInt(), 20);
        QCOMPARE(cell(2, M::VoiceCredits, raw).toLongLong(), 3'000'000'017LL);
        QCOMPARE(cell(2, M::SmsCredits, raw).toLongLong(), 12);
        QCOMPARE(cell(2, M::Authentications, raw).toLongLong(), 22);
        QCOMPARE(cell(2, M::VoiceCredits).toString(), QLocale().toString(3'000'000'017LL));
        QCOMPARE(cell(2, M::Users, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(cell(2, M::Period, Qt::ToolTipRole).toString().contains(u"2024-02-29"_s));
        QCOMPARE(model.headerData(M::Period, Qt::Horizontal).toString(), u"Month"_s);
        QCOMPARE(model.headerData(M::Users, Qt::Horizontal).toString(), u"Users (last day)"_s);

        const auto days = load(QDate(2024, 1, 31), QDate(2024, 2, 1), Granularity::Daily);
        QVERIFY(days);
        model.setUsage(*days);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(M::Period, Qt::Horizontal).toString(), u"Day"_s);
        QCOMPARE(cell(1, M::Period).toString(), u"2024-02-01"_s);
        QCOMPARE(cell(1, M::Users, raw).toInt(), 15);
        QVERIFY(!cell(2, M::Users).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void csvHoldsTheSameNumbers()
    {
        const auto usage = load(QDate(2024, 1, 31), QDate(2024, 2, 29), Granularity::Monthly);
        QVERIFY(usage);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(TenantUsageCsv::write(*usage, buffer));
        QCOMPARE(buffer.data(), QByteArray("month,users_end,users_peak,voice_credits,sms_credits,"
                                           "authentications\r\n"
                                           "2024-01-01,12,12,4,5,6\r\n"
                                           "2024-02-01,18,20,3000000017,12,22\r\n"));

        const auto days = load(QDate(2024, 2, 29), QDate(2024, 3, 1), Granularity::Daily);
        QVERIFY(days);
        QBuffer dayBuffer;
        QVERIFY(dayBuffer.open(QIODevice::WriteOnly));
        QVERIFY(TenantUsageCsv::write(*days, dayBuffer, {'|', true, true}));
        QCOMPARE(dayBuffer.data(),
                 QByteArray("\xEF\xBB\xBF"
                            "day|users|voice_credits|sms_credits|authentications\r\n"
                            "2024-02-29|18|3000000000|1|2\r\n"
                            "2024-03-01|19|0|9|0\r\n"));

        // A device that cannot be written is reported, not ignored.
        QBuffer closed;
        QVERIFY(!TenantUsageCsv::write(*days, closed).ok());
    }

    // The page runs the query on the GUI thread: it must stay far below what
    // a user notices. 400 days of one tenant, among other tenants' rows.
    void fourHundredDaysAreQuick()
    {
        const qint64 busy =
            TenantStore(*m_connection).upsert(makeTenant(3, u"Busy Tenant SA"_s)).value();
        QList<UsageRow> rows;
        const QDate start(2023, 1, 1);
        for (int i = 0; i < 400; ++i)
            rows << UsageRow{busy, start.addDays(i), 1000 + i, i * 3LL, i * 2LL, i * 10LL};
        writeRows(*m_connection, rows);
        const TenantUsageSeries series(*m_connection, accesstest::superActor(*m_connection),
                                       systemClock());
        for (const Granularity granularity : {Granularity::Daily, Granularity::Monthly}) {
            QList<qint64> times;
            qsizetype count = 0;
            for (int run = 0; run < 7; ++run) {
                QElapsedTimer timer;
                timer.start();
                const auto usage = series.load(busy, start, start.addDays(399), granularity);
                times << timer.nsecsElapsed();
                QVERIFY(usage);
                count = usage->points.size();
            }
            std::sort(times.begin(), times.end());
            QCOMPARE(count, granularity == Granularity::Daily ? 400 : 14);
            const double medianMs = double(times.at(3)) / 1e6;
            qInfo("%s, 400 days on %s: median %.2f ms, slowest %.2f ms",
                  granularity == Granularity::Daily ? "daily" : "monthly",
                  qPrintable(TestDatabase::backendName()), medianMs, double(times.last()) / 1e6);
            QVERIFY2(medianMs < 50, qPrintable(u"%1 ms"_s.arg(medianMs)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTenantUsage)
#include "tst_tenantusage.moc"
