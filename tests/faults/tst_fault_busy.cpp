// Another process holds SQLite's lock while usagedesk-cli runs (SQLite only:
// PostgreSQL has row locks, not a database lock). A python3 child opens the
// database and keeps a write transaction (BEGIN EXCLUSIVE plus a write) or,
// in the stricter case, an exclusive locking-mode lock that also stops
// readers. The command must fail after the busy timeout
// (USAGEDESK_SQLITE_BUSY_TIMEOUT_MS, 1 s here) with an error naming the
// database, exit 5, write nothing, and the same command must work once the
// lock is gone.
#include "FaultSupport.h"
#include "SmtpTestServer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Holds the lock until its standard input closes; says "locked" when it has it.
const char *const kLocker = R"(
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == 'exclusive-mode':
    con.execute('PRAGMA locking_mode=EXCLUSIVE')
con.execute('BEGIN EXCLUSIVE')
con.execute("UPDATE smtp_settings SET host = host")
if sys.argv[2] == 'exclusive-mode':
    con.execute('SELECT COUNT(*) FROM tenants').fetchone()
print('locked', flush=True)
sys.stdin.read()
con.execute('ROLLBACK')
)";

} // namespace

class TestFaultBusy : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    CliRunner cli() const
    {
        CliRunner runner(m_db->cliTarget());
        runner.environment().insert(u"USAGEDESK_SQLITE_BUSY_TIMEOUT_MS"_s, u"1000"_s);
        return runner;
    }

    void lock(QProcess &locker, const QString &mode)
    {
        locker.start(SmtpTestServer::pythonPath(),
                     {u"-c"_s, QString::fromLatin1(kLocker), m_db->cliTarget(), mode});
        QVERIFY(locker.waitForStarted());
        QVERIFY2(locker.waitForReadyRead(10'000), locker.readAllStandardError().constData());
        QCOMPARE(locker.readAllStandardOutput().trimmed(), QByteArray("locked"));
    }

    static void unlock(QProcess &locker)
    {
        locker.closeWriteChannel();
        if (!locker.waitForFinished(10'000))
            fault::killHard(locker);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestDatabase::backend() != ud::Backend::Sqlite)
            QSKIP("SQLite only");
        m_db = TestDatabase::create();
        fault::seed(*m_db, 200, 40);
    }

    void writersFailClearlyAndRetryWorks_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("command");
        const QStringList generate = {u"--today"_s,  QString::fromLatin1(fault::kToday),
                                      u"report"_s,   u"generate"_s,
                                      u"--name"_s,   u"Busy"_s,
                                      u"--scope"_s,  u"all"_s,
                                      u"--period"_s, QString::fromLatin1(fault::kPeriod)};
        const QStringList schedule = {u"--now"_s,        u"2026-03-01T09:30:00Z"_s,
                                      u"schedule"_s,     u"add"_s,
                                      u"--name"_s,       u"Busy"_s,
                                      u"--email"_s,      u"a@example.com"_s,
                                      u"--recurrence"_s, u"daily"_s,
                                      u"--time"_s,       u"08:00"_s,
                                      u"--scope"_s,      u"all"_s};
        QTest::newRow("report generate, writer lock") << u"writer"_s << generate;
        QTest::newRow("schedule add, writer lock") << u"writer"_s << schedule;
        QTest::newRow("report generate, exclusive mode") << u"exclusive-mode"_s << generate;
    }

    void writersFailClearlyAndRetryWorks()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, command);
        const QString before = m_db->dump();
        QProcess locker;
        lock(locker, mode);
        if (QTest::currentTestFailed())
            return unlock(locker);
        QElapsedTimer timer;
        timer.start();
        const CliResult blocked = cli().run(command);
        const qint64 waited = timer.elapsed();
        unlock(locker);
        QCOMPARE(blocked.exitCode, 5);
        QVERIFY2(blocked.err.contains(m_db->cliTarget().toUtf8()), blocked.err.constData());
        QVERIFY2(blocked.err.contains("database is locked"), blocked.err.constData());
        QVERIFY2(blocked.out.isEmpty(), blocked.out.constData());
        QVERIFY2(waited < 8'000, qPrintable(u"waited %1 ms"_s.arg(waited)));
        QCOMPARE(m_db->dump(), before);
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);

        const CliResult rerun = cli().run(command);
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QVERIFY(m_db->dump() != before);
    }
};

QTEST_GUILESS_MAIN(TestFaultBusy)
#include "tst_fault_busy.moc"
