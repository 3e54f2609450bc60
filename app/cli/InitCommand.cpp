#include "Commands.h"
#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "access/SignIn.h"
#include "storage/Migrator.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int runInit(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption admin(QStringLiteral("admin"), tr("First Super Administrator."),
                                   tr("NAME"));
    const QCommandLineOption email(QStringLiteral("email"), tr("Their e-mail address."),
                                   tr("ADDR"));
    parser.addOptions({admin, email});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());

    auto connection = context.openDatabase(CliContext::Schema::Create);
    if (!connection)
        return context.fail(connection.error());
    ud::SignIn signIn(**connection, context.clock());
    const auto empty = signIn.needsFirstAdministrator();
    if (!empty)
        return context.fail(empty.error());
    if (parser.isSet(admin) && *empty) {
        const auto password = newPassword();
        if (!password)
            return context.fail(password.error());
        const auto created = signIn.createFirstAdministrator(parser.value(admin), QString(),
                                                             parser.value(email), *password);
        if (!created)
            return context.fail(created.error());
        context.out() << tr("created the Super Administrator %1").arg(created->userName)
                      << Qt::endl;
    } else if (parser.isSet(admin)) {
        context.err() << tr("note: the database already has administrators; %1 was not created "
                            "(add administrators with \"admin add\")")
                             .arg(parser.value(admin))
                      << Qt::endl;
    } else if (*empty) {
        context.err() << tr("note: no administrator yet; create the first one with \"init "
                            "--admin NAME\"")
                      << Qt::endl;
    }
    context.out() << tr("database %1 is at schema version %2")
                         .arg((*connection)->target().displayName())
                         .arg(ud::Migrator::latestVersion())
                  << Qt::endl;
    return Done;
}

} // namespace

Command initCommand()
{
    Command command;
    command.words = {QStringLiteral("init")};
    command.synopsis = QStringLiteral("init --admin NAME [--email ADDR]");
    command.summary =
        tr("Create the database or upgrade its schema; on an empty one, create the first "
           "Super Administrator (password from USAGEDESK_NEW_PASSWORD or a prompt).");
    command.signsIn = false;
    command.requirement.action = QStringLiteral("init");
    command.run = [command](CliContext &context, const QStringList &args) {
        return runInit(context, args, command);
    };
    return command;
}

} // namespace cli
