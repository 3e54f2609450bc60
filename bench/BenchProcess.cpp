#include "BenchProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
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

bool seedBenchDatabase(const QString &path, qint64 tenants, qint64 days)
{
    return runTimed(QStringList{QStringLiteral("--db"), path} + benchInitArguments()) >= 0 &&
           runTimed({QStringLiteral("--db"), path, QStringLiteral("seed"),
                     QStringLiteral("--tenants"), QString::number(tenants),
                     QStringLiteral("--days"), QString::number(days), QStringLiteral("--end"),
                     QStringLiteral("2025-12-31")}) >= 0;
}
