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
