#include "CliRunner.h"

#include "TestDatabase.h"

#include <QProcess>

CliRunner::CliRunner(QString database)
    : m_database(std::move(database))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("USAGEDESK_DB"));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_environment.insert(QStringLiteral("USAGEDESK_USER"),
                         QString::fromLatin1(TestDatabase::kAdminUser));
    m_environment.insert(QStringLiteral("USAGEDESK_PASSWORD"),
                         QString::fromLatin1(TestDatabase::kAdminPassword));
}

QString CliRunner::executable()
{
    return QStringLiteral(USAGEDESK_CLI_PATH);
}

QStringList CliRunner::withDatabase(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--db"), m_database} + arguments;
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(executable(), withDatabase(arguments));
    CliResult result;
    if (!process.waitForStarted())
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
