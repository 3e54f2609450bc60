// usagedesk-bench rundue: N daily schedules all due once, delivered by one
// `usagedesk-cli run-due` to the real SMTP test server
// (tests/support/smtp_server.py, which saves every accepted message). The
// value is run-due's wall time; the received messages are counted: exactly
// one per schedule (each has its own recipient), or the bench exits 1.
// Baseline: the first received message sent N times straight with
// SmtpClient to the same server, i.e. the cost of SMTP alone; the ratio is
// what report generation, the run bookkeeping and the claims add
// (docs/benchmarks.md, "run-due").

#include "BenchProcess.h"
#include "BenchReport.h"
#include "access/SignIn.h"
#include "mail/SmtpClient.h"
#include "schedules/ScheduleStore.h"
#include "schedules/SmtpSettingsStore.h"
#include "storage/Connection.h"
#include "storage/DatabaseTarget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Schedules are made on 1 March; run-due runs at 08:30 on 2 March, half an
// hour after each schedule's first run.
const QDateTime kCreated(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
const QString kRunDueNow = u"2026-03-02T08:30:00Z"_s;

QString recipientOf(int i)
{
    return u"billing-%1@example.com"_s.arg(i);
}

// The SMTP test server on a free loopback port; killed in the destructor.
class SmtpServer
{
public:
    explicit SmtpServer(const QString &outDir)
    {
        // Debian's python3 has python3-aiosmtpd; a python3 earlier in PATH
        // (pyenv) may not, so /usr/bin first, as the tests do.
        QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
        if (python.isEmpty())
            python = QStandardPaths::findExecutable(u"python3"_s);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(python, {QStringLiteral(USAGEDESK_SMTP_SERVER_PATH), u"--out"_s, outDir});
        if (!m_process.waitForStarted())
            return;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) {
        }
        m_port = quint16(m_process.readLine().trimmed().toUInt());
    }
    ~SmtpServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

struct Received
{
    int messages = 0;
    QSet<QString> recipients;
    int duplicates = 0;
};

Received countReceived(const QString &outDir)
{
    Received received;
    const QDir dir(outDir);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++received.messages;
        const QJsonArray to =
            QJsonDocument::fromJson(file.readAll()).object().value(u"rcpt_tos"_s).toArray();
        for (const QJsonValue address : to) {
            if (received.recipients.contains(address.toString()))
                ++received.duplicates;
            received.recipients.insert(address.toString());
        }
    }
    return received;
}

int runRunDueBench(const QStringList &args)
{
    int count = 1000;
    if (args.size() == 2 && args[0] == u"--schedules"_s) {
        bool ok = false;
        count = args[1].toInt(&ok);
        if (!ok || count < 1)
            return 2;
    } else if (!args.isEmpty()) {
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 5;
    const QString outDir = dir.filePath(u"mail"_s);
    SmtpServer server(outDir);
    if (server.port() == 0) {
        std::fputs("the SMTP test server did not start (python3-aiosmtpd?)\n", stderr);
        return 5;
    }
    const QString database = dir.filePath(u"rundue-bench.sqlite"_s);
    if (runTimed(QStringList{u"--db"_s, database} + benchInitArguments()) < 0)
        return 5;
    // A small usage set: the bench is about the runs, not the report size.
    if (runTimed({u"--db"_s, database, u"seed"_s, u"--tenants"_s, u"50"_s, u"--days"_s, u"60"_s,
                  u"--end"_s, u"2026-03-01"_s}) < 0)
        return 5;

    const auto target = ud::DatabaseTarget::parse(database);
    if (!target)
        return 5;
    auto connection = ud::Connection::open(*target, u"rundue-bench"_s);
    if (!connection)
        return 5;
    const ud::Clock clock = [] {
        return kCreated;
    };
    const auto actor = ud::SignIn(**connection, clock).signIn(benchUser(), benchPassword());
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 3;
    }
    ud::SmtpSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = server.port();
    settings.security = ud::SmtpSettings::Security::None;
    settings.fromAddress = u"reports@example.com"_s;
    if (const ud::Status saved = ud::SmtpSettingsStore(**connection, *actor, clock).save(settings);
        !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 5;
    }
    ud::ScheduleStore schedules(**connection, *actor, clock);
    for (int i = 0; i < count; ++i) {
        ud::Schedule schedule;
        schedule.name = u"Bench schedule %1"_s.arg(i);
        schedule.recipients = {recipientOf(i)};
        schedule.recurrence = ud::Recurrence::Daily;
        schedule.timeOfDay = QTime(8, 0);
        schedule.timeZone = "UTC";
        if (const auto id = schedules.add(schedule); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 5;
        }
    }

    QByteArray out;
    const double seconds =
        runTimed({u"--db"_s, database, u"--now"_s, kRunDueNow, u"run-due"_s}, &out);
    int deliveredLines = 0;
    for (const QByteArray &line : out.split('\n'))
        deliveredLines += line.startsWith("delivered ") ? 1 : 0;
    const Received received = countReceived(outDir);
    int missing = 0;
    for (int i = 0; i < count; ++i)
        missing += received.recipients.contains(recipientOf(i)) ? 0 : 1;
    const bool exact = seconds >= 0 && received.messages == count && received.duplicates == 0 &&
                       missing == 0 && deliveredLines == count;

    // The baseline: the same bytes, N times, SMTP only.
    QFile first(QDir(outDir).filePath(u"0001.eml"_s));
    double baseline = 0;
    if (first.open(QIODevice::ReadOnly)) {
        const QByteArray message = first.readAll();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            const ud::SmtpOutcome sent =
                ud::SmtpClient::send(settings, QString(), {u"baseline@example.com"_s}, message);
            if (sent.result != ud::SmtpOutcome::Result::Delivered)
                return 5;
        }
        baseline = double(timer.nsecsElapsed()) / 1e9;
    }

    QJsonObject details;
    details.insert(u"schedules"_s, count);
    details.insert(u"received"_s, received.messages);
    details.insert(u"duplicates"_s, received.duplicates);
    details.insert(u"missing"_s, missing);
    details.insert(u"delivered_lines"_s, deliveredLines);
    details.insert(u"exactly_once"_s, exact);
    printBenchResult({u"rundue-%1"_s.arg(count), seconds, u"s"_s, baseline}, details);
    return exact ? 0 : 1;
}

} // namespace

BenchCommand runDueBenchCommand()
{
    return {u"rundue"_s,
            u"rundue [--schedules N]   N due schedules through run-due to the SMTP test server "
            "(default 1000)"_s,
            runRunDueBench};
}
