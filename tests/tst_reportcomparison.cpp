// ReportComparison, its CSV and its table model: two hand-made stored reports
// (tenants in both, only in A, only in B, a renamed tenant, a zero baseline,
// figures near the 64-bit limit) compared on both back ends, every figure,
// change and mark checked; refusals (scope kinds, unknown ids, permissions).
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "reports/ReportComparison.h"
#include "reports/ReportComparisonCsv.h"
#include "reports/ReportComparisonModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <thread>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

using Figures = std::array<qint64, kComparisonMeasureCount>;
using Opt = std::optional<qint64>;

struct StoredRow
{
    QString tenantId;
    QString hostname;
    QString companyName;
    Figures figures;
};

QString uuid(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

// A report and its rows written straight to the tables (schema v6), rows
// numbered in the report's order: hostname, then tenant_id.
void insertReport(const Connection &connection, qint64 id, const QString &name,
                  const QString &scopeKind, const QString &createdAt, QList<StoredRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const StoredRow &x, const StoredRow &y) {
        const QByteArray hx = x.hostname.toUtf8(), hy = y.hostname.toUtf8();
        return hx != hy ? hx < hy : x.tenantId < y.tenantId;
    });
    QSqlQuery report(connection.database());
    report.prepare(u"INSERT INTO reports (report_id, name, description, scope_kind, scope, period, "
                   u"period_start, period_end, delimiter, bom, formula_guard, row_count, "
                   u"csv_sha256, created_by, created_at) "
                   u"VALUES (?, ?, '', ?, ?, 'custom', '2024-01-01', '2024-01-31', 'comma', 0, 1, "
                   u"?, ?, 'admin', ?)"_s);
    report.addBindValue(id);
    report.addBindValue(name);
    report.addBindValue(scopeKind);
    report.addBindValue(scopeKind == u"filter" ? u"filter:hostname contains x"_s : scopeKind);
    report.addBindValue(qint64(rows.size()));
    report.addBindValue(QString(64, u'0'));
    report.addBindValue(createdAt);
    QVERIFY2(report.exec(), qPrintable(report.lastError().text()));
    QSqlQuery row(connection.database());
    row.prepare(u"INSERT INTO report_rows (report_id, position, tenant_id, hostname, company_name, "
                u"contract_mode, users_peak, users_end, voice_credits, sms_credits, "
                u"authentications) VALUES (?, ?, ?, ?, ?, 'PRODUCTION', ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < rows.size(); ++i) {
        row.addBindValue(id);
        row.addBindValue(i + 1);
        row.addBindValue(rows[i].tenantId);
        row.addBindValue(rows[i].hostname);
        row.addBindValue(rows[i].companyName);
        for (qint64 value : rows[i].figures)
            row.addBindValue(value);
        QVERIFY2(row.exec(), qPrintable(row.lastError().text()));
    }
}

constexpr qint64 kHuge = 9'000'000'000'000'000'000LL;

// A: the older baseline (January), B: the newer (February).
QList<StoredRow> rowsA()
{
    return {
        {uuid(1), u"alpha.example.com"_s, u"Alpha AG"_s, {10, 8, 100, 50, 1000}},
        {uuid(2), u"bravo.example.com"_s, u"Bravo"_s, {4, 3, 2, 1, 9}},
        {uuid(3), u"charlie.example.com"_s, u"Charlie"_s, {0, 0, 0, 0, 0}},
        {uuid(4), u"delta.example.com"_s, u"Delta"_s, {16, 16, kHuge, 3, 7}},
        {uuid(6), u"zulu.example.com"_s, u"Old name"_s, {1, 1, 1, 1, 1}},
        {uuid(8), u"golf.example.com"_s, u"Golf (old owner)"_s, {5, 5, 5, 5, 5}},
    };
}

