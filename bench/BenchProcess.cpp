#include "BenchProcess.h"

#include "storage/Connection.h"
#include "storage/DatabaseTarget.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <cstdio>

namespace {

const QString kUser = QStringLiteral("bench");
const QString kPassword = QStringLiteral("bench password 2026");

} // namespace

QString benchUser()
{
    return kUser;
}

QString benchPassword()
{
    return kPassword;
}

QStringList benchInitArguments()
{
    return {QStringLiteral("init"), QStringLiteral("--admin"), kUser};
}

double runTimed(const QStringList &arguments, QByteArray *out, const QString &program)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USAGEDESK_USER"), kUser);
    environment.insert(QStringLiteral("USAGEDESK_PASSWORD"), kPassword);
    environment.insert(QStringLiteral("USAGEDESK_NEW_PASSWORD"), kPassword);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        return -1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray stdoutText = process.readAllStandardOutput();
    std::fputs(stdoutText.constData(), stderr);
    std::fputs(process.readAllStandardError().constData(), stderr);
    if (out)
        *out = stdoutText;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d)\n", qPrintable(program), process.exitCode());
        return -1;
    }
    return seconds;
}

bool parseTenantsAndDays(const QStringList &args, qint64 &tenants, qint64 &days)
{
    if (args.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const qint64 value = args[i + 1].toLongLong(&ok);
        if (!ok || value < 1)
            return false;
        if (args[i] == QLatin1String("--tenants"))
            tenants = value;
        else if (args[i] == QLatin1String("--days"))
            days = value;
        else
            return false;
    }
    return true;
}

bool acceptPostgresUrl(const QString &url, const char *bench)
{
    const auto target = ud::DatabaseTarget::parse(url);
    if (target && target->backend == ud::Backend::Postgres)
        return true;
    std::fprintf(stderr, "%s: give --url postgresql://user@host:port/dbname%s%s\n", bench,
                 target ? "" : ": ", target ? "" : qPrintable(target.error().message));
    return false;
}

bool seedBenchDatabase(const QString &path, qint64 tenants, qint64 days, const QString &lastDay)
{
    return runTimed(QStringList{QStringLiteral("--db"), path} + benchInitArguments()) >= 0 &&
           runTimed({QStringLiteral("--db"), path, QStringLiteral("seed"),
                     QStringLiteral("--tenants"), QString::number(tenants),
                     QStringLiteral("--days"), QString::number(days), QStringLiteral("--end"),
                     lastDay}) >= 0;
}

bool analyzePostgres(const QString &url)
{
    const auto target = ud::DatabaseTarget::parse(url);
    if (!target || target->backend != ud::Backend::Postgres)
        return false;
    auto connection = ud::Connection::open(*target, QStringLiteral("bench-analyze"));
    if (!connection)
        return false;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery analyze((*connection)->database());
    const bool done = analyze.exec(QStringLiteral("ANALYZE"));
    std::fprintf(stderr, done ? "ANALYZE in %.1f s\n" : "ANALYZE failed after %.1f s\n",
                 double(timer.elapsed()) / 1000.0);
    return done;
}
