#include "FaultSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

namespace fault {

namespace {

// The first value of `sql`, or a note that the query itself failed.
QString scalar(const ud::Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return u"<query failed: %1>"_s.arg(sql);
    return query.value(0).toString();
}

} // namespace

void seed(const TestDatabase &db, int tenants, int days)
{
    const CliRunner cli(db.cliTarget());
    const CliResult result = cli.run({u"seed"_s, u"--tenants"_s, QString::number(tenants),
                                      u"--days"_s, QString::number(days), u"--seed"_s, u"7"_s,
                                      u"--end"_s, QString::fromLatin1(kSeedEnd)});
    if (result.exitCode != 0)
        qFatal("seed failed: %s", result.err.constData());
}

qint64 generateReport(const TestDatabase &db, const QString &name)
{
    const CliRunner cli(db.cliTarget());
    const CliResult result =
        cli.run({u"--today"_s, QString::fromLatin1(kToday), u"report"_s, u"generate"_s, u"--name"_s,
                 name, u"--scope"_s, u"all"_s, u"--period"_s, QString::fromLatin1(kPeriod)});
    if (result.exitCode != 0)
        qFatal("report generate failed: %s", result.err.constData());
    return result.out.trimmed().toLongLong();
}

void start(QProcess &process, const CliRunner &cli, const QStringList &arguments)
{
    process.setProcessEnvironment(cli.environment());
    process.start(CliRunner::executable(), cli.withDatabase(arguments));
    if (!process.waitForStarted())
        qFatal("cannot start usagedesk-cli");
}

void killHard(QProcess &process)
{
    if (process.state() != QProcess::NotRunning)
        ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(30'000);
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() >= timeoutMs)
            return condition();
        QTest::qSleep(5);
    }
    return true;
}

QString consistency(const TestDatabase &db)
{
    auto connection = db.connect(u"consistency"_s);
    QStringList problems;
    if (TestDatabase::backend() == ud::Backend::Sqlite) {
        const QString integrity = scalar(*connection, u"PRAGMA integrity_check"_s);
        if (integrity != u"ok")
            problems << u"integrity_check: "_s + integrity;
        QSqlQuery keys(connection->database());
        if (!keys.exec(u"PRAGMA foreign_key_check"_s))
            problems << u"foreign_key_check failed"_s;
        else if (keys.next())
            problems << u"foreign_key_check: a row in %1 points nowhere"_s.arg(
                keys.value(0).toString());
    }
    const QString shortReports = scalar(
        *connection, u"SELECT COUNT(*) FROM reports r WHERE r.row_count <> "
                     "(SELECT COUNT(*) FROM report_rows w WHERE w.report_id = r.report_id)"_s);
    if (shortReports != u"0")
        problems << u"reports whose rows do not match row_count: "_s + shortReports;
    const QString badMonths = scalar(
        *connection,
        u"SELECT COUNT(*) FROM usage_monthly m WHERE m.voice_credits <> (SELECT "
        "COALESCE(SUM(d.voice_credits), -1) FROM usage_daily d WHERE d.tenant_key = m.tenant_key "
        "AND d.day >= m.month AND d.day <= m.last_day)"_s);
    if (badMonths != u"0")
        problems << u"monthly roll-ups that differ from their days: "_s + badMonths;
    const QString daysOutside = scalar(
        *connection, u"SELECT COUNT(*) FROM usage_daily d WHERE NOT EXISTS (SELECT 1 FROM "
                     "usage_monthly m WHERE m.tenant_key = d.tenant_key AND d.day >= m.month "
                     "AND d.day <= m.last_day)"_s);
    if (daysOutside != u"0")
        problems << u"daily rows without their monthly roll-up: "_s + daysOutside;
    return problems.isEmpty() ? u"ok"_s : problems.join(u"; "_s);
}

QStringList strayFiles(const QString &dir, const QStringList &expected)
{
    QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        entries.removeAll(name);
    return entries;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QByteArray bytes = file.readAll();
    if (bytes.isNull())
        bytes = QByteArray("", 0);
    return bytes;
}

} // namespace fault