QList<StoredRow> rowsB()
{
    return {
        {uuid(1), u"alpha.example.com"_s, u"Alpha AG"_s, {12, 9, 150, 25, 1000}},
        {uuid(3), u"charlie.example.com"_s, u"Charlie"_s, {5, 0, 7, 0, 3}},
        {uuid(4), u"delta.example.com"_s, u"=Delta"_s, {17, 15, 3, kHuge, 4'000'000'000'000}},
        {uuid(5), u"echo.example.com"_s, u"Echo, Inc."_s, {2, 2, 2, 2, 2}},
        {uuid(6), u"foxtrot.example.com"_s, u"New name"_s, {1, 2, 1, 1, 1}},
        {uuid(7), u"golf.example.com"_s, u"Golf (new owner)"_s, {6, 6, 6, 6, 6}},
    };
}

QString describeFigure(const ComparedFigure &f)
{
    const auto text = [](Opt v) {
        return v ? QString::number(*v) : u"-"_s;
    };
    return u"%1 %2 %3 %4"_s.arg(text(f.a), text(f.b), text(f.change), text(f.percentTenths));
}

QString describeRow(const ComparisonRow &row)
{
    QStringList figures;
    for (const ComparedFigure &f : row.figures)
        figures << describeFigure(f);
    return u"%1|%2|%3|%4|%5"_s.arg(row.hostname, row.tenantId, row.companyName,
                                   ReportComparison::presenceId(row.presence),
                                   figures.join(u" / "_s));
}

} // namespace

