#include "reports/ReportPeriod.h"
#include "reports/ReportScope.h"

#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

// report-csv.md, "Period": every preset on dates where months and years turn
// (January 1, February 29, December 31, the 31st of a month after a 30-day
// one...), and the checks of a custom period. Also the scope's text forms.

class TestReportPeriod : public QObject
{
    Q_OBJECT

private slots:
    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        const auto row = [](const char *name, const QString &preset, QDate today, QDate first,
                            QDate last) {
            QTest::newRow(name) << preset << today << first << last;
        };
        const QDate jan1(2026, 1, 1);
        const QDate leap(2024, 2, 29);
        const QDate dec31(2025, 12, 31);
        const QDate mar31(2025, 3, 31);
        const QDate may15(2026, 5, 15);
        row("current Jan 1", u"current-month"_s, jan1, jan1, jan1);
        row("current Feb 29", u"current-month"_s, leap, QDate(2024, 2, 1), leap);
        row("current Dec 31", u"current-month"_s, dec31, QDate(2025, 12, 1), dec31);
        row("last Jan 1", u"last-month"_s, jan1, QDate(2025, 12, 1), QDate(2025, 12, 31));
        row("last Feb 29", u"last-month"_s, leap, QDate(2024, 1, 1), QDate(2024, 1, 31));
        row("last Mar 31 (leap Feb before)", u"last-month"_s, QDate(2024, 3, 31), QDate(2024, 2, 1),
            QDate(2024, 2, 29));
        row("last Mar 31", u"last-month"_s, mar31, QDate(2025, 2, 1), QDate(2025, 2, 28));
        row("last Dec 31", u"last-month"_s, dec31, QDate(2025, 11, 1), QDate(2025, 11, 30));
        row("3 Jan 1", u"last-3-months"_s, jan1, QDate(2025, 10, 1), QDate(2025, 12, 31));
        row("3 Feb 29", u"last-3-months"_s, leap, QDate(2023, 11, 1), QDate(2024, 1, 31));
        row("3 Mar 31", u"last-3-months"_s, mar31, QDate(2024, 12, 1), QDate(2025, 2, 28));
        row("3 Dec 31", u"last-3-months"_s, dec31, QDate(2025, 9, 1), QDate(2025, 11, 30));
        row("12 Jan 1", u"last-12-months"_s, jan1, QDate(2025, 1, 1), QDate(2025, 12, 31));
        row("12 Feb 29", u"last-12-months"_s, leap, QDate(2023, 2, 1), QDate(2024, 1, 31));
        row("12 May 15", u"last-12-months"_s, may15, QDate(2025, 5, 1), QDate(2026, 4, 30));
        row("12 Dec 31", u"last-12-months"_s, dec31, QDate(2024, 12, 1), QDate(2025, 11, 30));
        row("ytd Jan 1", u"year-to-date"_s, jan1, jan1, jan1);
        row("ytd Feb 29", u"year-to-date"_s, leap, QDate(2024, 1, 1), leap);
        row("ytd Dec 31", u"year-to-date"_s, dec31, QDate(2025, 1, 1), dec31);
        row("any case", u" Last-Month "_s, may15, QDate(2026, 4, 1), QDate(2026, 4, 30));
        row("custom", u"custom:2024-02-29..2024-03-01"_s, may15, leap, QDate(2024, 3, 1));
        row("custom one day", u"custom:2026-05-15..2026-05-15"_s, may15, may15, may15);
    }

    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(QDate, today);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto period = ReportPeriod::parse(preset, today);
        QVERIFY2(period, period ? "" : qPrintable(period.error().message));
        QCOMPARE(period->first(), first);
        QCOMPARE(period->last(), last);
        QVERIFY(period->last() <= today);
        // The text form reads back as the same period.
        const auto again = ReportPeriod::parse(period->text(), today);
        QVERIFY(again);
        QCOMPARE(again->first(), first);
        QCOMPARE(again->last(), last);
        QCOMPARE(again->preset(), period->preset());
    }

    void textAndDisplay()
    {
        const auto period = ReportPeriod::parse(u"LAST-MONTH"_s, QDate(2026, 11, 25));
        QVERIFY(period);
        QCOMPARE(period->text(), u"last-month"_s);
        const QLocale english(QLocale::English);
        QCOMPARE(period->displayText(english), u"Last month (1 Oct \u2013 31 Oct 2026)"_s);
        QCOMPARE(ud::ReportPeriod::describeStored(u"custom:2025-12-01..2026-01-31"_s,
                                                  QDate(2025, 12, 1), QDate(2026, 1, 31), english),
                 u"Custom (1 Dec 2025 \u2013 31 Jan 2026)"_s);
        QCOMPARE(ud::ReportPeriod::describeStored(u"LAST-MONTH"_s, QDate(2026, 10, 1),
                                                  QDate(2026, 10, 31), english),
                 u"Last month (1 Oct \u2013 31 Oct 2026)"_s);
        QCOMPARE(ud::ReportPeriod::describeStored(u"something else"_s, QDate(2026, 10, 1),
                                                  QDate(2026, 10, 31), english),
                 u"1 Oct \u2013 31 Oct 2026"_s);
        const auto custom =
            ReportPeriod::parse(u"custom:2026-01-01..2026-01-31"_s, QDate(2026, 11, 25));
        QVERIFY(custom);
        QCOMPARE(custom->preset(), ReportPeriod::Preset::Custom);
        QCOMPARE(custom->text(), u"custom:2026-01-01..2026-01-31"_s);
    }

    void badPeriods_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << u"last-week"_s << u"period \"last-week\" is not known"_s;
        QTest::newRow("empty") << u""_s << u"is not known"_s;
        QTest::newRow("start after end") << u"custom:2026-03-02..2026-03-01"_s
                                         << u"the start 2026-03-02 is after the end 2026-03-01"_s;
        QTest::newRow("end after today") << u"custom:2026-11-01..2026-11-26"_s
                                         << u"the end 2026-11-26 is after today (2026-11-25)"_s;
        QTest::newRow("no range") << u"custom:2026-01-01"_s << u"expected custom:YYYY-MM-DD"_s;
        QTest::newRow("not a date")
            << u"custom:2026-02-30..2026-03-01"_s << u"the start \"2026-02-30\" is not a date"_s;
        QTest::newRow("short date")
            << u"custom:2026-1-01..2026-03-01"_s << u"the start \"2026-1-01\" is not a date"_s;
        QTest::newRow("bad end") << u"custom:2026-01-01..tomorrow"_s
                                 << u"the end \"tomorrow\" is not a date"_s;
        QTest::newRow("three ends")
            << u"custom:2026-01-01..2026-01-02..2026-01-03"_s << u"expected custom:"_s;
    }

    void badPeriods()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto period = ReportPeriod::parse(text, QDate(2026, 11, 25));
        QVERIFY(!period);
        QCOMPARE(period.error().kind, ErrorKind::BadInput);
        QVERIFY2(period.error().message.contains(message), qPrintable(period.error().message));
    }

    void invalidToday() { QVERIFY(!ReportPeriod::parse(u"last-month"_s, QDate())); }

    void scopes()
    {
        auto scope = ReportScope::parse(u"all"_s);
        QVERIFY(scope);
        QCOMPARE(scope->kind(), ReportScope::Kind::All);
        QCOMPARE(scope->text(), u"all"_s);
        scope = ReportScope::parse(u"Tenant:0F8FAD5B-D9CB-469F-A165-70867728950E"_s);
        QVERIFY(scope);
        QCOMPARE(scope->kind(), ReportScope::Kind::Tenant);
        QCOMPARE(scope->text(), u"tenant:0f8fad5b-d9cb-469f-a165-70867728950e"_s);
        QCOMPARE(scope->kindName(), u"tenant"_s);
        scope = ReportScope::parse(u"filter:Company_Name contains \"acme corp\" and "
                                   "contract_mode eq trial"_s);
        QVERIFY2(scope, scope ? "" : qPrintable(scope.error().message));
        QCOMPARE(scope->kind(), ReportScope::Kind::Filter);
        QCOMPARE(scope->text(),
                 u"filter:company_name contains \"acme corp\" and contract_mode eq TRIAL"_s);
        QCOMPARE(ReportScope::parse(scope->text())->text(), scope->text());
    }

    void badScopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << u"everything"_s << u"is not known"_s;
        QTest::newRow("bad uuid") << u"tenant:1234"_s << u"is not a tenant id"_s;
        QTest::newRow("bad filter") << u"filter:hostname sounds_like x"_s << u"position 10"_s;
        QTest::newRow("saved without store") << u"saved:mine"_s << u"saved filters"_s;
    }

    void badScopes()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto scope = ReportScope::parse(text);
        QVERIFY(!scope);
        QCOMPARE(scope.error().kind, ErrorKind::BadInput);
        QVERIFY2(scope.error().message.contains(message), qPrintable(scope.error().message));
    }

    void descriptions()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportScope::tenant(u"0f8fad5b-d9cb-469f-a165-70867728950e"_s)
                     .describe(1, u"acme.example.com"_s, english),
                 u"1 tenant: acme.example.com"_s);
        QCOMPARE(ReportScope::all().describe(12480, QString(), english), u"All 12,480 tenants"_s);
        QCOMPARE(ReportScope::matching(TenantFilter()).describe(3112, QString(), english),
                 u"3,112 tenants matching the filter"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_reportperiod.moc"
