// AppSettingsStore and reportingToday() on both back ends: the reporting time
// zone defaults to UTC, is saved with its audit line, refuses an unknown zone
// naming --reporting-tz and leaves the database as it was, needs
// settings:edit to change and settings:view to read; "today" for reports is
// the clock's date in that zone, on either side of the date line.
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "settings/AppSettingsStore.h"
#include "settings/ReportingToday.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using accesstest::auditLines;
using accesstest::lastAuditLine;
using accesstest::superActor;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 31), QTime(23, 30), QTimeZone::utc());

    ud::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

    static ud::Actor actorWith(const ud::Connection &connection, const QString &user,
                               const QStringList &grants)
    {
        const qint64 role =
            accesstest::addRole(connection, u"Role of "_s + user, accesstest::grants(grants));
        accesstest::insertAdministrator(connection, user, role);
        return accesstest::actorOf(connection, user);
    }

    static int settingRows(const ud::Connection &connection)
    {
        QSqlQuery query(connection.database());
        if (!query.exec(u"SELECT COUNT(*) FROM app_settings"_s) || !query.next())
            qFatal("cannot count app_settings");
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void defaultIsUtc()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        const ud::AppSettingsStore store(*connection, superActor(*connection), clock());
        QCOMPARE(store.reportingTimeZone().value(), QByteArray("UTC"));
        QCOMPARE(ud::AppSettingsStore::readReportingTimeZone(*connection).value(),
                 QByteArray("UTC"));
        QCOMPARE(ud::reportingToday(*connection, clock()).value(), QDate(2026, 3, 31));
    }

    void setAndReadBackWithAuditLine()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::AppSettingsStore store(*connection, superActor(*connection), clock());
        const ud::Status saved = store.setReportingTimeZone("Europe/Berlin");
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(store.reportingTimeZone().value(), QByteArray("Europe/Berlin"));
        QCOMPARE(lastAuditLine(*db),
                 u"admin|set reporting time zone|reporting time zone|allowed|UTC -> "
                 "Europe/Berlin"_s);
        // A second change updates the one row.
        QVERIFY(store.setReportingTimeZone("Pacific/Auckland"));
        QCOMPARE(store.reportingTimeZone().value(), QByteArray("Pacific/Auckland"));
        QCOMPARE(settingRows(*connection), 1);
        QCOMPARE(lastAuditLine(*db),
                 u"admin|set reporting time zone|reporting time zone|allowed|Europe/Berlin -> "
                 "Pacific/Auckland"_s);
        // Another connection (another process) sees it.
        auto other = db->connect(u"other"_s);
        QCOMPARE(ud::AppSettingsStore::readReportingTimeZone(*other).value(),
                 QByteArray("Pacific/Auckland"));
    }

    void badZoneNamesTheOptionAndChangesNothing_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("unknown") << u"Mars/Olympus_Mons"_s;
        QTest::newRow("empty") << u"   "_s;
        QTest::newRow("offset text") << u"UTC+25:00"_s;
        QTest::newRow("sql") << u"UTC'; DROP TABLE app_settings; --"_s;
    }

    void badZoneNamesTheOptionAndChangesNothing()
    {
        QFETCH(QString, zone);
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::AppSettingsStore store(*connection, superActor(*connection), clock());
        QVERIFY(store.setReportingTimeZone("Asia/Tokyo"));
        const QStringList auditBefore = auditLines(*db);

        const auto checked = ud::AppSettingsStore::validateTimeZone(zone);
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, ud::ErrorKind::BadInput);
        QVERIFY2(checked.error().message.startsWith(u"--reporting-tz: "_s),
                 qPrintable(checked.error().message));

        const ud::Status saved = store.setReportingTimeZone(zone.toUtf8());
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, ud::ErrorKind::BadInput);
        QVERIFY(saved.error().message.startsWith(u"--reporting-tz: "_s));
        QCOMPARE(store.reportingTimeZone().value(), QByteArray("Asia/Tokyo"));
        QCOMPARE(auditLines(*db), auditBefore);
    }

    void validZoneIsTrimmed()
    {
        QCOMPARE(ud::AppSettingsStore::validateTimeZone(u"  America/New_York "_s).value(),
                 QByteArray("America/New_York"));
    }

    void permissions()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        const ud::Actor viewer = actorWith(*connection, u"viewer"_s, {u"settings:view"_s});
        const ud::Actor stranger = actorWith(*connection, u"stranger"_s, {u"audit_log:view"_s});

        ud::AppSettingsStore asViewer(*connection, viewer, clock());
        QCOMPARE(asViewer.reportingTimeZone().value(), QByteArray("UTC"));
        const ud::Status refused = asViewer.setReportingTimeZone("Europe/Paris");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ud::ErrorKind::NotPermitted);
        QVERIFY2(lastAuditLine(*db).startsWith(
                     u"viewer|set reporting time zone|reporting time zone|refused|"_s),
                 qPrintable(lastAuditLine(*db)));
        QCOMPARE(settingRows(*connection), 0);

        const ud::AppSettingsStore asStranger(*connection, stranger, clock());
        const auto hidden = asStranger.reportingTimeZone();
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().kind, ud::ErrorKind::NotPermitted);
        // Reports still need the zone, whoever asks.
        QCOMPARE(ud::reportingToday(*connection, clock()).value(), QDate(2026, 3, 31));
    }

    // 2026-03-31 23:30 UTC is already 1 April east of the date line's near
    // side, still 31 March west of it; 2026-04-01 05:00 UTC is 1 April in
    // Berlin but 31 March in Honolulu.
    void reportingTodayAcrossTheDateLine_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("today");
        const QDateTime lateUtc(QDate(2026, 3, 31), QTime(23, 30), QTimeZone::utc());
        const QDateTime earlyUtc(QDate(2026, 4, 1), QTime(5, 0), QTimeZone::utc());
        QTest::newRow("UTC late") << lateUtc << QByteArray("UTC") << QDate(2026, 3, 31);
        QTest::newRow("Auckland (+13)")
            << lateUtc << QByteArray("Pacific/Auckland") << QDate(2026, 4, 1);
        QTest::newRow("Kiritimati (+14)")
            << lateUtc << QByteArray("Pacific/Kiritimati") << QDate(2026, 4, 1);
        QTest::newRow("Pago Pago (-11)")
            << lateUtc << QByteArray("Pacific/Pago_Pago") << QDate(2026, 3, 31);
        QTest::newRow("Berlin (+2)") << lateUtc << QByteArray("Europe/Berlin") << QDate(2026, 4, 1);
        QTest::newRow("Berlin early")
            << earlyUtc << QByteArray("Europe/Berlin") << QDate(2026, 4, 1);
        QTest::newRow("Honolulu (-10)")
            << earlyUtc << QByteArray("Pacific/Honolulu") << QDate(2026, 3, 31);
        QTest::newRow("New York (-4)")
            << earlyUtc << QByteArray("America/New_York") << QDate(2026, 4, 1);
        QTest::newRow("Los Angeles (-7)")
            << earlyUtc << QByteArray("America/Los_Angeles") << QDate(2026, 3, 31);
    }

    void reportingTodayAcrossTheDateLine()
    {
        QFETCH(QDateTime, now);
        QFETCH(QByteArray, zone);
        QFETCH(QDate, today);
        QCOMPARE(ud::reportingToday(now, QTimeZone(zone)), today);

        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::AppSettingsStore store(*connection, superActor(*connection), clock());
        QVERIFY(store.setReportingTimeZone(zone));
        m_now = now;
        QCOMPARE(ud::reportingToday(*connection, clock()).value(), today);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