class TestReportComparison : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;

    ReportComparison comparison() const
    {
        return ReportComparison(*m_connection, accesstest::superActor(*m_connection),
                                systemClock());
    }

    QList<ComparisonRow> compare(qint64 a, qint64 b) const
    {
        const auto rows = comparison().rows(a, b);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().message));
        return *rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        QVERIFY(m_db);
        m_connection = m_db->connect();
        QVERIFY(m_connection);
        insertReport(*m_connection, 1, u"January"_s, u"all"_s, u"2024-02-01T06:00:00.000Z"_s,
                     rowsA());
        insertReport(*m_connection, 2, u"February"_s, u"all"_s, u"2024-03-01T06:00:00.000Z"_s,
                     rowsB());
        insertReport(*m_connection, 3, u"Filtered"_s, u"filter"_s, u"2024-03-02T06:00:00.000Z"_s,
                     rowsB());
        insertReport(*m_connection, 4, u"Empty"_s, u"all"_s, u"2024-03-03T06:00:00.000Z"_s, {});
    }

    void everyFigureChangeAndMark()
    {
        const QList<ComparisonRow> rows = compare(1, 2);
        QStringList got;
        for (const ComparisonRow &row : rows)
            got << describeRow(row);
        // hostname order (the newer report's hostname), then tenant_id.
        const QStringList expected{
            u"alpha.example.com|%1|Alpha AG|both|10 12 2 200 / 8 9 1 125 / 100 150 50 500 / "
            u"50 25 -25 -500 / 1000 1000 0 0"_s.arg(uuid(1)),
            u"bravo.example.com|%1|Bravo|only_a|4 - - - / 3 - - - / 2 - - - / 1 - - - / "
            u"9 - - -"_s.arg(uuid(2)),
            // A zero baseline: the change is there, the percentage is not.
            u"charlie.example.com|%1|Charlie|both|0 5 5 - / 0 0 0 - / 0 7 7 - / 0 0 0 - / "
            u"0 3 3 -"_s.arg(uuid(3)),
            // Half away from zero (6.25 % -> 6.3, -6.25 % -> -6.3); exact 64-bit changes.
            u"delta.example.com|%1|=Delta|both|16 17 1 63 / 16 15 -1 -63 / "
            u"9000000000000000000 3 -8999999999999999997 -1000 / "
            u"3 9000000000000000000 8999999999999999997 - / "
            u"7 4000000000000 3999999999993 571428571427571"_s.arg(uuid(4)),
            u"echo.example.com|%1|Echo, Inc.|only_b|- 2 - - / - 2 - - / - 2 - - / - 2 - - / "
            u"- 2 - -"_s.arg(uuid(5)),
            // Renamed between the reports: one row, under the newer name.
            u"foxtrot.example.com|%1|New name|both|1 1 0 0 / 1 2 1 1000 / 1 1 0 0 / 1 1 0 0 / "
            u"1 1 0 0"_s.arg(uuid(6)),
            // One hostname, two tenants: two rows, by tenant_id.
            u"golf.example.com|%1|Golf (old owner)|only_a|5 - - - / 5 - - - / 5 - - - / "
            u"5 - - - / 5 - - -"_s.arg(uuid(8)),
        };
        // golf (new owner) has the smaller tenant_id, so it comes first.
        QStringList withGolf = expected;
        withGolf.insert(6, u"golf.example.com|%1|Golf (new owner)|only_b|- 6 - - / - 6 - - / "
                           u"- 6 - - / - 6 - - / - 6 - -"_s.arg(uuid(7)));
        QCOMPARE(got, withGolf);

        // 3e20 % does not fit: the percentage is left out, the change is not.
        const ComparedFigure &tooLarge = rows.at(3).figure(ComparisonMeasure::SmsCredits);
        QVERIFY(tooLarge.change.has_value());
        QVERIFY(!tooLarge.percentTenths.has_value());
    }

    void summaryCountsAndReports()
    {
        int seen = 0;
        const auto summary = comparison().run(1, 2, [&seen](const ComparisonRow &) -> Status {
            ++seen;
            return {};
        });
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(seen, 8);
        QCOMPARE(summary->inBoth, 4);
        QCOMPARE(summary->onlyInA, 2);
        QCOMPARE(summary->onlyInB, 2);
        QCOMPARE(summary->a.name, u"January"_s);
        QCOMPARE(summary->b.name, u"February"_s);
        QCOMPARE(summary->a.rowCount, 6);
        QCOMPARE(summary->b.scopeKind, u"all"_s);
    }

    void swappedReportsNegateTheChange()
    {
        const QList<ComparisonRow> forward = compare(1, 2);
        const QList<ComparisonRow> backward = compare(2, 1);
        QCOMPARE(backward.size(), forward.size());
        for (int i = 0; i < forward.size(); ++i) {
            const ComparisonRow &f = forward.at(i);
            const ComparisonRow &b = backward.at(i);
            // The same tenants in the same order, named from the newer report.
            QCOMPARE(b.tenantId, f.tenantId);
            QCOMPARE(b.hostname, f.hostname);
            QCOMPARE(b.companyName, f.companyName);
            const ComparisonPresence mirrored =
                f.presence == ComparisonPresence::OnlyInA   ? ComparisonPresence::OnlyInB
                : f.presence == ComparisonPresence::OnlyInB ? ComparisonPresence::OnlyInA
                                                            : ComparisonPresence::Both;
            QCOMPARE(b.presence, mirrored);
            for (int m = 0; m < kComparisonMeasureCount; ++m) {
                const ComparedFigure &x = f.figures[std::size_t(m)];
                const ComparedFigure &y = b.figures[std::size_t(m)];
                QCOMPARE(y.a, x.b);
                QCOMPARE(y.b, x.a);
                QCOMPARE(y.change.has_value(), x.change.has_value());
                if (x.change)
                    QCOMPARE(*y.change, -*x.change);
            }
        }
        // 17 against 16 is +6.3 %, 16 against 17 is -5.9 %.
        QCOMPARE(backward.at(3).figure(ComparisonMeasure::UsersPeak).percentTenths, Opt(-59));
    }

    void emptyReportLeavesEveryTenantOnOneSide()
    {
        const QList<ComparisonRow> rows = compare(4, 2);
        QCOMPARE(rows.size(), 6);
        for (const ComparisonRow &row : rows) {
            QCOMPARE(row.presence, ComparisonPresence::OnlyInB);
            QVERIFY(!row.figure(ComparisonMeasure::UsersEnd).change);
        }
        QCOMPARE(compare(4, 4).size(), 0);
    }

    void percentRoundingAndText()
    {
        QCOMPARE(ComparedFigure::of(3, 4).percentTenths, Opt(333));       // 33.33 %
        QCOMPARE(ComparedFigure::of(3, 5).percentTenths, Opt(667));       // 66.67 %
        QCOMPARE(ComparedFigure::of(200, 199).percentTenths, Opt(-5));    // -0.5 %
        QCOMPARE(ComparedFigure::of(2000, 1999).percentTenths, Opt(-1));  // -0.05 % -> -0.1
        QCOMPARE(ComparedFigure::of(20000, 19999).percentTenths, Opt(0)); // -0.005 % -> 0.0
        QCOMPARE(ComparedFigure::of(0, 0).percentTenths, Opt());
        QCOMPARE(ComparedFigure::of(std::numeric_limits<qint64>::min(), 1).change, Opt());
        QCOMPARE(ComparedFigure::percentText(333), u"33.3"_s);
        QCOMPARE(ComparedFigure::percentText(-5), u"-0.5"_s);
        QCOMPARE(ComparedFigure::percentText(0), u"0.0"_s);
        QCOMPARE(ComparedFigure::percentText(-1000), u"-100.0"_s);
        QCOMPARE(ComparedFigure::percentText(Opt()), QString());
        QCOMPARE(ComparedFigure::percentText(std::numeric_limits<qint64>::min()),
                 u"-922337203685477580.8"_s);
    }

    void differentScopeKindsAreRefused()
    {
        const auto refused = comparison().rows(1, 3);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QVERIFY2(refused.error().message.contains(u"report 1"_s) &&
                     refused.error().message.contains(u"report 3"_s) &&
                     refused.error().message.contains(u"all tenants"_s) &&
                     refused.error().message.contains(u"filter"_s),
                 qPrintable(refused.error().message));
    }

    void unknownReportIsNotFound()
    {
        for (const auto &[a, b] : {std::pair<qint64, qint64>{1, 99}, {99, 2}}) {
            const auto missing = comparison().rows(a, b);
            QVERIFY(!missing);
            QCOMPARE(missing.error().kind, ErrorKind::NotFound);
            QVERIFY2(missing.error().message.contains(u"99"_s),
                     qPrintable(missing.error().message));
        }
        // Nothing reaches the device when the comparison is refused.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = ReportComparisonCsv::write(comparison(), 1, 99, buffer);
        QCOMPARE(written.error().kind, ErrorKind::NotFound);
        QCOMPARE(buffer.data(), QByteArray());
    }

    void viewPermissionIsNeeded()
    {
        using namespace accesstest;
        const qint64 tenantsOnly = addRole(*m_connection, u"Tenants only"_s,
                                           grants({u"tenants:view"_s, u"usage_data:view"_s}));
        insertAdministrator(*m_connection, u"tina"_s, tenantsOnly);
        insertAdministrator(*m_connection, u"aude"_s,
                            builtInRoleId(*m_connection, BuiltInRole::Auditor));
        const ReportComparison refused(*m_connection, actorOf(*m_connection, u"tina"_s),
                                       systemClock());
        const auto rows = refused.rows(1, 2);
        QVERIFY(!rows);
        QCOMPARE(rows.error().kind, ErrorKind::NotPermitted);
        QVERIFY2(rows.error().message.contains(u"export_reports:view"_s),
                 qPrintable(rows.error().message));
        QVERIFY2(lastAuditLine(*m_db).startsWith(u"tina|report compare|1, 2|refused"_s),
                 qPrintable(lastAuditLine(*m_db)));
        // Refused before the reports are looked at: an unknown one too.
        QCOMPARE(refused.rows(1, 99).error().kind, ErrorKind::NotPermitted);
        QCOMPARE(ReportComparison(*m_connection, Actor{}, systemClock()).rows(1, 2).error().kind,
                 ErrorKind::NotPermitted);

        // The Auditor holds every view; a view allowed is not audited.
        const int before = auditLines(*m_db).size();
        const ReportComparison auditor(*m_connection, actorOf(*m_connection, u"aude"_s),
                                       systemClock());
        const auto allowed = auditor.rows(1, 2);
        QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error().message));
        QCOMPARE(allowed->size(), 8);
        QCOMPARE(auditLines(*m_db).size(), before);
    }

    void cancelStopsTheComparison()
    {
        CancellationFlag cancel;
        int seen = 0;
        const auto stopped = comparison().run(
            1, 2,
            [&](const ComparisonRow &) -> Status {
                if (++seen == 2)
                    cancel.cancel();
                return {};
            },
            &cancel);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
        QCOMPARE(seen, 2);
        // A sink's own error stops it too, and is passed on as it is.
        const auto failed = comparison().run(
            1, 2, [](const ComparisonRow &) -> Status { return Error::storage(u"disk full"_s); });
        QCOMPARE(failed.error().kind, ErrorKind::Storage);
        QCOMPARE(failed.error().message, u"disk full"_s);
    }

    // A cancel stops the database's sort before the first row too
    // (sqlite3_interrupt / PQcancel), not only the reading of rows.
    void cancelInterruptsTheStatement()
    {
        constexpr int kRows = 300000;
        QSqlQuery query(m_connection->database());
        const bool pg = m_connection->backend() == Backend::Postgres;
        for (const qint64 id : {20, 21}) {
            QVERIFY2(query.exec(u"INSERT INTO reports SELECT %1, name, description, scope_kind, "
                                u"scope, period, period_start, period_end, delimiter, bom, "
                                u"formula_guard, row_count, csv_sha256, created_by, created_at "
                                u"FROM reports WHERE report_id = 2"_s.arg(id)),
                     qPrintable(query.lastError().text()));
            const QString rows =
                pg ? u"FROM generate_series(1, %1) i"_s.arg(kRows)
                   : u"FROM (WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s "
                     u"WHERE i < %1) SELECT i FROM s)"_s.arg(kRows);
            QVERIFY2(query.exec(
                         u"INSERT INTO report_rows SELECT %1, i, 'id' || (CAST(i AS BIGINT) * 7919 "
                         u"%% %2), "
                         u"'h' || (CAST(i AS BIGINT) * 7919 %% %2), 'c', 'TRIAL', i, i, i, i, i "_s
                             .replace(u"%%"_s, u"%"_s)
                             .arg(id)
                             .arg(kRows) +
                         rows),
                     qPrintable(query.lastError().text()));
        }
        QElapsedTimer timer;
        timer.start();
        qint64 all = 0;
        QVERIFY(comparison().run(20, 21, [&all](const ComparisonRow &) -> Status {
            ++all;
            return {};
        }));
        const qint64 fullRun = timer.elapsed();
        QCOMPARE(all, kRows);

        CancellationFlag cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            cancel.cancel();
        });
        int seen = 0;
        timer.restart();
        const auto stopped = comparison().run(
            20, 21,
            [&seen](const ComparisonRow &) -> Status {
                ++seen;
                return {};
            },
            &cancel);
        const qint64 cancelledRun = timer.elapsed();
        canceller.join();
        qInfo("full run %lld ms, cancelled after 50 ms: returned after %lld ms, %d rows read",
              fullRun, cancelledRun, seen);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
        QVERIFY2(cancelledRun < 50 + 400, qPrintable(QString::number(cancelledRun)));
        // The connection is usable afterwards.
        QCOMPARE(compare(1, 2).size(), 8);
    }

    void csvHasTheDocumentedColumns()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = ReportComparisonCsv::write(comparison(), 1, 2, buffer);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->inBoth, 4);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 10); // header, 8 rows, nothing after the last CRLF
        QCOMPARE(lines.last(), QByteArray());
        QCOMPARE(lines.at(0),
                 "tenant_id,hostname,company_name,presence,"
                 "users_peak_a,users_peak_b,users_peak_change,users_peak_change_pct,"
                 "users_end_a,users_end_b,users_end_change,users_end_change_pct,"
                 "voice_credits_a,voice_credits_b,voice_credits_change,voice_credits_change_pct,"
                 "sms_credits_a,sms_credits_b,sms_credits_change,sms_credits_change_pct,"
                 "authentications_a,authentications_b,authentications_change,"
                 "authentications_change_pct\r");
        QCOMPARE(lines.at(1), uuid(1).toUtf8() +
                                  ",alpha.example.com,Alpha AG,both,10,12,2,20.0,8,9,1,12.5,"
                                  "100,150,50,50.0,50,25,-25,-50.0,1000,1000,0,0.0\r");
        QCOMPARE(lines.at(2),
                 uuid(2).toUtf8() + ",bravo.example.com,Bravo,only_a,4,,,,3,,,,2,,,,1,,,,9,,,\r");
        QCOMPARE(lines.at(3), uuid(3).toUtf8() +
                                  ",charlie.example.com,Charlie,both,0,5,5,,0,0,0,,0,7,7,,"
                                  "0,0,0,,0,3,3,\r");
        // The formula guard and quoting of report-csv.md apply to text fields.
        QCOMPARE(lines.at(4), uuid(4).toUtf8() +
                                  ",delta.example.com,'=Delta,both,16,17,1,6.3,16,15,-1,-6.3,"
                                  "9000000000000000000,3,-8999999999999999997,-100.0,"
                                  "3,9000000000000000000,8999999999999999997,,"
                                  "7,4000000000000,3999999999993,57142857142757.1\r");
        QCOMPARE(lines.at(5), uuid(5).toUtf8() +
                                  ",echo.example.com,\"Echo, Inc.\",only_b,,2,,,,2,,,,2,,,,2,,,,"
                                  "2,,\r");

        // Pipe delimiter, BOM: the writer's options are honoured.
        QBuffer piped;
        piped.open(QIODevice::WriteOnly);
        QVERIFY(ReportComparisonCsv::write(comparison(), 1, 2, piped, {'|', true, true}));
        QVERIFY(piped.data().startsWith("\xEF\xBB\xBFtenant_id|hostname|"));
        QVERIFY(piped.data().contains("|Echo, Inc.|only_b|"));
    }

    void tableModelShowsBothSides()
    {
        const auto summary = comparison().describe(1, 2);
        QVERIFY(summary);
        ReportComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ComparisonRow> rows = compare(1, 2);
        model.setComparison(*summary, rows.mid(0, 5));
        model.appendRows(rows.mid(5));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), 24);

        using Kind = ReportComparisonModel::FigureKind;
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        const int voiceA =
            ReportComparisonModel::figureColumn(ComparisonMeasure::VoiceCredits, Kind::InA);
        const int voiceChange =
            ReportComparisonModel::figureColumn(ComparisonMeasure::VoiceCredits, Kind::Change);
        const int voicePct = ReportComparisonModel::figureColumn(ComparisonMeasure::VoiceCredits,
                                                                 Kind::ChangePercent);
        const int smsChange =
            ReportComparisonModel::figureColumn(ComparisonMeasure::SmsCredits, Kind::Change);
        QCOMPARE(voiceA, 12);
        QCOMPARE(cell(0, ReportComparisonModel::Hostname).toString(), u"alpha.example.com"_s);
        QCOMPARE(cell(0, voiceChange, ReportComparisonModel::RawValueRole), QVariant(qint64(50)));
        QCOMPARE(cell(0, voicePct, ReportComparisonModel::RawValueRole).toDouble(), 50.0);
        QCOMPARE(cell(0, voiceChange, ReportComparisonModel::ChangeSignRole), QVariant(1));
        QCOMPARE(cell(0, smsChange, ReportComparisonModel::ChangeSignRole), QVariant(-1));
        QCOMPARE(cell(0,
                      ReportComparisonModel::figureColumn(ComparisonMeasure::Authentications,
                                                          Kind::Change),
                      ReportComparisonModel::ChangeSignRole),
                 QVariant(0));
        QVERIFY(cell(0, voiceChange).toString().startsWith(u'+'));
        // Absent from A: no figure, no change, no %.
        QCOMPARE(cell(1, ReportComparisonModel::Presence).toString(), u"Only in A"_s);
        QCOMPARE(cell(1, voiceChange).toString(), QString());
        QVERIFY(!cell(1, voiceChange, ReportComparisonModel::RawValueRole).isValid());
        // A zero baseline: a change, and "n/a" for the %.
        QCOMPARE(cell(2, voiceChange, ReportComparisonModel::RawValueRole), QVariant(qint64(7)));
        QCOMPARE(cell(2, voicePct).toString(), u"n/a"_s);
        QVERIFY(!cell(2, voicePct, ReportComparisonModel::RawValueRole).isValid());
        QCOMPARE(cell(0, voiceA, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(
            cell(0, ReportComparisonModel::Hostname, Qt::TextAlignmentRole).value<Qt::Alignment>(),
            Qt::AlignLeft | Qt::AlignVCenter);
        QVERIFY(model.headerData(voiceA, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"January"_s));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestReportComparison)
#include "tst_reportcomparison.moc"
