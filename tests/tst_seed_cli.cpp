#include "CliRunner.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The dump without schema_version, whose rows record when each database
// was migrated: two databases made a second apart differ there.
// Only the seeded data: each test database has its own administrator.
QString dataDump(const TestDatabase &db)
{
    return db.dump({u"tenants"_s, u"usage_daily"_s});
}

} // namespace

// `usagedesk-cli seed`: arguments, messages, exit codes and the summary line.
class TestSeedCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsAndSummarizes()
    {
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        const CliResult result = cli.run(
            {u"seed"_s, u"--tenants"_s, u"3"_s, u"--days"_s, u"31"_s, u"--end"_s, u"2025-01-31"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.startsWith("seeded 3 tenants and "), result.out.constData());
        QVERIFY2(result.out.trimmed().endsWith(" usage rows (seed 1, 2025-01-01..2025-01-31)"),
                 result.out.constData());
        QCOMPARE(db->count(u"tenants"_s), 3);
        const QByteArray rows = QByteArray::number(db->count(u"usage_daily"_s));
        QVERIFY(result.out.contains(QByteArray(" and " + rows + " usage rows")));
    }

    void endDefaultsToToday()
    {
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        const CliResult result = cli.run({u"--today"_s, u"2024-03-01"_s, u"seed"_s, u"--tenants"_s,
                                          u"2"_s, u"--days"_s, u"1"_s, u"--seed"_s, u"99"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("(seed 99, 2024-03-01..2024-03-01)"), result.out.constData());
    }

    void sameArgumentsSameData()
    {
        auto first = TestDatabase::create();
        auto second = TestDatabase::create();
        const QStringList args = {u"seed"_s,   u"--tenants"_s, u"5"_s,     u"--days"_s,    u"20"_s,
                                  u"--seed"_s, u"3"_s,         u"--end"_s, u"2025-05-05"_s};
        QCOMPARE(CliRunner(first->cliTarget()).run(args).exitCode, 0);
        QCOMPARE(CliRunner(second->cliTarget()).run(args).exitCode, 0);
        QCOMPARE(dataDump(*first), dataDump(*second));
    }

    // SIGTERM (as SIGINT) cancels the seed: exit 130, nothing written.
    void interruptedSeedLeavesNothing()
    {
        auto db = TestDatabase::create();
        const QString before = db->dump();
        CliRunner cli(db->cliTarget());
        QProcess process;
        process.setProcessEnvironment(cli.environment());
        process.start(CliRunner::executable(),
                      cli.withDatabase({u"seed"_s, u"--tenants"_s, u"1000000"_s, u"--days"_s,
                                        u"365"_s, u"--end"_s, u"2025-12-31"_s}));
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(process.state(), QProcess::Running);
        process.terminate();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QCOMPARE(db->dump(), before);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        const QString t = u"--tenants"_s, d = u"--days"_s;
        QTest::newRow("no tenants") << QStringList{d, u"10"_s} << t;
        QTest::newRow("no days") << QStringList{t, u"10"_s} << d;
        QTest::newRow("tenants 0") << QStringList{t, u"0"_s, d, u"1"_s} << t;
        QTest::newRow("tenants too many") << QStringList{t, u"10000001"_s, d, u"1"_s} << t;
        QTest::newRow("tenants text") << QStringList{t, u"ten"_s, d, u"1"_s} << t;
        QTest::newRow("tenants negative") << QStringList{t, u"-5"_s, d, u"1"_s} << t;
        QTest::newRow("days 0") << QStringList{t, u"1"_s, d, u"0"_s} << d;
        QTest::newRow("days too many") << QStringList{t, u"1"_s, d, u"3661"_s} << d;
        QTest::newRow("days fraction") << QStringList{t, u"1"_s, d, u"1.5"_s} << d;
        QTest::newRow("bad end") << QStringList{t, u"1"_s, d, u"1"_s, u"--end"_s, u"2025-02-30"_s}
                                 << u"--end"_s;
        QTest::newRow("end format")
            << QStringList{t, u"1"_s, d, u"1"_s, u"--end"_s, u"1.1.2025"_s} << u"--end"_s;
        QTest::newRow("bad seed") << QStringList{t, u"1"_s, d, u"1"_s, u"--seed"_s, u"x"_s}
                                  << u"--seed"_s;
        QTest::newRow("unknown option")
            << QStringList{t, u"1"_s, d, u"1"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("missing value") << QStringList{t, u"1"_s, d} << u"days"_s;
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        auto db = TestDatabase::create();
        const QString before = db->dump();
        CliRunner cli(db->cliTarget());
        const CliResult result = cli.run(QStringList{u"seed"_s} + args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(option.toUtf8()), result.err.constData());
        QVERIFY(result.out.isEmpty());
        QCOMPARE(db->dump(), before);
    }

    void helpShowsSynopsis()
    {
        CliRunner cli(u"unused.sqlite"_s);
        const CliResult result = cli.run({u"seed"_s, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--tenants N --days D"));
    }
};

QTEST_GUILESS_MAIN(TestSeedCli)
#include "tst_seed_cli.moc"
