// SMTP servers that misbehave, driven through `usagedesk-cli run-due` and
// `smtp test` on both back ends: one that answers one byte per second and one
// that hangs up right after EHLO. The command must come back within the
// reply timeout (USAGEDESK_SMTP_REPLY_TIMEOUT_MS, 3 s here) with a clear
// message, the run recorded as a temporary failure to retry (schedules.md),
// and the retry must deliver once the server behaves.
#include "FaultSupport.h"
#include "SmtpTestServer.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultSmtp : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    CliRunner cli() const
    {
        CliRunner runner(m_db->cliTarget());
        runner.environment().insert(u"USAGEDESK_SMTP_REPLY_TIMEOUT_MS"_s, u"3000"_s);
        return runner;
    }

    void useServer(quint16 port)
    {
        const CliResult r =
            cli().run({u"--now"_s, u"2026-03-01T09:30:00Z"_s, u"smtp"_s, u"set"_s, u"--host"_s,
                       u"127.0.0.1"_s, u"--port"_s, QString::number(port), u"--security"_s,
                       u"none"_s, u"--from"_s, u"reports@example.com"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    QStringList runRow(const QString &id) const
    {
        auto connection = m_db->connect(u"check"_s);
        QSqlQuery query(connection->database());
        query.prepare(u"SELECT r.status, r.attempts, COALESCE(r.next_attempt_at, ''), "
                      "(SELECT COUNT(*) FROM delivery_attempts a WHERE a.schedule_id = "
                      "r.schedule_id AND a.outcome = 'temporary') FROM schedule_runs r WHERE "
                      "r.schedule_id = ?"_s);
        query.addBindValue(id.toLongLong());
        if (!query.exec() || !query.next())
            return {};
        return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        fault::seed(*m_db, 50, 10);
    }

    void badServerIsRetriedThenDelivered_data()
    {
        QTest::addColumn<QStringList>("fault");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("one byte per second") << QStringList{u"--slow-bytes-per-second"_s, u"1"_s}
                                             << QByteArray("no reply within 3 s");
        QTest::newRow("closes after EHLO") << QStringList{u"--close-after-ehlo"_s}
                                           << QByteArray("the server closed the connection");
    }

    void badServerIsRetriedThenDelivered()
    {
        QFETCH(QStringList, fault);
        QFETCH(QByteArray, message);
        SmtpTestServer bad;
        QVERIFY2(bad.start(u"plain"_s, fault), qPrintable(bad.errorString()));
        useServer(bad.port());
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        CliResult r =
            cli().run({u"--now"_s, u"2026-03-01T09:30:00Z"_s, u"schedule"_s, u"add"_s, u"--name"_s,
                       name, u"--email"_s, u"billing@example.com"_s, u"--recurrence"_s, u"daily"_s,
                       u"--time"_s, u"08:00"_s, u"--tz"_s, u"UTC"_s, u"--scope"_s, u"all"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());

        QElapsedTimer timer;
        timer.start();
        r = cli().run({u"--now"_s, u"2026-03-02T09:00:00Z"_s, u"run-due"_s});
        QVERIFY2(timer.elapsed() < 20'000, "run-due hung on the server");
        QVERIFY2(r.exitCode == 0, r.err.constData()); // a retry is not a failure for good
        QCOMPARE(r.out, (u"retrying %1 2026-03-02T08:00:00Z %2\n"_s.arg(id, name)).toUtf8());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(
            r.err.contains(QByteArray(QByteArray("127.0.0.1:") + QByteArray::number(bad.port()))),
            r.err.constData());
        // Retried in a minute (schedules.md: 1, 5, 15, 60 minutes...).
        QCOMPARE(runRow(id),
                 (QStringList{u"retrying"_s, u"1"_s, u"2026-03-02T09:01:00Z"_s, u"1"_s}));
        QCOMPARE(bad.messages().size(), 0);

        // Not yet due again; then due, and the server is fixed.
        r = cli().run({u"--now"_s, u"2026-03-02T09:00:30Z"_s, u"run-due"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        SmtpTestServer good;
        QVERIFY2(good.start(u"plain"_s), qPrintable(good.errorString()));
        useServer(good.port());
        r = cli().run({u"--now"_s, u"2026-03-02T09:01:00Z"_s, u"run-due"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, (u"delivered %1 2026-03-02T08:00:00Z %2\n"_s.arg(id, name)).toUtf8());
        QCOMPARE(good.messages().size(), 1);
        QCOMPARE(runRow(id).value(0), u"delivered"_s);
        QCOMPARE(cli().run({u"schedule"_s, u"disable"_s, id}).exitCode, 0);
    }

    // `smtp test` is one attempt: it fails with exit 6 and says why.
    void smtpTestFailsQuickly_data() { badServerIsRetriedThenDelivered_data(); }

    void smtpTestFailsQuickly()
    {
        QFETCH(QStringList, fault);
        QFETCH(QByteArray, message);
        SmtpTestServer bad;
        QVERIFY2(bad.start(u"plain"_s, fault), qPrintable(bad.errorString()));
        useServer(bad.port());
        QElapsedTimer timer;
        timer.start();
        const CliResult r = cli().run({u"smtp"_s, u"test"_s, u"--to"_s, u"admin@example.com"_s});
        QVERIFY2(timer.elapsed() < 20'000, "smtp test hung on the server");
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestFaultSmtp)
#include "tst_fault_smtp.moc"
