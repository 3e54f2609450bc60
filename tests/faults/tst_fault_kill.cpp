// usagedesk-cli killed with SIGKILL in the middle of its work, on both back
// ends: import, report generation with --out, export, schedule edit and
// run-due delivery. After each kill: the database consistent
// (fault::consistency), the work fully done or fully absent, no temporary or
// partial file at the target, and a rerun that succeeds. Kill points: fixed
// delays after the start (sign-in takes the first ~0.2 s) and, for run-due,
// the moment the SMTP server has the whole message but has not answered.
#include "FaultSupport.h"
#include "SmtpTestServer.h"
#include "TestFiles.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Milliseconds after the start: during sign-in, early work, late work.
const QList<int> kKillDelays = {150, 350, 600, 900};

} // namespace

class TestFaultKill : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    qint64 m_report = 0;
    QByteArray m_reportCsv;
    QStringList m_tenantIds;

    CliRunner cli() const
    {
        CliRunner runner(m_db->cliTarget());
        runner.environment().insert(u"USAGEDESK_SMTP_REPLY_TIMEOUT_MS"_s, u"3000"_s);
        return runner;
    }

    // Runs `arguments`, killed after `delayMs`; true when the kill found it
    // still at work (not finished already).
    bool killAfter(const QStringList &arguments, int delayMs) const
    {
        QProcess process;
        fault::start(process, cli(), arguments);
        const bool running = !process.waitForFinished(delayMs);
        fault::killHard(process);
        return running;
    }

    QString scalar(const QString &sql) const
    {
        auto connection = m_db->connect(u"check"_s);
        QSqlQuery query(connection->database());
        if (!query.exec(sql) || !query.next())
            return u"<error>"_s;
        return query.value(0).toString();
    }

    // Earlier tests' schedules would be caught up too: only new ones run.
    void disableAllSchedules() const
    {
        auto connection = m_db->connect(u"disable"_s);
        QSqlQuery query(connection->database());
        if (!query.exec(u"UPDATE schedules SET enabled = 0"_s))
            qFatal("cannot disable the schedules");
    }

    QString usageFile(int year) const
    {
        QByteArray csv = "tenant_id,date,users,voice_credits,sms_credits\n";
        for (const QString &id : m_tenantIds) {
            for (int day = 0; day < 60; ++day)
                csv += id.toLatin1() + ',' +
                       QDate(year, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1() +
                       ",11,12,13\n";
        }
        return writeTestFile(m_dir, u"usage-%1.csv"_s.arg(year), csv);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = TestDatabase::create();
        fault::seed(*m_db, 1500, 70);
        m_report = fault::generateReport(*m_db, u"Kill"_s);
        const QString path = m_dir.filePath(u"reference.csv"_s);
        const CliResult exported =
            cli().run({u"report"_s, u"export"_s, QString::number(m_report), u"--out"_s, path});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        m_reportCsv = fault::contents(path);
        const CliResult tenants = cli().run({u"tenants"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(tenants.exitCode, 0);
        const QList<QByteArray> lines = tenants.out.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size() && i <= 600; ++i)
            m_tenantIds << QString::fromLatin1(lines.at(i).left(36));
        QCOMPARE(m_tenantIds.size(), 600);
    }

    // 36,000 rows a file: all of them or none, roll-ups in step.
    void importKilled()
    {
        int interrupted = 0;
        for (int round = 0; round < kKillDelays.size(); ++round) {
            const QString file = usageFile(2020 + round);
            const qint64 before = m_db->count(u"usage_daily"_s);
            interrupted +=
                killAfter({u"import"_s, u"usage"_s, file}, kKillDelays.at(round)) ? 1 : 0;
            QCOMPARE(fault::consistency(*m_db), u"ok"_s);
            const qint64 after = m_db->count(u"usage_daily"_s);
            QVERIFY2(after == before || after == before + 36'000,
                     qPrintable(u"%1 rows after a kill, before %2"_s.arg(after).arg(before)));
            const CliResult rerun = cli().run({u"import"_s, u"usage"_s, file});
            QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
            QCOMPARE(m_db->count(u"usage_daily"_s), before + 36'000);
            QCOMPARE(fault::consistency(*m_db), u"ok"_s);
        }
        QVERIFY2(interrupted > 0, "every import finished before its kill");
    }

    // The report and its file: the report whole or absent, the file
    // complete or absent (a report may be stored while its file is not yet
    // committed: the kill landed between the two commits).
    void generateKilled()
    {
        int interrupted = 0;
        for (const int delay : kKillDelays) {
            QTemporaryDir out;
            const QString path = out.filePath(u"report.csv"_s);
            const qint64 before = m_db->count(u"reports"_s);
            interrupted +=
                killAfter({u"--today"_s, QString::fromLatin1(fault::kToday), u"report"_s,
                           u"generate"_s, u"--name"_s, u"Killed"_s, u"--scope"_s, u"all"_s,
                           u"--period"_s, QString::fromLatin1(fault::kPeriod), u"--out"_s, path},
                          delay)
                    ? 1
                    : 0;
            QCOMPARE(fault::consistency(*m_db), u"ok"_s);
            const qint64 after = m_db->count(u"reports"_s);
            QVERIFY(after == before || after == before + 1);
            const QByteArray written = fault::contents(path);
            QVERIFY2(written.isNull() || written == m_reportCsv, "a partial report file");
            if (!written.isNull())
                QCOMPARE(after, before + 1);
            QCOMPARE(fault::strayFiles(out.path(), {u"report.csv"_s}), QStringList());
            const CliResult rerun =
                cli().run({u"--today"_s, QString::fromLatin1(fault::kToday), u"report"_s,
                           u"generate"_s, u"--name"_s, u"Killed"_s, u"--scope"_s, u"all"_s,
                           u"--period"_s, QString::fromLatin1(fault::kPeriod), u"--out"_s, path});
            QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
            QCOMPARE(fault::contents(path), m_reportCsv);
        }
        QVERIFY2(interrupted > 0, "every generation finished before its kill");
    }

    // Over an older file: it stays as it was or becomes the whole export.
    void exportKilled()
    {
        int interrupted = 0;
        for (const int delay : kKillDelays) {
            QTemporaryDir out;
            const QString path = out.filePath(u"export.csv"_s);
            const QByteArray old = "an older export\r\n";
            {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(old);
            }
            const QStringList exportArgs = {u"report"_s, u"export"_s, QString::number(m_report),
                                            u"--out"_s, path};
            interrupted += killAfter(exportArgs, delay) ? 1 : 0;
            const QByteArray written = fault::contents(path);
            QVERIFY2(written == old || written == m_reportCsv, "a partial export");
            QCOMPARE(fault::strayFiles(out.path(), {u"export.csv"_s}), QStringList());
            QCOMPARE(fault::consistency(*m_db), u"ok"_s);
            const CliResult rerun = cli().run(exportArgs);
            QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
            QCOMPARE(fault::contents(path), m_reportCsv);
        }
        QVERIFY2(interrupted > 0, "every export finished before its kill");
    }

    // Name and time change together with their audit line, or not at all.
    void scheduleEditKilled()
    {
        const QString now = u"2026-03-01T09:30:00Z"_s;
        const CliResult added =
            cli().run({u"--now"_s, now, u"schedule"_s, u"add"_s, u"--name"_s, u"Edited 0"_s,
                       u"--email"_s, u"a@example.com"_s, u"--recurrence"_s, u"daily"_s, u"--time"_s,
                       u"08:00"_s, u"--tz"_s, u"UTC"_s, u"--scope"_s, u"all"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = QString::fromUtf8(added.out.trimmed());
        const QString state = u"SELECT name || '@' || time_of_day FROM schedules WHERE "
                              "schedule_id = %1"_s.arg(id);
        const QString edits = u"SELECT COUNT(*) FROM audit_log WHERE action = 'edit schedule' "
                              "AND outcome = 'allowed'"_s;
        int interrupted = 0;
        for (int round = 0; round < kKillDelays.size(); ++round) {
            const QString oldState = scalar(state);
            const qint64 oldEdits = scalar(edits).toLongLong();
            const QString name = u"Edited %1"_s.arg(round + 1);
            const QString time = u"0%1:15"_s.arg(round + 1);
            const QStringList edit = {u"--now"_s,  now,  u"schedule"_s, u"edit"_s, id,
                                      u"--name"_s, name, u"--time"_s,   time};
            interrupted += killAfter(edit, kKillDelays.at(round)) ? 1 : 0;
            const QString newState = name + u'@' + time;
            const QString current = scalar(state);
            QVERIFY2(current == oldState || current == newState, qPrintable(current));
            QCOMPARE(scalar(edits).toLongLong(), oldEdits + (current == newState ? 1 : 0));
            QCOMPARE(fault::consistency(*m_db), u"ok"_s);
            const CliResult rerun = cli().run(edit);
            QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
            QCOMPARE(scalar(state), newState);
        }
        QVERIFY2(interrupted > 0, "every edit finished before its kill");
    }

    // Killed while the server holds the whole message and has not yet said
    // 250: the next run-due, once the dead claim is stale (15 minutes), must
    // neither send it again nor lose it: it records the run as "unknown".
    void runDueKilledAfterTheMessageWasSent()
    {
        disableAllSchedules();
        SmtpTestServer server;
        QVERIFY2(server.start(u"plain"_s, {u"--data-reply-delay"_s, u"30"_s}),
                 qPrintable(server.errorString()));
        const QString created = u"2026-03-01T09:30:00Z"_s;
        CliResult r =
            cli().run({u"--now"_s, created, u"smtp"_s, u"set"_s, u"--host"_s, u"127.0.0.1"_s,
                       u"--port"_s, QString::number(server.port()), u"--security"_s, u"none"_s,
                       u"--from"_s, u"reports@example.com"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli().run({u"--now"_s, created, u"schedule"_s, u"add"_s, u"--name"_s,
                       u"Delivered once"_s, u"--email"_s, u"billing@example.com"_s,
                       u"--recurrence"_s, u"daily"_s, u"--time"_s, u"08:00"_s, u"--tz"_s, u"UTC"_s,
                       u"--scope"_s, u"all"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray id = r.out.trimmed();
        const QString runs = u"SELECT status FROM schedule_runs WHERE schedule_id = %1 AND "
                             "scheduled_at = '2026-03-02T08:00:00Z'"_s.arg(QString::fromLatin1(id));

        QProcess process;
        fault::start(process, cli(), {u"--now"_s, u"2026-03-02T09:00:00Z"_s, u"run-due"_s});
        QVERIFY2(fault::waitUntil([&] { return server.messages().size() == 1; }, 60'000),
                 "the server never got the message");
        fault::killHard(process);
        QCOMPARE(scalar(runs), u"claimed"_s);
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);

        // The claim is not stale yet: nothing happens.
        r = cli().run({u"--now"_s, u"2026-03-02T09:05:00Z"_s, u"run-due"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray());
        // Stale: taken over, and recorded as unknown rather than sent again.
        r = cli().run({u"--now"_s, u"2026-03-02T09:15:01Z"_s, u"run-due"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, "unknown " + id + " 2026-03-02T08:00:00Z Delivered once\n");
        QVERIFY2(r.err.contains("may or may not have been delivered"), r.err.constData());
        QCOMPARE(scalar(runs), u"unknown"_s);
        QTest::qWait(500);
        QCOMPARE(server.messages().size(), 1);
        // And it stays so.
        r = cli().run({u"--now"_s, u"2026-03-02T10:00:00Z"_s, u"run-due"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(server.messages().size(), 1);
    }

    // Killed at other moments (sign-in, generating, talking to the server):
    // after the takeover the run is delivered exactly once, or is "unknown"
    // when the server already had it; never twice, never lost.
    void runDueKilledAnywhere()
    {
        disableAllSchedules();
        SmtpTestServer server;
        QVERIFY2(server.start(u"plain"_s), qPrintable(server.errorString()));
        const QString created = u"2026-04-01T09:30:00Z"_s;
        CliResult r =
            cli().run({u"--now"_s, created, u"smtp"_s, u"set"_s, u"--host"_s, u"127.0.0.1"_s,
                       u"--port"_s, QString::number(server.port()), u"--security"_s, u"none"_s,
                       u"--from"_s, u"reports@example.com"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int expectedMessages = 0;
        int interrupted = 0;
        for (int round = 0; round < kKillDelays.size(); ++round) {
            r = cli().run({u"--now"_s, created, u"schedule"_s, u"add"_s, u"--name"_s,
                           u"Anywhere %1"_s.arg(round), u"--email"_s, u"billing@example.com"_s,
                           u"--recurrence"_s, u"daily"_s, u"--time"_s, u"08:00"_s, u"--tz"_s,
                           u"UTC"_s, u"--scope"_s, u"all"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QString id = QString::fromUtf8(r.out.trimmed());
            interrupted += killAfter({u"--now"_s, u"2026-04-02T09:00:00Z"_s, u"run-due"_s},
                                     kKillDelays.at(round))
                               ? 1
                               : 0;
            QCOMPARE(fault::consistency(*m_db), u"ok"_s);
            r = cli().run({u"--now"_s, u"2026-04-02T09:15:01Z"_s, u"run-due"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QString status =
                scalar(u"SELECT status FROM schedule_runs WHERE schedule_id = %1"_s.arg(id));
            QVERIFY2(status == u"delivered" || status == u"unknown", qPrintable(status));
            ++expectedMessages;
            const bool arrived = fault::waitUntil(
                [&] { return server.messages().size() >= expectedMessages; }, 5000);
            // "unknown": the kill came after the sending was recorded, just
            // before or after the final "." went out.
            if (status == u"unknown")
                expectedMessages = int(server.messages().size());
            else
                QVERIFY(arrived);
            QCOMPARE(server.messages().size(), expectedMessages);
            // Retire it, so the next round's run-due sees one schedule only.
            QCOMPARE(cli().run({u"schedule"_s, u"disable"_s, id}).exitCode, 0);
        }
        QVERIFY2(interrupted > 0, "every run-due finished before its kill");
    }
};

QTEST_GUILESS_MAIN(TestFaultKill)
#include "tst_fault_kill.moc"
