#include "storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::DatabaseTarget", text);
}

Result<DatabaseTarget> parsePostgresUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("ud::DatabaseTarget",
                                        "--db: \"%1\" is not a valid PostgreSQL URL; expected "
                                        "postgresql://user@host:port/dbname")
                .arg(text));
    DatabaseTarget target;
    target.backend = Backend::Postgres;
    target.host = url.host();
    target.port = url.port(5432);
    if (target.port <= 0 || target.port > 65535)
        return Error::badInput(QCoreApplication::translate(
                                   "ud::DatabaseTarget", "--db: the port in \"%1\" is out of range")
                                   .arg(text));
    target.user = url.userName();
    target.password = url.password();
    target.databaseName = url.path().mid(1);
    if (target.databaseName.contains(QLatin1Char('/')))
        return Error::badInput(
            QCoreApplication::translate("ud::DatabaseTarget",
                                        "--db: \"%1\" names more than one database")
                .arg(text));
    if (target.databaseName.isEmpty())
        target.databaseName = target.user;
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        static const QStringList allowed = {
            QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"), QStringLiteral("sslrootcert")};
        if (!allowed.contains(key))
            return Error::badInput(
                QCoreApplication::translate("ud::DatabaseTarget",
                                            "--db: unknown connection option \"%1\"")
                    .arg(key));
        options << key + QLatin1Char('=') + value;
    }
    target.connectOptions = options.join(QLatin1Char(';'));
    return target;
}

} // namespace

Result<DatabaseTarget> DatabaseTarget::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(tr("--db: the database target is empty"));
    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return parsePostgresUrl(trimmed);
    DatabaseTarget target;
    target.backend = Backend::Sqlite;
    target.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
    return target;
}

QString DatabaseTarget::defaultSqlitePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("usagedesk.sqlite"));
}

Result<DatabaseTarget> DatabaseTarget::fromEnvironmentOrDefault()
{
    const QString fromEnv = qEnvironmentVariable("USAGEDESK_DB");
    if (!fromEnv.isEmpty())
        return parse(fromEnv);
    return parse(defaultSqlitePath());
}

QString DatabaseTarget::displayName() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
    return text;
}

} // namespace ud
