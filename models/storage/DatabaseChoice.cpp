#include "storage/DatabaseChoice.h"

#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace ud {

Result<DatabaseChoice::Resolved> DatabaseChoice::resolve(const QString &commandLine)
{
    Resolved resolved;
    QString text;
    if (!commandLine.isNull()) {
        resolved.source = Source::CommandLine;
        text = commandLine;
    } else if (const QString fromEnv = qEnvironmentVariable("USAGEDESK_DB"); !fromEnv.isEmpty()) {
        resolved.source = Source::Environment;
        text = fromEnv;
    } else if (const QString fromSettings = saved(); !fromSettings.isEmpty()) {
        resolved.source = Source::Saved;
        text = fromSettings;
    } else {
        resolved.source = Source::Default;
        text = DatabaseTarget::defaultSqlitePath();
    }
    Result<DatabaseTarget> target = DatabaseTarget::parse(text);
    if (!target)
        return target.error();
    resolved.target = *target;
    return resolved;
}

QString DatabaseChoice::saved()
{
    return QSettings().value(QLatin1String(SettingsKey)).toString().trimmed();
}

void DatabaseChoice::save(const DatabaseTarget &target)
{
    QSettings().setValue(QLatin1String(SettingsKey), textOf(target));
}

void DatabaseChoice::clear()
{
    QSettings().remove(QLatin1String(SettingsKey));
}

QString DatabaseChoice::textOf(const DatabaseTarget &target)
{
    if (target.backend == Backend::Sqlite)
        return target.sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(target.host);
    url.setPort(target.port);
    url.setUserName(target.user);
    url.setPath(QLatin1Char('/') + target.databaseName);
    if (!target.connectOptions.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : target.connectOptions.split(QLatin1Char(';'))) {
            const qsizetype equals = option.indexOf(QLatin1Char('='));
            query.addQueryItem(option.left(equals), option.mid(equals + 1));
        }
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace ud
