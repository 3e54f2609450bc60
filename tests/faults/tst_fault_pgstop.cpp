// The PostgreSQL server stops in the middle of a command (an immediate
// shutdown, as a crash or a lost server looks to a client), on a private
// cluster of its own (tests/pg/pg-cluster.sh start|pause|resume|stop). To
// stop it at a known moment the test holds a table lock the command needs,
// waits until pg_stat_activity shows the command waiting for it, then stops
// the server. Expected: exit 5 with an error naming the server, nothing
// half-written, and the same command working once the server is back.
#include "FaultSupport.h"
#include "TestFiles.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultPgStop : public QObject
{
    Q_OBJECT

    QString m_cluster;
    QString m_url;
    std::unique_ptr<TestDatabase> m_db;
    QString m_usage;
    QTemporaryDir m_dir;

    static bool cluster(const QString &command, const QString &dir)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        script.start(QStringLiteral(USAGEDESK_PG_CLUSTER_SCRIPT), {command, dir});
        return script.waitForFinished(120'000) && script.exitStatus() == QProcess::NormalExit &&
               script.exitCode() == 0;
    }

    // Holds `lockSql` in an open transaction on its own connection, runs
    // `arguments` and stops the server once the command waits for the lock.
    CliResult runAndStopServer(const QString &lockSql, const QStringList &arguments)
    {
        auto holder = m_db->connect(u"lock"_s);
        QSqlQuery lock(holder->database());
        if (!lock.exec(u"BEGIN"_s) || !lock.exec(lockSql))
            qFatal("cannot take the lock");
        QProcess process;
        fault::start(process, CliRunner(m_db->cliTarget()), arguments);
        auto watcher = m_db->connect(u"watch"_s);
        const bool waiting = fault::waitUntil(
            [&] {
                QSqlQuery query(watcher->database());
                return query.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                  "wait_event_type = 'Lock' AND pid <> pg_backend_pid()"_s) &&
                       query.next() && query.value(0).toInt() > 0;
            },
            30'000);
        if (!waiting)
            qWarning("the command never waited for the lock");
        if (!cluster(u"pause"_s, m_cluster))
            qFatal("cannot stop the server");
        CliResult result;
        if (process.waitForFinished(60'000) && process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        else
            fault::killHard(process);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        if (!cluster(u"resume"_s, m_cluster))
            qFatal("cannot start the server again");
        return result;
    }

    void verifyServerNamed(const CliResult &result)
    {
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(m_db->cliTarget().toUtf8()), result.err.constData());
        QVERIFY2(result.out.isEmpty(), result.out.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Outside the private temporary folder: the server runs as another
        // user when the test runs as root.
        m_cluster = QDir::temp().filePath(
            u"usagedesk-fault-pg-%1"_s.arg(QCoreApplication::applicationPid()));
        QVERIFY(cluster(u"start"_s, m_cluster));
        QFile url(m_cluster + u"/url"_s);
        QVERIFY(url.open(QIODevice::ReadOnly));
        m_url = QString::fromUtf8(url.readAll()).trimmed();
        qputenv("USAGEDESK_TEST_BACKEND", "postgres");
        qputenv("USAGEDESK_TEST_PG_URL", m_url.toUtf8());
        qputenv("PGPASSWORD", "usagedesk-test");
        m_db = TestDatabase::create();
        fault::seed(*m_db, 300, 30);
        const CliResult tenants =
            CliRunner(m_db->cliTarget()).run({u"tenants"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(tenants.exitCode, 0);
        QByteArray csv = "tenant_id,date,users,voice_credits,sms_credits\n";
        const QList<QByteArray> lines = tenants.out.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            for (int day = 1; day <= 28; ++day)
                csv += lines.at(i).left(36) + ",2025-02-" +
                       QByteArray::number(day).rightJustified(2, '0') + ",1,2,3\n";
        }
        m_usage = writeTestFile(m_dir, u"usage.csv"_s, csv);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        if (!m_cluster.isEmpty())
            cluster(u"stop"_s, m_cluster);
    }

    void importWhileTheServerStops()
    {
        const QString before = m_db->dump();
        const CliResult result = runAndStopServer(u"LOCK TABLE usage_daily IN EXCLUSIVE MODE"_s,
                                                  {u"import"_s, u"usage"_s, m_usage});
        verifyServerNamed(result);
        QCOMPARE(m_db->dump(), before);
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);
        const CliResult rerun =
            CliRunner(m_db->cliTarget()).run({u"import"_s, u"usage"_s, m_usage});
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QCOMPARE(m_db->count(u"usage_daily"_s) > 0, true);
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);
    }

    void reportGenerationWhileTheServerStops()
    {
        const QString before = m_db->dump();
        const QStringList generate = {u"--today"_s,  QString::fromLatin1(fault::kToday),
                                      u"report"_s,   u"generate"_s,
                                      u"--name"_s,   u"Stopped"_s,
                                      u"--scope"_s,  u"all"_s,
                                      u"--period"_s, QString::fromLatin1(fault::kPeriod)};
        const CliResult result =
            runAndStopServer(u"LOCK TABLE reports IN ACCESS EXCLUSIVE MODE"_s, generate);
        verifyServerNamed(result);
        QCOMPARE(m_db->dump(), before);
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);
        const CliResult rerun = CliRunner(m_db->cliTarget()).run(generate);
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QCOMPARE(m_db->count(u"reports"_s), 1);
    }

    // A command started while the server is down says so, and the next one
    // after it is back works.
    void commandWhileTheServerIsDown()
    {
        QVERIFY(cluster(u"pause"_s, m_cluster));
        const CliResult down =
            CliRunner(m_db->cliTarget()).run({u"tenants"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QVERIFY(cluster(u"resume"_s, m_cluster));
        verifyServerNamed(down);
        const CliResult up =
            CliRunner(m_db->cliTarget()).run({u"tenants"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(up.exitCode == 0, up.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestFaultPgStop)
#include "tst_fault_pgstop.moc"
