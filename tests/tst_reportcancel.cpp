#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "reports/ReportCalculator.h"
#include "reports/ReportGenerator.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QElapsedTimer>
#include <QTest>
#include <atomic>
#include <thread>

using namespace ud;
using namespace Qt::StringLiterals;

// Cancelling a report stops the SQL statement itself (StatementInterrupter):
// a flag checked between rows could not stop the aggregation, which yields
// its first row only after reading every usage row of the period. The time
// from cancel() to the Cancelled result is measured while the statement has
// produced no row yet; nothing is stored.

namespace {

constexpr int kTenants = 3000;
constexpr int kDays = 730;
const QDate kFirstDay(2024, 1, 1);

// Sets the flag after `delayMs` on a thread of its own and notes when.
class DelayedCancel
{
public:
    DelayedCancel(CancellationFlag &flag, int delayMs)
        : m_thread([this, &flag, delayMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            m_at.start();
            flag.cancel();
            m_fired.store(true);
        })
    {}
    ~DelayedCancel() { join(); }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool fired() const { return m_fired.load(); }
    qint64 msSinceCancel() const { return m_at.elapsed(); }

private:
    QElapsedTimer m_at;
    std::atomic<bool> m_fired{false};
    std::thread m_thread;
};

} // namespace

class TestReportCancel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        QElapsedTimer timer;
        timer.start();
        auto transaction = Transaction::begin(*m_connection);
        QVERIFY(transaction);
        TenantStore store(*m_connection);
        QList<qint64> keys;
        for (int n = 0; n < kTenants; ++n) {
            Tenant tenant;
            tenant.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
            tenant.hostname = u"t%1.example.com"_s.arg(n);
            tenant.companyName = u"Tenant %1"_s.arg(n);
            tenant.createdOn = QDate(2020, 1, 1);
            const auto key = store.upsert(tenant);
            QVERIFY(key);
            keys << *key;
        }
        auto writer = UsageWriter::create(*m_connection, UsageWriter::Rows::AllNew);
        QVERIFY(writer);
        for (const qint64 key : std::as_const(keys)) {
            for (int d = 0; d < kDays; ++d)
                QVERIFY((*writer)->add(
                    UsageRow{key, kFirstDay.addDays(d), qint32(key + d), d, 2 * d, 3 * d}));
        }
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
        qInfo("%d daily rows written in %lld ms", kTenants * kDays, timer.elapsed());
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void cancelInsideTheStatement_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("daily") << int(ReportCalculator::Source::DailyOnly);
        QTest::newRow("roll-up, partial months") << int(ReportCalculator::Source::RollUp);
    }

    void cancelInsideTheStatement()
    {
        QFETCH(int, source);
        const QDate first = kFirstDay.addDays(3); // partial months at both ends
        const QDate last = kFirstDay.addDays(kDays - 3);
        const ReportCalculator calculator(*m_connection);

        // Uncancelled: how long until the first row (the statement's own work).
        QElapsedTimer timer;
        timer.start();
        qint64 firstRowMs = -1;
        qint64 rows = 0;
        QVERIFY(calculator.forEach(
            ReportScope::all(), first, last,
            [&](const ReportRow &) {
                if (firstRowMs < 0)
                    firstRowMs = timer.elapsed();
                ++rows;
                return Status();
            },
            nullptr, ReportCalculator::Source(source)));
        QCOMPARE(rows, kTenants);
        qInfo("first row after %lld ms, all rows after %lld ms", firstRowMs, timer.elapsed());
        // Cancel at a third of that: inside the statement, before any row.
        const int delay = int(firstRowMs / 3);
        QVERIFY2(delay >= 20, "the statement is too quick to cancel inside it");

        CancellationFlag flag;
        std::atomic<bool> rowBeforeCancel{false};
        DelayedCancel cancel(flag, delay);
        const Status done = calculator.forEach(
            ReportScope::all(), first, last,
            [&](const ReportRow &) {
                if (!flag.isCancelled())
                    rowBeforeCancel.store(true);
                return Status();
            },
            &flag, ReportCalculator::Source(source));
        const qint64 afterCancel = cancel.msSinceCancel();
        cancel.join();
        QVERIFY(cancel.fired());
        QVERIFY(!done);
        QCOMPARE(done.error().kind, ErrorKind::Cancelled);
        QVERIFY2(!rowBeforeCancel.load(), "the statement finished before the cancel");
        qInfo("cancelled %lld ms after cancel() (target 50 ms)", afterCancel);
        QVERIFY2(afterCancel < 250, qPrintable(u"%1 ms"_s.arg(afterCancel)));

        // The connection still works afterwards.
        QCOMPARE(calculator.count(ReportScope::all()).value(), kTenants);
    }

    void cancelledGenerationStoresNothing()
    {
        const Actor actor = accesstest::superActor(*m_connection);
        const QString auditBefore = m_db->auditLog();
        ReportRequest request;
        request.name = u"Cancelled"_s;
        request.scope = u"all"_s;
        request.period = u"custom:2024-01-05..2025-12-20"_s;
        request.today = QDate(2026, 1, 1);
        CancellationFlag flag;
        DelayedCancel cancel(flag, 40);
        QElapsedTimer timer;
        timer.start();
        const auto id =
            ReportGenerator(*m_connection, systemClock()).generate(actor, request, &flag);
        cancel.join();
        QVERIFY(!id);
        QCOMPARE(id.error().kind, ErrorKind::Cancelled);
        qInfo("generation cancelled %lld ms after cancel()", cancel.msSinceCancel());
        QCOMPARE(m_db->count(u"reports"_s), 0);
        QCOMPARE(m_db->count(u"report_rows"_s), 0);
        QCOMPARE(m_db->auditLog(), auditBefore);

        // Uncancelled, the same request is stored with all its rows, and
        // progress climbs to the total.
        QList<std::pair<qint64, qint64>> progress;
        const auto stored =
            ReportGenerator(*m_connection, systemClock())
                .generate(actor, request, nullptr, [&progress](qint64 done, qint64 total) {
                    progress.append({done, total});
                });
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QVERIFY(progress.size() > 2);
        QCOMPARE(progress.first().first, 0);
        QCOMPARE(progress.first().second, kTenants);
        QCOMPARE(progress.last().first, kTenants);
        QCOMPARE(progress.last().second, kTenants);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
        QCOMPARE(m_db->count(u"report_rows"_s), kTenants);
        QVERIFY(m_db->auditLog().contains(u"generate report"_s));
    }
};

QTEST_GUILESS_MAIN(TestReportCancel)
#include "tst_reportcancel.moc"
