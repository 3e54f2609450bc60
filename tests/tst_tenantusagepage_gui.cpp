// The Tenant usage page (offscreen): the table's cells and the chart's
// points equal the database's figures for a known tenant, daily and monthly,
// over changing ranges; errors show on the page.
#include "AccessTestSupport.h"
#include "GuiTestSupport.h"
#include "TenantUsagePage.h"
#include "TestDatabase.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using guitest::child;
using Model = ud::TenantUsageTableModel;

namespace {

ud::Tenant makeTenant(int n, const QString &company)
{
    ud::Tenant tenant;
    tenant.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    tenant.hostname = u"t%1.example.com"_s.arg(n);
    tenant.companyName = company;
    tenant.createdOn = QDate(2023, 1, 1);
    return tenant;
}

void writeRows(const ud::Connection &connection, const QList<ud::UsageRow> &rows)
{
    auto transaction = ud::Transaction::begin(connection);
    QVERIFY(transaction);
    auto writer = ud::UsageWriter::create(connection);
    QVERIFY(writer);
    for (const ud::UsageRow &row : rows)
        QVERIFY((*writer)->add(row));
    QVERIFY((*writer)->finish());
    QVERIFY((*transaction)->commit());
}

// "day users voice sms authentications" lines, the form every source below
// is brought to.
QString line(QDate day, qint64 users, qint64 voice, qint64 sms, qint64 authentications)
{
    return u"%1 %2 %3 %4 %5"_s.arg(day.toString(Qt::ISODate))
        .arg(users)
        .arg(voice)
        .arg(sms)
        .arg(authentications);
}

// The database's daily rows of one tenant in a range, read with plain SQL.
QStringList databaseDays(const ud::Connection &connection, qint64 key, QDate first, QDate last)
{
    QSqlQuery query(connection.database());
    query.prepare(u"SELECT day, users, voice_credits, sms_credits, authentications "
                  u"FROM usage_daily WHERE tenant_key = ? AND day >= ? AND day <= ? "
                  u"ORDER BY day"_s);
    query.addBindValue(key);
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(last.toString(Qt::ISODate));
    if (!query.exec())
        qFatal("cannot read usage_daily");
    QStringList lines;
    while (query.next())
        lines << line(query.value(0).toDate(), query.value(1).toLongLong(),
                      query.value(2).toLongLong(), query.value(3).toLongLong(),
                      query.value(4).toLongLong());
    return lines;
}

// Each month of a range computed on its own with plain SQL over its days
// inside the range: "month users_end voice sms authentications peak N".
QStringList databaseMonths(const ud::Connection &connection, qint64 key, QDate first, QDate last)
{
    QStringList lines;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        QSqlQuery query(connection.database());
        query.prepare(u"SELECT count(*), max(users), max(day), sum(voice_credits), "
                      u"sum(sms_credits), sum(authentications) FROM usage_daily "
                      u"WHERE tenant_key = ? AND day >= ? AND day <= ?"_s);
        query.addBindValue(key);
        query.addBindValue(std::max(first, month).toString(Qt::ISODate));
        query.addBindValue(std::min(last, month.addMonths(1).addDays(-1)).toString(Qt::ISODate));
        if (!query.exec() || !query.next())
            qFatal("cannot read usage_daily");
        if (query.value(0).toInt() == 0)
            continue;
        QSqlQuery lastDay(connection.database());
        lastDay.prepare(u"SELECT users FROM usage_daily WHERE tenant_key = ? AND day = ?"_s);
        lastDay.addBindValue(key);
        lastDay.addBindValue(query.value(2).toDate().toString(Qt::ISODate));
        if (!lastDay.exec() || !lastDay.next())
            qFatal("cannot read usage_daily");
        lines << line(month, lastDay.value(0).toLongLong(), query.value(3).toLongLong(),
                      query.value(4).toLongLong(), query.value(5).toLongLong()) +
                     u" peak %1"_s.arg(query.value(1).toLongLong());
    }
    return lines;
}

