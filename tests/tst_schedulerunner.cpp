// ScheduleRunner (the run-due engine) on both back ends, against a real SMTP
// server process (tests/support/smtp_server.py): catch-up oldest first with
// each run's own period, attachments equal to the report's export, nothing
// resent, retries after 4xx with the backoff, 5xx final, a server that never
// answers, a dead owner's claim taken over, a drop after DATA left
// "unknown", disabled and re-enabled schedules, retryNow and resend, and
// exactly-once delivery with two runners (threads; on PostgreSQL also two
// usagedesk-cli run-due processes) at once.
#include "AccessTestSupport.h"
#include "CliRunner.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "mail/SmtpClient.h"
#include "reports/ReportExporter.h"
#include "reports/ReportStore.h"
#include "schedules/DeliveryLog.h"
#include "schedules/ScheduleRunLoop.h"
#include "schedules/ScheduleRunner.h"
#include "schedules/ScheduleStore.h"
#include "schedules/SmtpSettingsStore.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace Qt::StringLiterals;
using accesstest::superActor;

#define START(server, ...) QVERIFY2((server).start(__VA_ARGS__), qPrintable((server).errorString()))

namespace {

const QDateTime kCreated(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::UTC);
}

template<typename T>
QString messageOf(const ud::Result<T> &result)
{
    return result ? QString() : result.error().message;
}

QString scalar(const ud::Connection &connection, const QString &sql,
               const QVariantList &values = {})
{
    QSqlQuery query(connection.database());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return u"<error>"_s;
    return query.value(0).toString();
}

} // namespace

class TestScheduleRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_actor;
    QDateTime m_now = kCreated;

    ud::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

    void setUpDatabase()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        m_actor = superActor(*m_connection);
        m_now = kCreated;
        // One tenant whose users differ per day, so each day's report differs.
        ud::Tenant tenant;
        tenant.tenantId = u"00000000-0000-4000-8000-000000000001"_s;
        tenant.hostname = u"acme.example.com"_s;
        tenant.companyName = u"Acme, \"Inc\""_s;
        tenant.contractMode = ud::ContractMode::Production;
        tenant.createdOn = QDate(2020, 1, 1);
        const auto key = ud::TenantStore(*m_connection).upsert(tenant);
        QVERIFY2(key, qPrintable(messageOf(key)));
        auto transaction = ud::Transaction::begin(*m_connection);
        QVERIFY(transaction);
        auto writer = ud::UsageWriter::create(*m_connection);
        QVERIFY(writer);
        for (int day = 1; day <= 31; ++day)
            QVERIFY((*writer)->add({*key, QDate(2026, 3, day), 100 + day, day, 2 * day, 1000}));
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
    }

    void setSmtp(quint16 port)
    {
        ud::SmtpSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = port;
        settings.security = ud::SmtpSettings::Security::None;
        settings.fromAddress = u"reports@example.com"_s;
        const ud::Status saved =
            ud::SmtpSettingsStore(*m_connection, m_actor, clock()).save(settings);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    qint64 addDaily(const QString &name, bool enabled = true)
    {
        ud::Schedule s;
        s.name = name;
        s.recipients = {u"billing@example.com"_s, u"boss@example.org"_s};
        s.recurrence = ud::Recurrence::Daily;
        s.timeOfDay = QTime(8, 0);
        s.timeZone = "UTC";
        s.scope = u"all"_s;
        s.delimiter = u"semicolon"_s;
        s.bom = true;
        s.enabled = enabled;
        const auto id = ud::ScheduleStore(*m_connection, m_actor, clock()).add(s);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // Short timeouts so a silent server is given up on quickly.
    static ud::RunnerOptions options(const QString &instance = u"test:1:a"_s)
    {
        ud::RunnerOptions o;
        o.instanceId = instance;
        o.password = [](const ud::SmtpSettings &) -> ud::Result<QString> {
            return QString();
        };
        o.send = [](const ud::SmtpSettings &settings, const QString &password,
                    const QStringList &recipients, const QByteArray &message,
                    const ud::CancellationFlag *cancel,
                    const ud::SmtpClient::BeforeFinalDot &beforeFinalDot) {
            ud::SmtpSettings quick = settings;
            quick.connectTimeoutMs = 2000;
            quick.replyTimeoutMs = 1500;
            return ud::SmtpClient::send(quick, password, recipients, message, cancel,
                                        beforeFinalDot);
        };
        return o;
    }

    ud::Result<ud::RunSummary> runDue(const QString &instance = u"test:1:a"_s)
    {
        ud::ScheduleRunner runner(*m_connection, m_actor, clock(), options(instance));
        return runner.runDue();
    }

    QString runStatus(qint64 scheduleId, const QDateTime &instant)
    {
        return scalar(*m_connection,
                      u"SELECT status FROM schedule_runs WHERE schedule_id = ? AND "
                      "scheduled_at = ?"_s,
                      {scheduleId, ud::ScheduleRunner::runKey(instant)});
    }

    QByteArray exportOf(qint64 reportId)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const ud::Status exported = ud::ReportExporter(*m_connection, clock())
                                        .exportReport(m_actor, reportId, buffer, true);
        if (!exported)
            qWarning("%s", qPrintable(exported.error().message));
        return bytes;
    }

private Q_SLOTS:
    void init() { setUpDatabase(); }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
    }

    void catchUpDeliversOldestFirstWithOwnPeriods()
    {
        SmtpTestServer server;
        START(server, u"plain"_s);
        setSmtp(server.port());
        const qint64 id = addDaily(u"Daily billing"_s);
        QVERIFY(id > 0);

        m_now = kCreated.addDays(3); // 2026-03-04 09:30: runs on the 2nd, 3rd, 4th at 08:00
        const auto summary = runDue();
        QVERIFY2(summary, qPrintable(messageOf(summary)));
        QCOMPARE(summary->delivered, 3);
        QCOMPARE(summary->retrying + summary->failed + summary->unknown, 0);
        QCOMPARE(summary->events.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(summary->events.at(i).scheduledAt, at(2 + i, 8));
            QCOMPARE(summary->events.at(i).status, u"delivered"_s);
            QCOMPARE(summary->events.at(i).scheduleName, u"Daily billing"_s);
        }

        const QList<SmtpTestServer::Message> messages = server.messages();
        QCOMPARE(messages.size(), 3);
        const auto log = ud::DeliveryLog(*m_connection, m_actor).runs(id);
        QVERIFY(log);
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->first().scheduledAt, at(4, 8)); // newest first
        QSet<QString> ids;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject mail = SmtpTestServer::parseMail(messages.at(i).eml);
            const QDate day(2026, 3, 1 + i); // the run on day R covers R-1
            const QString dayText = day.toString(Qt::ISODate);
            const QJsonObject headers = mail.value(u"headers"_s).toObject();
            QCOMPARE(headers.value(u"Subject"_s).toString(),
                     u"Usage report: Daily billing (%1)"_s.arg(dayText));
            QCOMPARE(headers.value(u"Message-ID"_s).toString(),
                     ud::ScheduleRunner::messageId(id, at(2 + i, 8)));
            ids.insert(headers.value(u"Message-ID"_s).toString());
            QCOMPARE(messages.at(i).recipients,
                     QStringList({u"billing@example.com"_s, u"boss@example.org"_s}));
            QVERIFY(mail.value(u"body"_s).toString().contains(u"Period: "_s + dayText));
            const QJsonArray attachments = mail.value(u"attachments"_s).toArray();
            QCOMPARE(attachments.size(), 1);
            const QJsonObject attachment = attachments.at(0).toObject();
            QCOMPARE(attachment.value(u"filename"_s).toString(),
                     u"Daily billing %1.csv"_s.arg(dayText));
            const QByteArray data =
                QByteArray::fromBase64(attachment.value(u"data"_s).toString().toLatin1());

            const ud::ScheduleRunRecord &run = log->at(2 - i);
            QCOMPARE(run.periodStart, day);
            QCOMPARE(run.periodEnd, day);
            QCOMPARE(run.status, u"delivered"_s);
            QCOMPARE(run.attempts, 1);
            QVERIFY(run.finishedAt.isValid());
            QVERIFY(run.reportId > 0);
            QCOMPARE(data, exportOf(run.reportId));
            QVERIFY(data.startsWith("\xEF\xBB\xBF"));                    // the schedule's BOM
            QVERIFY(data.contains(QByteArray::number(100 + day.day()))); // that day's users
            const auto attempts =
                ud::DeliveryLog(*m_connection, m_actor).attempts(id, run.scheduledAt);
            QVERIFY(attempts);
            QCOMPARE(attempts->size(), 1);
            QCOMPARE(attempts->first().outcome, u"delivered"_s);
            QVERIFY2(attempts->first().reply.contains(u"S: 250"_s),
                     qPrintable(attempts->first().reply));
        }
        QCOMPARE(ids.size(), 3);

        // Again, and later the same day: nothing is resent.
        for (int i = 0; i < 2; ++i) {
            const auto again = runDue(u"test:2:b"_s);
            QVERIFY(again);
            QCOMPARE(again->events.size(), 0);
            m_now = m_now.addSecs(3600);
        }
        QCOMPARE(server.messages().size(), 3);
        QCOMPARE(m_db->count(u"reports"_s), 3);
        QCOMPARE(m_db->count(u"delivery_attempts"_s), 3);
    }

    void temporaryFailureIsRetriedOnce()
    {
        SmtpTestServer server;
        START(server, u"plain"_s, {u"--first-data-reply"_s, u"451 4.3.0 try again later"_s});
        setSmtp(server.port());
        const qint64 id = addDaily(u"Retried"_s);
        m_now = at(2, 9, 30);
        auto summary = runDue();
        QVERIFY2(summary, qPrintable(messageOf(summary)));
        QCOMPARE(summary->retrying, 1);
        QCOMPARE(summary->delivered, 0);
        QCOMPARE(runStatus(id, at(2, 8)), u"retrying"_s);
        auto log = ud::DeliveryLog(*m_connection, m_actor).runs(id);
        QVERIFY(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().nextAttemptAt, m_now.addSecs(60)); // first delay: 1 minute
        QVERIFY2(log->first().lastReply.contains(u"451"_s), qPrintable(log->first().lastReply));
        const qint64 reportId = log->first().reportId;
        QVERIFY(reportId > 0);

        // Before the next attempt is due: nothing.
        m_now = m_now.addSecs(59);
        summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->events.size(), 0);
        QCOMPARE(server.messages().size(), 0);

        m_now = m_now.addSecs(1);
        summary = runDue(u"test:2:b"_s);
        QVERIFY(summary);
        QCOMPARE(summary->delivered, 1);
        QCOMPARE(server.messages().size(), 1);
        log = ud::DeliveryLog(*m_connection, m_actor).runs(id);
        QCOMPARE(log->first().status, u"delivered"_s);
        QCOMPARE(log->first().attempts, 2);
        QCOMPARE(log->first().reportId, reportId); // the same snapshot
        QCOMPARE(m_db->count(u"reports"_s), 1);
        const auto attempts = ud::DeliveryLog(*m_connection, m_actor).attempts(id, at(2, 8));
        QCOMPARE(attempts->size(), 2);
        QCOMPARE(attempts->at(0).outcome, u"temporary"_s);
        QCOMPARE(attempts->at(1).outcome, u"delivered"_s);

        m_now = m_now.addSecs(7200);
        QCOMPARE(runDue()->events.size(), 0);
        QCOMPARE(server.messages().size(), 1);
    }

    void backoffGrowsAndEndsAfterADay()
    {
        QCOMPARE(ud::ScheduleRunner::retryDelaySeconds(1), 60);
        QCOMPARE(ud::ScheduleRunner::retryDelaySeconds(2), 300);
        QCOMPARE(ud::ScheduleRunner::retryDelaySeconds(3), 900);
        QCOMPARE(ud::ScheduleRunner::retryDelaySeconds(4), 3600);
        QCOMPARE(ud::ScheduleRunner::retryDelaySeconds(30), 3600);

        // No SMTP server set: a temporary failure retried until a day after
        // the scheduled instant, then failed.
        const qint64 id = addDaily(u"Unconfigured"_s);
        m_now = at(2, 8, 0, 5);
        auto summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->retrying, 1);
        QVERIFY2(summary->events.first().message.contains(u"no SMTP server"_s),
                 qPrintable(summary->events.first().message));
        int passes = 0;
        while (runStatus(id, at(2, 8)) == u"retrying" && passes < 100) {
            m_now = m_now.addSecs(3600);
            summary = runDue();
            QVERIFY(summary);
            ++passes;
        }
        QCOMPARE(runStatus(id, at(2, 8)), u"failed"_s);
        QVERIFY(m_now <= at(3, 9, 30));
        QVERIFY(m_now >= at(3, 7));
    }

    void permanentFailureIsNotRetried()
    {
        SmtpTestServer server;
        START(server, u"plain"_s, {u"--first-data-reply"_s, u"550 5.7.1 not accepted"_s});
        setSmtp(server.port());
        const qint64 id = addDaily(u"Refused"_s);
        m_now = at(2, 9, 30);
        auto summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->failed, 1);
        QCOMPARE(runStatus(id, at(2, 8)), u"failed"_s);
        m_now = m_now.addSecs(6 * 3600);
        summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->events.size(), 0);
        QCOMPARE(m_db->count(u"delivery_attempts"_s), 1);
        const auto attempts = ud::DeliveryLog(*m_connection, m_actor).attempts(id, at(2, 8));
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->first().outcome, u"permanent"_s);
        QVERIFY(attempts->first().reply.contains(u"550"_s));
    }

    void permanentFailureExitsSixThroughTheCli()
    {
        SmtpTestServer server;
        START(server, u"plain"_s, {u"--first-data-reply"_s, u"550 5.7.1 not accepted"_s});
        CliRunner cli(m_db->cliTarget());
        CliResult r =
            cli.run({u"--now"_s, u"2026-03-01T09:30:00Z"_s, u"smtp"_s, u"set"_s, u"--host"_s,
                     u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()), u"--security"_s,
                     u"none"_s, u"--from"_s, u"reports@example.com"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli.run({u"--now"_s, u"2026-03-01T09:30:00Z"_s, u"schedule"_s, u"add"_s, u"--name"_s,
                     u"Cli refused"_s, u"--email"_s, u"a@example.com"_s, u"--recurrence"_s,
                     u"daily"_s, u"--time"_s, u"08:00"_s, u"--tz"_s, u"UTC"_s, u"--scope"_s,
                     u"all"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray id = r.out.trimmed();
        r = cli.run({u"--now"_s, u"2026-03-03T09:00:00Z"_s, u"run-due"_s});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.out, "failed " + id +
                            " 2026-03-02T08:00:00Z Cli refused\n"
                            "delivered " +
                            id + " 2026-03-03T08:00:00Z Cli refused\n");
        QVERIFY2(r.err.contains("550"), r.err.constData());
        // Nothing more is due: exit 0, nothing printed, nothing resent.
        r = cli.run({u"--now"_s, u"2026-03-03T10:00:00Z"_s, u"run-due"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(server.messages().size(), 1);
        r = cli.run({u"run-due"_s, u"extra"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void silentServerTimesOutAndDeadClaimIsTakenOver()
    {
        SmtpTestServer server;
        START(server, u"plain"_s, {u"--slow-bytes-per-second"_s, u"0.5"_s});
        setSmtp(server.port());
        const qint64 id = addDaily(u"Silent"_s);
        m_now = at(2, 9, 30);
        QElapsedTimer timer;
        timer.start();
        auto summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->retrying, 1);
        QVERIFY(timer.elapsed() < 10'000);
        QCOMPARE(runStatus(id, at(2, 8)), u"retrying"_s);
        const auto attempts = ud::DeliveryLog(*m_connection, m_actor).attempts(id, at(2, 8));
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->first().outcome, u"temporary"_s);
        // Nothing is left "claimed" for a restart to trip over.
        QCOMPARE(
            scalar(*m_connection, u"SELECT COUNT(*) FROM schedule_runs WHERE status = 'claimed'"_s),
            u"0"_s);

        // A dead owner's claim of the next run (it crashed 10 minutes ago).
        QSqlQuery insert(m_connection->database());
        insert.prepare(u"INSERT INTO schedule_runs (schedule_id, scheduled_at, period_start, "
                       "period_end, status, claimed_by, claimed_at) VALUES (?, ?, "
                       "'2026-03-02', '2026-03-02', 'claimed', 'dead:1:x', ?)"_s);
        insert.addBindValue(id);
        insert.addBindValue(ud::ScheduleRunner::runKey(at(3, 8)));
        insert.addBindValue(ud::ScheduleRunner::runKey(at(3, 8, 1)));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        SmtpTestServer good;
        START(good, u"plain"_s);
        setSmtp(good.port());
        m_now = at(3, 8, 11); // claimed 10 minutes ago: its owner may still be at work
        summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->delivered, 1); // the first run's retry only
        QCOMPARE(summary->events.first().scheduledAt, at(2, 8));
        QCOMPARE(runStatus(id, at(3, 8)), u"claimed"_s);
        m_now = at(3, 8, 16, 1); // 15 minutes: taken over
        summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->delivered, 1);
        QCOMPARE(summary->events.first().scheduledAt, at(3, 8));
        QCOMPARE(runStatus(id, at(3, 8)), u"delivered"_s);
        QCOMPARE(good.messages().size(), 2);
    }

    void sigintLeavesTheRunToRetry()
    {
        SmtpTestServer slow;
        START(slow, u"plain"_s, {u"--slow-bytes-per-second"_s, u"0.2"_s});
        setSmtp(slow.port());
        const qint64 id = addDaily(u"Interrupted"_s);
        CliRunner cli(m_db->cliTarget());
        QProcess process;
        process.setProcessEnvironment(cli.environment());
        process.start(CliRunner::executable(),
                      cli.withDatabase({u"--now"_s, u"2026-03-02T09:00:00Z"_s, u"run-due"_s}));
        QVERIFY(process.waitForStarted());
        // Interrupted while the run is claimed (waiting for the slow greeting).
        QElapsedTimer timer;
        timer.start();
        while (runStatus(id, at(2, 8)) != u"claimed" && timer.elapsed() < 20'000)
            QTest::qWait(20);
        QCOMPARE(runStatus(id, at(2, 8)), u"claimed"_s);
        QTest::qWait(300);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(timer.elapsed() < 25'000); // not the 60 s reply timeout
        QCOMPARE(runStatus(id, at(2, 8)), u"retrying"_s);

        // The next run-due takes it at once.
        SmtpTestServer good;
        START(good, u"plain"_s);
        setSmtp(good.port());
        const CliResult r = cli.run({u"--now"_s, u"2026-03-02T09:00:00Z"_s, u"run-due"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 "delivered " + QByteArray::number(id) + " 2026-03-02T08:00:00Z Interrupted\n");
        QCOMPARE(good.messages().size(), 1);
    }

    void dropAfterDataIsUnknownAndNotResent()
    {
        SmtpTestServer server;
        START(server, u"plain"_s, {u"--drop-after-data"_s});
        setSmtp(server.port());
        const qint64 id = addDaily(u"Dropped"_s);
        m_now = at(2, 9, 30);
        auto summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->unknown, 1);
        QCOMPARE(runStatus(id, at(2, 8)), u"unknown"_s);
        m_now = at(2, 20);
        summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->events.size(), 0);
        QCOMPARE(m_db->count(u"delivery_attempts"_s), 1);
        const auto attempts = ud::DeliveryLog(*m_connection, m_actor).attempts(id, at(2, 8));
        QCOMPARE(attempts->first().outcome, u"unknown"_s);

        // An administrator decides to retry it.
        SmtpTestServer good;
        START(good, u"plain"_s);
        setSmtp(good.port());
        ud::ScheduleRunner runner(*m_connection, m_actor, clock(), options());
        QVERIFY(!runner.resend(id, at(2, 8))); // not delivered
        const ud::Status retried = runner.retryNow(id, at(2, 8));
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QVERIFY(m_db->auditLog().contains(u"retry scheduled run"_s));
        summary = runDue();
        QCOMPARE(summary->delivered, 1);
        QCOMPARE(good.messages().size(), 1);
        QVERIFY(!runner.retryNow(id, at(2, 8))); // delivered: nothing to retry
        QCOMPARE(runner.retryNow(id, at(5, 8)).error().kind, ud::ErrorKind::NotFound);

        // A deliberate resend: same Message-ID, logged, still delivered.
        const ud::Status resent = runner.resend(id, at(2, 8));
        QVERIFY2(resent, qPrintable(resent ? QString() : resent.error().message));
        QCOMPARE(good.messages().size(), 2);
        const QJsonObject first = SmtpTestServer::parseMail(good.messages().at(0).eml);
        const QJsonObject second = SmtpTestServer::parseMail(good.messages().at(1).eml);
        QCOMPARE(first[u"headers"_s][u"Message-ID"_s], second[u"headers"_s][u"Message-ID"_s]);
        QCOMPARE(first[u"attachments"_s], second[u"attachments"_s]);
        QCOMPARE(runStatus(id, at(2, 8)), u"delivered"_s);
        const auto log = ud::DeliveryLog(*m_connection, m_actor).attempts(id, at(2, 8));
        QCOMPARE(log->size(), 3);
        QVERIFY(log->last().reply.startsWith(u"resend: "_s));
        QVERIFY(m_db->auditLog().contains(u"resend scheduled run"_s));

        // Without scheduled_tasks:edit: refused.
        const qint64 role = accesstest::addRole(*m_connection, u"Viewers"_s,
                                                accesstest::grants({u"scheduled_tasks:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"viewer"_s, role);
        ud::ScheduleRunner viewer(*m_connection, accesstest::actorOf(*m_connection, u"viewer"_s),
                                  clock(), options());
        QCOMPARE(viewer.resend(id, at(2, 8)).error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(viewer.retryNow(id, at(2, 8)).error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(viewer.runDue().error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(good.messages().size(), 2);
    }

    void disabledScheduleDoesNotReplay()
    {
        SmtpTestServer server;
        START(server, u"plain"_s);
        setSmtp(server.port());
        const qint64 id = addDaily(u"Paused"_s, false);
        m_now = at(3, 9, 30);
        auto summary = runDue();
        QVERIFY(summary);
        QCOMPARE(summary->events.size(), 0);
        QCOMPARE(m_db->count(u"schedule_runs"_s), 0);

        QVERIFY(ud::ScheduleStore(*m_connection, m_actor, clock()).setEnabled(id, true));
        summary = runDue();
        QCOMPARE(summary->events.size(), 0); // the 2nd and 3rd are not replayed
        m_now = at(5, 9, 30);
        summary = runDue();
        QCOMPARE(summary->delivered, 2);
        QCOMPARE(summary->events.at(0).scheduledAt, at(4, 8));
        QCOMPARE(summary->events.at(1).scheduledAt, at(5, 8));
        QCOMPARE(server.messages().size(), 2);

        // Disabled again: its runs stop.
        QVERIFY(ud::ScheduleStore(*m_connection, m_actor, clock()).setEnabled(id, false));
        m_now = at(9, 9);
        QCOMPARE(runDue()->events.size(), 0);
        QCOMPARE(server.messages().size(), 2);
    }

    void runLoopCatchesUpOnStartAndStops()
    {
        SmtpTestServer server;
        START(server, u"plain"_s);
        setSmtp(server.port());
        const qint64 id = addDaily(u"Looped"_s);
        QVERIFY(id > 0);
        const QDateTime now = at(4, 9);
        ud::ScheduleRunLoop loop(
            m_db->target(), m_actor, [now] { return now; }, nullptr, options(u"loop:1:a"_s));
        QSignalSpy started(&loop, &ud::ScheduleRunLoop::runStarted);
        QSignalSpy finished(&loop, &ud::ScheduleRunLoop::runFinished);
        QSignalSpy events(&loop, &ud::ScheduleRunLoop::runEvent);
        QSignalSpy failed(&loop, &ud::ScheduleRunLoop::runFailed);
        loop.start(3600);
        QVERIFY(finished.wait(60'000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(started.size(), 1);
        const auto summary = finished.first().first().value<ud::RunSummary>();
        QCOMPARE(summary.delivered, 3);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.first().first().value<ud::RunEvent>().scheduledAt, at(2, 8));
        QCOMPARE(server.messages().size(), 3);

        // runNow: nothing more is due; after stop() no pass starts.
        loop.runNow();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().first().value<ud::RunSummary>().events.size(), 0);
        loop.stop();
        loop.runNow();
        QTest::qWait(200);
        QCOMPARE(started.size(), 2);
        QVERIFY(!loop.isRunning());
    }

    void exactlyOnceUnderConcurrency()
    {
        SmtpTestServer server;
        START(server, u"plain"_s);
        setSmtp(server.port());
        for (int i = 0; i < 4; ++i)
            QVERIFY(addDaily(u"Concurrent %1"_s.arg(i)) > 0);
        m_now = at(6, 9); // 5 runs each: 20
        const ud::Actor actor = m_actor;
        const QDateTime now = m_now;
        ud::RunSummary summaries[2];
        QString errors[2];
        auto work = [&](int n) {
            auto connection = m_db->connect(u"runner %1"_s.arg(n));
            ud::ScheduleRunner runner(
                *connection, actor, [now] { return now; }, options(u"thread:%1"_s.arg(n)));
            const auto summary = runner.runDue();
            if (summary)
                summaries[n] = *summary;
            else
                errors[n] = summary.error().message;
        };
        std::unique_ptr<QThread> a(QThread::create(work, 0));
        std::unique_ptr<QThread> b(QThread::create(work, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(240'000));
        QVERIFY(b->wait(240'000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(summaries[0].delivered + summaries[1].delivered, 20);
        QCOMPARE(summaries[0].failed + summaries[1].failed + summaries[0].retrying +
                     summaries[1].retrying,
                 0);
        qInfo("thread 0 delivered %d, thread 1 %d", summaries[0].delivered, summaries[1].delivered);
        QSet<QString> ids;
        for (const SmtpTestServer::Message &m : server.messages()) {
            const QJsonObject mail = SmtpTestServer::parseMail(m.eml);
            ids.insert(mail[u"headers"_s][u"Message-ID"_s].toString());
        }
        QCOMPARE(server.messages().size(), 20);
        QCOMPARE(ids.size(), 20);
        QCOMPARE(m_db->count(u"reports"_s), 20);

        if (TestDatabase::backend() != ud::Backend::Postgres)
            return;
        // Two processes on one PostgreSQL database (as two machines would).
        for (int i = 4; i < 8; ++i)
            QVERIFY(addDaily(u"Concurrent %1"_s.arg(i)) > 0); // active since --now below
        CliRunner cli(m_db->cliTarget());
        QProcess p[2];
        for (QProcess &process : p) {
            process.setProcessEnvironment(cli.environment());
            process.start(CliRunner::executable(),
                          cli.withDatabase({u"--now"_s, u"2026-03-11T09:00:00Z"_s, u"run-due"_s}));
        }
        QByteArray out;
        for (QProcess &process : p) {
            QVERIFY(process.waitForFinished(240'000));
            QCOMPARE(process.exitCode(), 0);
            out += process.readAllStandardOutput();
        }
        // 4 old schedules x 5 more days + 4 new ones (active since the 6th 09:00) x 5.
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 40);
        QSet<QByteArray> keys;
        for (const QByteArray &line : lines) {
            QVERIFY2(line.startsWith("delivered "), line.constData());
            keys.insert(line.split(' ').mid(1, 2).join(' '));
        }
        QCOMPARE(keys.size(), 40);
        ids.clear();
        for (const SmtpTestServer::Message &m : server.messages())
            ids.insert(SmtpTestServer::parseMail(m.eml)[u"headers"_s][u"Message-ID"_s].toString());
        QCOMPARE(server.messages().size(), 60);
        QCOMPARE(ids.size(), 60);
    }
};

QTEST_GUILESS_MAIN(TestScheduleRunner)
#include "tst_schedulerunner.moc"
