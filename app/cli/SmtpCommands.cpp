#include "Commands.h"
#include "ExitCode.h"
#include "mail/SmtpPasswordStore.h"
#include "schedules/SmtpSettingsStore.h"
#include "schedules/SmtpTestMail.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int runSet(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption host(u"host"_s, tr("The SMTP server's host name."), tr("H"));
    const QCommandLineOption port(u"port"_s, tr("The SMTP server's port (1-65535)."), tr("P"));
    const QCommandLineOption security(u"security"_s, tr("none, starttls or tls."), tr("SECURITY"));
    const QCommandLineOption user(u"user"_s,
                                  tr("The SMTP user name (password from "
                                     "USAGEDESK_SMTP_PASSWORD); none: no AUTH."),
                                  tr("U"));
    const QCommandLineOption from(u"from"_s, tr("The From address of the messages."), tr("ADDR"));
    parser.addOptions({host, port, security, user, from});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    for (const QCommandLineOption *required : {&host, &port, &security, &from}) {
        if (!parser.isSet(*required))
            return context.failBadInput(tr("--%1 is required").arg(required->names().constFirst()));
    }
    ud::SmtpSettings settings;
    settings.host = parser.value(host).trimmed();
    bool ok = false;
    const int portNumber = parser.value(port).trimmed().toInt(&ok);
    if (!ok || portNumber < 1 || portNumber > 65535)
        return context.failBadInput(
            tr("--port: \"%1\" is not a port number from 1 to 65535").arg(parser.value(port)));
    settings.port = quint16(portNumber);
    const auto mode = ud::SmtpSettings::parseSecurity(parser.value(security).trimmed().toLower());
    if (!mode)
        return context.failBadInput(tr("--security: \"%1\" is not a security mode; expected "
                                       "none, starttls or tls")
                                        .arg(parser.value(security)));
    settings.security = *mode;
    settings.userName = parser.value(user).trimmed();
    settings.fromAddress = parser.value(from).trimmed();

    ud::SmtpSettingsStore store(*context.signInConnection(), context.actor(), context.clock());
    if (const ud::Status saved = store.save(settings); !saved)
        return context.fail(saved.error());
    context.out() << tr("SMTP server set: %1:%2 (%3)")
                         .arg(settings.host)
                         .arg(settings.port)
                         .arg(ud::SmtpSettings::securityId(settings.security))
                  << Qt::endl;
    if (settings.userName.isEmpty())
        return Done;
    // The password never goes to the database: to the keychain when there is
    // one, else it stays in the environment variable, read at send time.
    if (!ud::SmtpPasswordStore::hasEnvironmentPassword()) {
        context.out() << tr("No password given: set %1, or store the password in the "
                            "Settings page, before the first delivery.")
                             .arg(QString::fromLatin1(ud::SmtpPasswordStore::EnvironmentVariable))
                      << Qt::endl;
        return Done;
    }
    const QString password = qEnvironmentVariable(ud::SmtpPasswordStore::EnvironmentVariable);
    if (const ud::Status written =
            ud::SmtpPasswordStore().write(settings.host, settings.userName, password);
        !written) {
        context.out() << tr("No keychain is available here: the password will be read from %1 "
                            "each time a message is sent.")
                             .arg(QString::fromLatin1(ud::SmtpPasswordStore::EnvironmentVariable))
                      << Qt::endl;
        return Done;
    }
    context.out() << tr("Password stored in the keychain.") << Qt::endl;
    return Done;
}

int runTest(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption to(u"to"_s, tr("Where to send the test message."), tr("ADDR"));
    parser.addOption(to);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    if (!parser.isSet(to))
        return context.failBadInput(tr("--to is required"));
    const auto outcome =
        ud::SmtpTestMail::send(*context.signInConnection(), context.actor(), context.clock(),
                               parser.value(to).trimmed(), ud::RunnerOptions::defaultPassword(),
                               ud::RunnerOptions::defaultSend(), &context.cancellation());
    if (!outcome)
        return context.fail(outcome.error());
    if (outcome->cancelled)
        return Interrupted;
    if (outcome->result == ud::SmtpOutcome::Result::Delivered) {
        context.out() << tr("test message sent to %1").arg(parser.value(to).trimmed()) << Qt::endl;
        return Done;
    }
    // The server's side of the conversation, so the admin sees its reply.
    context.err() << tr("the test message was not delivered: %1").arg(outcome->message) << Qt::endl;
    for (const QString &line : outcome->transcript) {
        if (!line.startsWith(u"C: "))
            context.err() << line << Qt::endl;
    }
    return DeliveryFailed;
}

} // namespace

Command smtpSetCommand()
{
    return serviceCheckedCommand(
        {u"smtp"_s, u"set"_s},
        u"smtp set --host H --port P --security none|starttls|tls [--user U] --from ADDR"_s,
        tr("Set the SMTP server scheduled reports are sent through (password from "
           "USAGEDESK_SMTP_PASSWORD)."),
        runSet);
}

Command smtpTestCommand()
{
    return serviceCheckedCommand({u"smtp"_s, u"test"_s}, u"smtp test --to ADDR"_s,
                                 tr("Send a test message through the SMTP server."), runTest);
}

} // namespace cli