QStringList tableLines(const QTableView *view, bool withPeak)
{
    const QAbstractItemModel *model = view->model();
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto raw = [&](int column) {
            return model->index(row, column).data(Model::RawValueRole);
        };
        QString text =
            line(raw(Model::Period).toDate(), raw(Model::Users).toLongLong(),
                 raw(Model::VoiceCredits).toLongLong(), raw(Model::SmsCredits).toLongLong(),
                 raw(Model::Authentications).toLongLong());
        if (withPeak)
            text += u" peak %1"_s.arg(raw(Model::UsersPeak).toLongLong());
        lines << text;
    }
    return lines;
}

QLineSeries *series(QChart *chart, const QString &name)
{
    for (QAbstractSeries *candidate : chart->series()) {
        if (candidate->objectName() == name)
            return qobject_cast<QLineSeries *>(candidate);
    }
    qFatal("no series %s", qPrintable(name));
}

// The chart's points as the same lines (authentications are not drawn: 0).
QStringList chartLines(QChart *chart, bool withPeak)
{
    const QList<QPointF> users = series(chart, u"usersSeries"_s)->points();
    const QList<QPointF> voice = series(chart, u"voiceSeries"_s)->points();
    const QList<QPointF> sms = series(chart, u"smsSeries"_s)->points();
    const QList<QPointF> peak = series(chart, u"usersPeakSeries"_s)->points();
    if (voice.size() != users.size() || sms.size() != users.size() ||
        (withPeak && peak.size() != users.size()) || (!withPeak && !peak.isEmpty()))
        return {u"series of different lengths"_s};
    QStringList lines;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(users.at(i).x()));
        if (voice.at(i).x() != users.at(i).x() || sms.at(i).x() != users.at(i).x())
            return {u"points at different dates"_s};
        QString text = line(at.date(), qint64(users.at(i).y()), qint64(voice.at(i).y()),
                            qint64(sms.at(i).y()), 0);
        if (withPeak)
            text += u" peak %1"_s.arg(qint64(peak.at(i).y()));
        lines << text;
    }
    return lines;
}

// Authentications are in the table, not the chart.
QStringList withoutAuthentications(QStringList lines)
{
    for (QString &text : lines) {
        QStringList parts = text.split(QLatin1Char(' '));
        parts[4] = u"0"_s;
        text = parts.join(QLatin1Char(' '));
    }
    return lines;
}

} // namespace

class TestTenantUsagePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_tenantusagepage_gui"_s);
        QSettings().clear();
    }

    void figuresEqualTheDatabase()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        ud::TenantStore store(*connection);
        const qint64 known = store.upsert(makeTenant(1, u"Known Tenant AG"_s)).value();
        const qint64 other = store.upsert(makeTenant(2, u"Other Tenant GmbH"_s)).value();
        const QList<ud::UsageRow> rows = {
            {known, QDate(2023, 12, 31), 5, 100, 100, 100},
            {known, QDate(2024, 1, 30), 10, 1, 2, 3},
            {known, QDate(2024, 1, 31), 12, 4, 5, 6},
            {known, QDate(2024, 2, 1), 15, 7, 0, 8},
            {known, QDate(2024, 2, 15), 20, 10, 11, 12},
            {known, QDate(2024, 2, 29), 18, 3'000'000'000LL, 1, 2},
            {known, QDate(2024, 3, 1), 19, 0, 9, 0},
            {known, QDate(2024, 3, 2), 17, 5, 5, 5},
        };
        writeRows(*connection, rows);
        QList<ud::UsageRow> otherRows = rows;
        for (ud::UsageRow &row : otherRows) {
            row.tenantKey = other;
            row.users += 5000;
            row.voiceCredits += 5000;
        }
        otherRows << ud::UsageRow{other, QDate(2024, 2, 16), 99999, 1, 1, 1};
        writeRows(*connection, otherRows);

        const QDateTime now(QDate(2024, 3, 15), QTime(12, 0), Qt::UTC);
        TenantUsagePage page(*connection, accesstest::superActor(*connection),
                             [now] { return now; });
        page.resize(1100, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showTenant(known);

        auto *view = child<QTableView>(&page, u"usageView"_s);
        auto *title = child<QLabel>(&page, u"titleLabel"_s);
        auto *message = child<QLabel>(&page, u"messageLabel"_s);
        auto *fromDate = child<QDateEdit>(&page, u"fromDate"_s);
        auto *toDate = child<QDateEdit>(&page, u"toDate"_s);
        auto *preset = child<QComboBox>(&page, u"presetCombo"_s);
        QVERIFY(title->text().contains(u"Known Tenant AG"_s));
        QVERIFY(title->text().contains(u"t1.example.com"_s));

        // Daily, the last 90 days up to "today".
        QCOMPARE(page.granularity(), ud::TenantUsageGranularity::Daily);
        QCOMPARE(fromDate->date(), QDate(2023, 12, 17));
        QCOMPARE(toDate->date(), QDate(2024, 3, 15));
        QCOMPARE(preset->currentIndex(), int(TenantUsagePage::Last90Days));
        QStringList expected =
            databaseDays(*connection, known, QDate(2023, 12, 17), QDate(2024, 3, 15));
        QCOMPARE(expected.size(), rows.size());
        QCOMPARE(tableLines(view, false), expected);
        QCOMPARE(chartLines(page.chart(), false), withoutAuthentications(expected));
        QVERIFY(view->isColumnHidden(Model::UsersPeak));
        QCOMPARE(view->model()->index(5, Model::Period).data().toString(), u"2024-02-29"_s);
        QCOMPARE(view->model()->index(5, Model::VoiceCredits).data().toString(),
                 QLocale().toString(3'000'000'000LL));
        QVERIFY(message->text().isEmpty());

        // Monthly: the last 12 months.
        QTest::mouseClick(child<QRadioButton>(&page, u"monthlyRadio"_s), Qt::LeftButton);
        QCOMPARE(page.granularity(), ud::TenantUsageGranularity::Monthly);
        QCOMPARE(fromDate->date(), QDate(2023, 4, 1));
        QCOMPARE(toDate->date(), QDate(2024, 3, 15));
        expected = databaseMonths(*connection, known, QDate(2023, 4, 1), QDate(2024, 3, 15));
        QCOMPARE(expected.size(), 4);
        QCOMPARE(tableLines(view, true), expected);
        QCOMPARE(chartLines(page.chart(), true), withoutAuthentications(expected));
        QVERIFY(!view->isColumnHidden(Model::UsersPeak));
        QVERIFY(series(page.chart(), u"usersPeakSeries"_s)->isVisible());
        QCOMPARE(series(page.chart(), u"usersSeries"_s)->name(), u"Users (last day)"_s);
        QCOMPARE(view->model()->index(2, Model::Period).data().toString(), u"2024-02"_s);

        // A range that cuts both months: only the days inside count
        // (hand-computed from the rows above).
        fromDate->setDate(QDate(2024, 1, 31));
        toDate->setDate(QDate(2024, 2, 15));
        QCOMPARE(preset->currentIndex(), int(TenantUsagePage::Custom));
        expected = {line(QDate(2024, 1, 1), 12, 4, 5, 6) + u" peak 12"_s,
                    line(QDate(2024, 2, 1), 20, 17, 11, 20) + u" peak 20"_s};
        QCOMPARE(databaseMonths(*connection, known, QDate(2024, 1, 31), QDate(2024, 2, 15)),
                 expected);
        QCOMPARE(tableLines(view, true), expected);
        QCOMPARE(chartLines(page.chart(), true), withoutAuthentications(expected));

        // Back to daily: the chosen range stays.
        QTest::mouseClick(child<QRadioButton>(&page, u"dailyRadio"_s), Qt::LeftButton);
        QCOMPARE(fromDate->date(), QDate(2024, 1, 31));
        expected = databaseDays(*connection, known, QDate(2024, 1, 31), QDate(2024, 2, 15));
        QCOMPARE(expected.size(), 3);
        QCOMPARE(tableLines(view, false), expected);
        QCOMPARE(chartLines(page.chart(), false), withoutAuthentications(expected));

        // Export the table as shown.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"usage.csv"_s);
        QVERIFY(page.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("day,users,voice_credits,sms_credits,authentications\r\n"
                            "2024-01-31,12,4,5,6\r\n2024-02-01,15,7,0,8\r\n"
                            "2024-02-15,20,10,11,12\r\n"));
        QVERIFY(message->text().contains(u"Exported"_s));
        QVERIFY(!page.exportTo(dir.filePath(u"missing/folder/usage.csv"_s)));
        QVERIFY(message->text().contains(u"cannot write"_s, Qt::CaseInsensitive));

        // A bad range is said on the page; nothing stale stays shown.
        fromDate->setDate(QDate(2024, 3, 1));
        QVERIFY2(message->text().contains(u"after"_s), qPrintable(message->text()));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(series(page.chart(), u"usersSeries"_s)->points().isEmpty());
        QVERIFY(!child<QPushButton>(&page, u"exportButton"_s)->isEnabled());
        QVERIFY(title->text().contains(u"Known Tenant AG"_s));
        toDate->setDate(QDate(2024, 3, 31));
        QVERIFY(message->text().isEmpty());
        QCOMPARE(tableLines(view, false),
                 databaseDays(*connection, known, QDate(2024, 3, 1), QDate(2024, 3, 31)));

        // A preset, chosen with the keyboard: "Last year" is just above "Custom".
        QTest::keyClick(preset, Qt::Key_Up);
        QCOMPARE(preset->currentIndex(), int(TenantUsagePage::LastYear));
        QCOMPARE(fromDate->date(), QDate(2023, 1, 1));
        QCOMPARE(toDate->date(), QDate(2023, 12, 31));
        QCOMPARE(tableLines(view, false),
                 QStringList({line(QDate(2023, 12, 31), 5, 100, 100, 100)}));

        // The other tenant shows its own numbers.
        page.setRange(QDate(2024, 2, 16), QDate(2024, 2, 16));
        page.showTenant(other);
        QVERIFY(title->text().contains(u"Other Tenant GmbH"_s));
        QCOMPARE(tableLines(view, false), QStringList({line(QDate(2024, 2, 16), 99999, 1, 1, 1)}));

        // An unknown tenant.
        page.showTenant(other + 1000);
        QVERIFY2(message->text().contains(u"no tenant"_s), qPrintable(message->text()));
        QCOMPARE(title->text(), u"Tenant usage"_s);
        QCOMPARE(view->model()->rowCount(), 0);

        // Back.
        QSignalSpy back(&page, &TenantUsagePage::backRequested);
        QTest::mouseClick(child<QPushButton>(&page, u"backButton"_s), Qt::LeftButton);
        QCOMPARE(back.count(), 1);
    }

    void refusedWithoutUsageView()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        const qint64 key =
            ud::TenantStore(*connection).upsert(makeTenant(1, u"Known Tenant AG"_s)).value();
        writeRows(*connection, {{key, QDate(2024, 3, 1), 19, 0, 9, 0}});
        const qint64 role = accesstest::addRole(*connection, u"Tenants only"_s,
                                                accesstest::grants({u"tenants:view"_s}));
        accesstest::insertAdministrator(*connection, u"tina"_s, role);
        TenantUsagePage page(*connection, accesstest::actorOf(*connection, u"tina"_s),
                             ud::systemClock());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setRange(QDate(2024, 1, 1), QDate(2024, 3, 31));
        page.showTenant(key);
        const QString text = child<QLabel>(&page, u"messageLabel"_s)->text();
        QVERIFY2(text.contains(u"not permitted"_s, Qt::CaseInsensitive), qPrintable(text));
        QCOMPARE(child<QTableView>(&page, u"usageView"_s)->model()->rowCount(), 0);
        QVERIFY(!child<QLabel>(&page, u"titleLabel"_s)->text().contains(u"Known"_s));
    }
};

QTEST_MAIN(TestTenantUsagePage)
#include "tst_tenantusagepage_gui.moc"
