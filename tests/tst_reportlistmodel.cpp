// ReportListModel: stored reports loaded in the background (ReportCatalog),
// session job rows above them with their status texts, the roles the page
// uses, and QAbstractItemModelTester watching every change.
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "reports/ReportGenerator.h"
#include "reports/ReportListModel.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportStore.h"
#include "seed/DemoSeeder.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

ReportRequest request(const QString &name, const QString &scope)
{
    ReportRequest r;
    r.name = name;
    r.description = u"about "_s + name;
    r.scope = scope;
    r.period = u"last-month"_s;
    r.today = QDate(2025, 7, 1);
    return r;
}

ReportInfo info(qint64 id, const QString &name, const QDateTime &createdAt)
{
    ReportInfo i;
    i.id = id;
    i.name = name;
    i.scopeKind = u"all"_s;
    i.scope = u"all"_s;
    i.period = u"last-month"_s;
    i.periodStart = QDate(2025, 6, 1);
    i.periodEnd = QDate(2025, 6, 30);
    i.rowCount = 1234567;
    i.createdBy = u"admin"_s;
    i.createdAt = createdAt;
    return i;
}

} // namespace

class TestReportListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    Actor m_actor;

    QString text(const ReportListModel &model, int row, int column) const
    {
        return model.data(model.index(row, column)).toString();
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        m_actor = accesstest::superActor(*m_connection);
        CancellationFlag never;
        QVERIFY(DemoSeeder::run(*m_connection, {20, 40, 3, QDate(2025, 6, 30)}, never));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void texts()
    {
        QCOMPARE(ReportListModel::scopeText(u"all"_s), u"All tenants"_s);
        QCOMPARE(ReportListModel::scopeText(u"tenant:abc"_s, u"a.example.com"_s),
                 u"Tenant: a.example.com"_s);
        QCOMPARE(ReportListModel::scopeText(u"tenant:abc"_s), u"Tenant: abc"_s);
        QCOMPARE(ReportListModel::scopeText(u"filter:hostname contains \"x\""_s),
                 u"Filter: hostname contains \"x\""_s);
        QCOMPARE(ReportListModel::scopeText(u"saved:Big ones"_s), u"Saved filter: Big ones"_s);
        QCOMPARE(ReportListModel::stateText(ReportListModel::State::Ready), u"Ready"_s);
        QCOMPARE(ReportListModel::stateText(ReportListModel::State::Generating, 42),
                 u"Generating 42%"_s);
        QCOMPARE(ReportListModel::stateText(ReportListModel::State::Cancelled), u"Cancelled"_s);
        QCOMPARE(ReportListModel::stateText(ReportListModel::State::Failed, 0, u"Disk full."_s),
                 u"Failed: Disk full."_s);
    }

    void storedAndJobRows()
    {
        ReportListModel model(m_db->target(), m_actor, systemClock());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t1(QDate(2025, 7, 1), QTime(10, 0), QTimeZone::utc());
        model.setReports({info(2, u"Newer"_s, t1), info(1, u"Older"_s, t1.addDays(-1))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ReportListModel::ColumnCount));
        QCOMPARE(text(model, 0, ReportListModel::Name), u"Newer"_s);
        QCOMPARE(text(model, 0, ReportListModel::Status), u"Ready"_s);
        QCOMPARE(text(model, 0, ReportListModel::Rows), QLocale().toString(1234567));
        QCOMPARE(model.data(model.index(0, ReportListModel::Rows), ReportListModel::RawValueRole),
                 QVariant(qint64(1234567)));
        QCOMPARE(
            model.data(model.index(0, ReportListModel::CreatedAt), ReportListModel::RawValueRole)
                .toDateTime(),
            t1);
        QCOMPARE(text(model, 0, ReportListModel::CreatedAt),
                 QLocale().toString(t1.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(text(model, 0, ReportListModel::Period),
                 ud::ReportPeriod::describeStored(u"last-month"_s, QDate(2025, 6, 1),
                                                  QDate(2025, 6, 30)));
        QVERIFY(text(model, 0, ReportListModel::Period)
                    .startsWith(
                        ud::ReportPeriod::presetDisplayName(ud::ReportPeriod::Preset::LastMonth)));
        QCOMPARE(model.data(model.index(1, 0), ReportListModel::ReportIdRole), QVariant(qint64(1)));
        QCOMPARE(model.data(model.index(1, 0), ReportListModel::JobIdRole), QVariant(0));

        // A generation of this session goes on top and moves through its states.
        model.addJob(7, request(u"Running"_s, u"tenant:xyz"_s), u"admin"_s, t1.addSecs(60));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfJob(7), 0);
        QCOMPARE(model.jobIdAt(0), 7);
        QCOMPARE(model.reportIdAt(0), 0);
        QVERIFY(model.reportAt(0) == nullptr);
        QCOMPARE(model.requestAt(0)->name, u"Running"_s);
        QCOMPARE(text(model, 0, ReportListModel::Status), u"Generating 0%"_s);
        QCOMPARE(text(model, 0, ReportListModel::Scope), u"Tenant: xyz"_s);
        QCOMPARE(text(model, 0, ReportListModel::Rows), QString());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setJobProgress(7, 42);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(model, 0, ReportListModel::Status), u"Generating 42%"_s);
        model.setJobProgress(7, 42); // no change, no signal
        QCOMPARE(changed.size(), 1);
        model.setJobState(7, ReportListModel::State::Failed, u"Disk full."_s);
        QCOMPARE(text(model, 0, ReportListModel::Status), u"Failed: Disk full."_s);
        QCOMPARE(model.data(model.index(0, 0), ReportListModel::StatusRole),
                 QVariant(int(ReportListModel::State::Failed)));
        model.setJobState(7, ReportListModel::State::Cancelled);
        QCOMPARE(text(model, 0, ReportListModel::Status), u"Cancelled"_s);

        // A second job; setReports keeps job rows.
        model.addJob(8, request(u"Second"_s, u"all"_s), u"admin"_s, t1.addSecs(120));
        QCOMPARE(model.rowOfJob(8), 0);
        QCOMPARE(model.rowOfJob(7), 1);
        model.setReports({info(3, u"Only"_s, t1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfReport(3), 2);
        QCOMPARE(model.rowOfReport(1), -1);

        // A completed job becomes the stored report it made.
        model.completeJob(8, info(4, u"Second"_s, t1.addSecs(130)));
        QCOMPARE(model.rowOfJob(8), -1);
        QCOMPARE(model.rowOfReport(4), 1); // below the remaining job row
        QCOMPARE(text(model, 1, ReportListModel::Status), u"Ready"_s);
        model.removeJob(7);
        model.removeReport(3);
        QCOMPARE(model.rowCount(), 1);
        model.removeReport(999); // unknown: nothing happens
        model.removeJob(999);
        model.setJobProgress(999, 5);
        QCOMPARE(model.rowCount(), 1);
        // Out-of-range rows give nothing rather than crashing.
        QCOMPARE(model.reportIdAt(5), 0);
        QCOMPARE(model.jobIdAt(-1), 0);
        QCOMPARE(model.nameAt(9), QString());
    }

    // The model sorts itself (the page's proxy passes the view's sort on):
    // stored reports by the column's raw value, text case-insensitively,
    // job rows on top; the order holds for reports added and loaded later.
    void sortsStoredReports()
    {
        const QDateTime t0(QDate(2025, 7, 1), QTime(12, 0), QTimeZone::utc());
        ReportListModel model(m_db->target(), m_actor, systemClock());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ReportInfo> reports = {info(1, u"beta"_s, t0), info(2, u"Alpha"_s, t0.addSecs(-60)),
                                     info(3, u"gamma"_s, t0.addSecs(-120)),
                                     info(4, u"alpha 2"_s, t0.addSecs(-180))};
        reports[0].rowCount = 30;
        reports[1].rowCount = 10;
        reports[2].rowCount = 20;
        reports[3].rowCount = 10;
        const auto names = [&] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.nameAt(row);
            return out;
        };
        // Default: created at, newest first, whatever order they come in.
        model.setReports({reports[3], reports[1], reports[0], reports[2]});
        QCOMPARE(names(), (QStringList{u"beta"_s, u"Alpha"_s, u"gamma"_s, u"alpha 2"_s}));

        const QPersistentModelIndex gamma = model.index(2, ReportListModel::Name);
        model.sort(ReportListModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{u"Alpha"_s, u"alpha 2"_s, u"beta"_s, u"gamma"_s}));
        QCOMPARE(gamma.row(), 3); // the selection follows its report
        model.sort(ReportListModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{u"gamma"_s, u"beta"_s, u"alpha 2"_s, u"Alpha"_s}));
        QCOMPARE(gamma.row(), 0);
        // Equal keys keep the newest first, in both directions.
        model.sort(ReportListModel::Rows, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{u"Alpha"_s, u"alpha 2"_s, u"gamma"_s, u"beta"_s}));
        model.sort(ReportListModel::Rows, Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{u"beta"_s, u"gamma"_s, u"Alpha"_s, u"alpha 2"_s}));

        // A job row stays on top; a new report goes where the order puts it.
        model.sort(ReportListModel::Name, Qt::AscendingOrder);
        model.addJob(7, request(u"zulu job"_s, u"all"_s), u"admin"_s, t0);
        model.addReport(info(5, u"Beta 2"_s, t0.addSecs(60)));
        QCOMPARE(names(), (QStringList{u"zulu job"_s, u"Alpha"_s, u"alpha 2"_s, u"beta"_s,
                                       u"Beta 2"_s, u"gamma"_s}));
        // Loading again keeps the order and the job row.
        model.setReports(reports);
        QCOMPARE(names(),
                 (QStringList{u"zulu job"_s, u"Alpha"_s, u"alpha 2"_s, u"beta"_s, u"gamma"_s}));
        QCOMPARE(model.sortColumn(), int(ReportListModel::Name));
    }

    void loadsStoredReportsInTheBackground()
    {
        QSqlQuery query(m_connection->database());
        QVERIFY(query.exec(u"SELECT tenant_id, hostname FROM tenants ORDER BY hostname"_s));
        QVERIFY(query.next());
        const QString tenantId = query.value(0).toString();
        const QString hostname = query.value(1).toString();
        query.finish();
        ReportGenerator generator(*m_connection, systemClock());
        const auto all = generator.generate(m_actor, request(u"All of them"_s, u"all"_s));
        QVERIFY(all);
        const auto one =
            generator.generate(m_actor, request(u"Just one"_s, u"tenant:"_s + tenantId));
        QVERIFY(one);

        ReportListModel model(m_db->target(), m_actor, systemClock());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addJob(1, request(u"Pending"_s, u"all"_s), u"admin"_s,
                     QDateTime::currentDateTimeUtc());
        QSignalSpy loaded(&model, &ReportListModel::loaded);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.constFirst().at(0).toBool(), true);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfJob(1), 0);
        const int oneRow = model.rowOfReport(*one);
        const int allRow = model.rowOfReport(*all);
        QVERIFY(oneRow > 0 && allRow > 0);
        QCOMPARE(text(model, oneRow, ReportListModel::Scope), u"Tenant: "_s + hostname);
        QCOMPARE(text(model, allRow, ReportListModel::Scope), u"All tenants"_s);
        QCOMPARE(text(model, allRow, ReportListModel::Rows), u"20"_s);
        QCOMPARE(text(model, allRow, ReportListModel::CreatedBy), u"admin"_s);
        QCOMPARE(text(model, allRow, ReportListModel::Description), u"about All of them"_s);

        // Two reloads in a row: the first's result is dropped, one loaded().
        loaded.clear();
        model.reload();
        model.reload();
        QVERIFY(loaded.wait(10'000));
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    void refusedWithoutView()
    {
        const qint64 role = accesstest::addRole(*m_connection, u"Tenants only"_s,
                                                accesstest::grants({u"tenants:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"noreports"_s, role);
        const Actor actor = accesstest::actorOf(*m_connection, u"noreports"_s);
        ReportListModel model(m_db->target(), actor, systemClock());
        QSignalSpy loaded(&model, &ReportListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.constFirst().at(0).toBool(), false);
        QVERIFY(!loaded.constFirst().at(1).toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    // Last: it adds 10,000 reports. The list loads off the GUI thread; the
    // GUI thread only takes the result (measured: the reset it does).
    void tenThousandReports()
    {
        {
            auto transaction = Transaction::begin(*m_connection);
            QVERIFY(transaction);
            for (int n = 0; n < 10'000; ++n) {
                ReportStore store(*m_connection);
                ReportInfo i =
                    info(0, u"Bulk %1"_s.arg(n),
                         QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(n));
                i.rowCount = 0;
                i.csvSha256 = QString(64, u'0');
                QVERIFY(store.insertReport(i));
                QVERIFY(store.finishReport(0, i.csvSha256));
            }
            QVERIFY((*transaction)->commit());
        }
        ReportListModel model(m_db->target(), m_actor, systemClock());
        QSignalSpy loaded(&model, &ReportListModel::loaded);
        qint64 guiMs = -1;
        QElapsedTimer total;
        QElapsedTimer gui;
        connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] { gui.start(); });
        // Newest first (the default order), the newest kFirstRows come first.
        QList<QList<qint64>> resets; // the report ids after each reset
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            guiMs = gui.elapsed();
            QList<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids << model.reportIdAt(row);
            resets << ids;
        });
        total.start();
        model.reload();
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(resets.size(), 2);
        QCOMPARE(resets.at(0).size(), ReportListModel::kFirstRows);
        QCOMPARE(resets.at(0), resets.at(1).mid(0, ReportListModel::kFirstRows));
        // Sorted otherwise, the whole list at once.
        model.sort(ReportListModel::Name, Qt::AscendingOrder);
        resets.clear();
        loaded.clear();
        model.reload();
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(resets.size(), 1);
        qInfo("10,000 reports: loaded in %lld ms, the GUI thread's part took %lld ms",
              total.elapsed(), guiMs);
        QVERIFY(model.rowCount() >= 10'000);
        QVERIFY(guiMs >= 0 && guiMs < 100);
    }

    void destroyedWhileLoading()
    {
        auto model = std::make_unique<ReportListModel>(m_db->target(), m_actor, systemClock());
        model->reload();
        model.reset(); // waits for the loader; nothing arrives at a dead model
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestReportListModel)
#include "tst_reportlistmodel.moc"
