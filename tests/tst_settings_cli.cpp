// `settings show` and `settings set --reporting-tz` through the real
// usagedesk-cli binary on both back ends: the zone is stored and shown, a bad
// zone exits 2 naming --reporting-tz and changes nothing, a role without
// settings:edit is refused (exit 3); `report generate` takes "today" from the
// reporting time zone (--now across the date line) unless --today is given.
#include "AccessTestSupport.h"
#include "CliRunner.h"
#include "TestDatabase.h"
#include "settings/AppSettingsStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    CliResult run(const QStringList &args) const { return CliRunner(m_db->cliTarget()).run(args); }

    QByteArray storedZone() const
    {
        auto connection = m_db->connect(u"check"_s);
        return ud::AppSettingsStore::readReportingTimeZone(*connection).value();
    }

    // "period_start..period_end" of the report with this id.
    QString periodOf(const QByteArray &idText) const
    {
        auto connection = m_db->connect(u"check"_s);
        QSqlQuery query(connection->database());
        query.prepare(u"SELECT period_start, period_end FROM reports WHERE report_id = ?"_s);
        query.addBindValue(idText.trimmed().toLongLong());
        if (!query.exec() || !query.next())
            return u"<none>"_s;
        return query.value(0).toDate().toString(Qt::ISODate) + u".."_s +
               query.value(1).toDate().toString(Qt::ISODate);
    }

    QString generatedPeriod(const QStringList &globals)
    {
        const CliResult r =
            run(globals + QStringList{u"report"_s, u"generate"_s, u"--name"_s, u"Now"_s,
                                      u"--scope"_s, u"all"_s, u"--period"_s, u"current-month"_s});
        if (r.exitCode != 0)
            return QString::fromUtf8(r.err);
        return periodOf(r.out);
    }

private Q_SLOTS:
    void init() { m_db = TestDatabase::create(); }
    void cleanup() { m_db.reset(); }

    void showDefaultsThenSet()
    {
        CliResult r = run({u"settings"_s, u"show"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Reporting time zone: UTC\n"), r.out.constData());
        QVERIFY(r.out.contains("SMTP server: not set"));

        r = run({u"settings"_s, u"set"_s, u"--reporting-tz"_s, u"Pacific/Kiritimati"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Reporting time zone set: Pacific/Kiritimati"));
        QCOMPARE(storedZone(), QByteArray("Pacific/Kiritimati"));
        QVERIFY(m_db->auditLog().contains(
            u"admin|set reporting time zone|reporting time zone|allowed|UTC -> "
            "Pacific/Kiritimati"_s));

        r = run({u"settings"_s, u"show"_s});
        QVERIFY(r.out.contains("Reporting time zone: Pacific/Kiritimati\n"));
    }

    void badInputExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown zone")
            << QStringList{u"settings"_s, u"set"_s, u"--reporting-tz"_s, u"Europe/Atlantis"_s};
        QTest::newRow("empty zone")
            << QStringList{u"settings"_s, u"set"_s, u"--reporting-tz"_s, u""_s};
        QTest::newRow("missing option") << QStringList{u"settings"_s, u"set"_s};
    }

    void badInputExitsTwoAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run({u"settings"_s, u"set"_s, u"--reporting-tz"_s, u"Asia/Tokyo"_s}).exitCode, 0);
        const qsizetype changesBefore = m_db->auditLog().count(u"set reporting time zone"_s);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--reporting-tz"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(storedZone(), QByteArray("Asia/Tokyo"));
        // Signing in is audited; no change (and no refusal) is.
        QCOMPARE(m_db->auditLog().count(u"set reporting time zone"_s), changesBefore);
    }

    void viewerMayShowButNotSet()
    {
        {
            auto connection = m_db->connect(u"setup"_s);
            const qint64 role = accesstest::addRole(*connection, u"Settings viewers"_s,
                                                    accesstest::grants({u"settings:view"_s}));
            accesstest::insertAdministrator(*connection, u"viewer"_s, role, true,
                                            u"viewer password 1"_s);
        }
        CliRunner cli(m_db->cliTarget());
        cli.environment().insert(u"USAGEDESK_USER"_s, u"viewer"_s);
        cli.environment().insert(u"USAGEDESK_PASSWORD"_s, u"viewer password 1"_s);
        CliResult r = cli.run({u"settings"_s, u"show"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli.run({u"settings"_s, u"set"_s, u"--reporting-tz"_s, u"Europe/Paris"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(storedZone(), QByteArray("UTC"));
    }

    // 2026-03-31 23:30 UTC is 1 April on Kiritimati (+14): "current-month"
    // is April there and March in UTC.
    void reportTodayFollowsTheReportingZone()
    {
        const QStringList lateMarch{u"--now"_s, u"2026-03-31T23:30:00Z"_s};
        QCOMPARE(generatedPeriod(lateMarch), u"2026-03-01..2026-03-31"_s);
        QCOMPARE(
            run({u"settings"_s, u"set"_s, u"--reporting-tz"_s, u"Pacific/Kiritimati"_s}).exitCode,
            0);
        QCOMPARE(generatedPeriod(lateMarch), u"2026-04-01..2026-04-01"_s);
        // --today still wins.
        QCOMPARE(generatedPeriod(lateMarch + QStringList{u"--today"_s, u"2026-02-10"_s}),
                 u"2026-02-01..2026-02-10"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettingsCli)
#include "tst_settings_cli.moc"
