#include "Commands.h"
#include "ExitCode.h"
#include "storage/Migrator.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::InitCommand", text);
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
    if (parser.isSet(admin)) {
        // Administrators are not stored before the access-control issue (#3):
        // say so instead of pretending the account exists.
        context.err() << tr("note: administrator accounts are not available in this version; "
                            "--admin %1 was not created")
                             .arg(parser.value(admin))
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
    command.synopsis = QStringLiteral("init [--admin NAME] [--email ADDR]");
    command.summary = tr("Create the database, or upgrade its schema to this version.");
    command.signsIn = false;
    command.requirement.action = QStringLiteral("init");
    command.run = [command](CliContext &context, const QStringList &args) {
        return runInit(context, args, command);
    };
    return command;
}

} // namespace cli
