#include "CliContext.h"

#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "access/SignIn.h"
#include "settings/ReportingToday.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::CliContext", text);
}

} // namespace

CliContext::CliContext(GlobalOptions options, ud::CancellationFlag &cancellation, QIODevice &out,
                       QIODevice &err)
    : m_options(std::move(options))
    , m_cancellation(cancellation)
    , m_outDevice(out)
    , m_out(&out)
    , m_err(&err)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

QDate CliContext::today() const
{
    if (m_options.today)
        return *m_options.today;
    return now().date();
}

ud::Result<QDate> CliContext::reportingToday(const ud::Connection &connection) const
{
    if (m_options.today)
        return *m_options.today;
    return ud::reportingToday(connection, clock());
}

QDateTime CliContext::now() const
{
    if (m_options.now)
        return m_options.now->toUTC();
    return QDateTime::currentDateTimeUtc();
}

ud::Result<ud::DatabaseTarget> CliContext::databaseTarget() const
{
    if (m_options.database)
        return ud::DatabaseTarget::parse(*m_options.database);
    return ud::DatabaseTarget::fromEnvironmentOrDefault();
}

ud::Result<std::unique_ptr<ud::Connection>> CliContext::openDatabase(Schema schema)
{
    const auto target = databaseTarget();
    if (!target)
        return target.error();
    if (schema == Schema::MustExist && target->backend == ud::Backend::Sqlite &&
        !QFileInfo::exists(target->sqlitePath))
        return ud::Error::storage(
            tr("there is no database at %1; create it with \"usagedesk-cli init\"")
                .arg(target->displayName()));

    auto connection = ud::Connection::open(*target);
    if (!connection)
        return connection.error();
    const auto version = ud::Migrator::currentVersion(**connection);
    if (!version)
        return version.error();
    if (*version == 0 && schema == Schema::MustExist)
        return ud::Error::storage(tr("%1 is not a UsageDesk database (no schema); create one "
                                     "with \"usagedesk-cli init\"")
                                      .arg(target->displayName()));
    // Only a database behind (or ahead of) this program pays for the
    // migration's write lock; Migrator refuses a newer schema.
    if (*version != ud::Migrator::latestVersion()) {
        const auto migrated = ud::Migrator::migrate(**connection);
        if (!migrated)
            return migrated.error();
    }
    return connection;
}

ud::Clock CliContext::clock() const
{
    if (m_options.now) {
        const QDateTime fixed = *m_options.now;
        return [fixed] {
            return fixed;
        };
    }
    return ud::systemClock();
}

ud::Result<ud::Actor> CliContext::signIn()
{
    if (m_options.user.trimmed().isEmpty())
        return ud::Error::notPermitted(
            tr("not signed in: give the administrator with --user NAME or USAGEDESK_USER"));
    auto connection = openDatabase();
    if (!connection)
        return connection.error();
    m_signInConnection = std::move(*connection);

    QString password = qEnvironmentVariable("USAGEDESK_PASSWORD");
    if (!qEnvironmentVariableIsSet("USAGEDESK_PASSWORD")) {
        const auto typed = promptPassword(tr("Password for %1: ").arg(m_options.user));
        if (!typed)
            return ud::Error::notPermitted(
                tr("not signed in: no password (set USAGEDESK_PASSWORD, or run in a terminal)"));
        password = *typed;
    }
    ud::SignIn signIn(*m_signInConnection, clock());
    auto actor = signIn.signIn(m_options.user, password);
    if (!actor)
        return actor.error();
    m_actor = *actor;
    return m_actor;
}

int CliContext::fail(const ud::Error &error)
{
    m_out.flush();
    m_err << error.message << Qt::endl;
    return exitCodeFor(error.kind);
}

int CliContext::failBadInput(const QString &message)
{
    return fail(ud::Error::badInput(message));
}

} // namespace cli
