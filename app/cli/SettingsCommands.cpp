#include "Commands.h"
#include "ExitCode.h"
#include "schedules/SmtpSettingsStore.h"
#include "settings/AppSettingsStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int runShow(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    const ud::Connection &connection = *context.signInConnection();
    const ud::AppSettingsStore store(connection, context.actor(), context.clock());
    const auto zone = store.reportingTimeZone();
    if (!zone)
        return context.fail(zone.error());
    const ud::SmtpSettingsStore smtpStore(connection, context.actor(), context.clock());
    const auto smtp = smtpStore.load();
    if (!smtp)
        return context.fail(smtp.error());
    context.out() << tr("Reporting time zone: %1").arg(QString::fromUtf8(*zone)) << Qt::endl;
    if (!smtp->has_value()) {
        context.out() << tr("SMTP server: not set") << Qt::endl;
        return Done;
    }
    const ud::SmtpSettings &settings = **smtp;
    context.out() << tr("SMTP server: %1:%2 (%3), from %4")
                         .arg(settings.host)
                         .arg(settings.port)
                         .arg(ud::SmtpSettings::securityId(settings.security), settings.fromAddress)
                  << Qt::endl;
    return Done;
}

int runSet(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption zone(
        u"reporting-tz"_s,
        tr("The reporting time zone, an IANA id (UTC, Europe/Berlin, ...): the calendar "
           "report periods and \"today\" follow."),
        tr("ZONE"));
    parser.addOption(zone);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    if (!parser.isSet(zone))
        return context.failBadInput(tr("--reporting-tz is required"));
    const auto valid = ud::AppSettingsStore::validateTimeZone(parser.value(zone));
    if (!valid)
        return context.fail(valid.error());
    ud::AppSettingsStore store(*context.signInConnection(), context.actor(), context.clock());
    if (const ud::Status saved = store.setReportingTimeZone(*valid); !saved)
        return context.fail(saved.error());
    context.out() << tr("Reporting time zone set: %1").arg(QString::fromUtf8(*valid)) << Qt::endl;
    return Done;
}

} // namespace

Command settingsShowCommand()
{
    return serviceCheckedCommand({u"settings"_s, u"show"_s}, u"settings show"_s,
                                 tr("Show the reporting time zone and the SMTP server."), runShow);
}

Command settingsSetCommand()
{
    return serviceCheckedCommand({u"settings"_s, u"set"_s}, u"settings set --reporting-tz ZONE"_s,
                                 tr("Set the reporting time zone (an IANA id; UTC unless "
                                    "changed)."),
                                 runSet);
}

} // namespace cli
