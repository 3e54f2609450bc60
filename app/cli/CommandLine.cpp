#include "CommandLine.h"

#include "Commands.h"
#include "ExitCode.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

struct SplitArguments
{
    GlobalOptions globals;
    QStringList rest;
};

// Global options may stand anywhere on the line; everything else is the
// command's. A value may follow as the next argument or after '='.
ud::Result<SplitArguments> splitGlobalOptions(const QStringList &arguments)
{
    SplitArguments split;
    split.globals.user = qEnvironmentVariable("USAGEDESK_USER");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--")) {
            split.rest += arguments.mid(i);
            break;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('='));
            arg.startsWith(QLatin1String("--")) && eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        const bool takesValue = name == QLatin1String("--db") || name == QLatin1String("--user") ||
                                name == QLatin1String("--today") || name == QLatin1String("--now");
        if (name == QLatin1String("--version") && !inlineValue) {
            split.globals.version = true;
            continue;
        }
        if ((name == QLatin1String("--help") || name == QLatin1String("-h")) && !inlineValue) {
            split.globals.help = true;
            continue;
        }
        // cli.md's `smtp set ... [--user U]` names the SMTP user: after those
        // words --user is the command's, before them the administrator's.
        const bool smtpUser = name == QLatin1String("--user") && split.rest.size() >= 2 &&
                              split.rest[0] == QLatin1String("smtp") &&
                              split.rest[1] == QLatin1String("set");
        if (!takesValue || smtpUser) {
            split.rest << arg;
            continue;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            return ud::Error::badInput(tr("%1: a value is missing").arg(name));
        }
        if (name == QLatin1String("--db")) {
            split.globals.database = value;
        } else if (name == QLatin1String("--user")) {
            split.globals.user = value;
        } else if (name == QLatin1String("--today")) {
            const auto date = ud::parseIsoDate(value);
            if (!date)
                return ud::Error::badInput(
                    tr("--today: \"%1\" is not a date of the form YYYY-MM-DD").arg(value));
            split.globals.today = *date;
        } else {
            QDateTime instant = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!instant.isValid())
                return ud::Error::badInput(
                    tr("--now: \"%1\" is not an ISO-8601 instant such as 2026-01-31T08:00:00Z")
                        .arg(value));
            if (instant.timeSpec() == Qt::LocalTime) // no offset given: read it as UTC
                instant.setTimeSpec(Qt::UTC);
            split.globals.now = instant.toUTC();
        }
    }
    return split;
}

const Command *findCommand(const QList<Command> &commands, const QStringList &rest,
                           qsizetype *wordsUsed)
{
    const Command *best = nullptr;
    for (const Command &command : commands) {
        if (command.words.size() > rest.size())
            continue;
        if (rest.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    if (best)
        *wordsUsed = best->words.size();
    return best;
}

QString usage(const QList<Command> &commands)
{
    QString text = tr("Usage: usagedesk-cli [--db TARGET] [--user NAME] [--today YYYY-MM-DD] "
                      "[--now ISO-8601] COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &command : commands)
        text += QStringLiteral("  ") + command.synopsis + QLatin1Char('\n');
    text +=
        tr("\nOptions for every command:\n"
           "  --db TARGET    an SQLite file, or postgresql://user@host:port/dbname\n"
           "                 (default: USAGEDESK_DB, else usagedesk.sqlite in the data folder)\n"
           "  --user NAME    the administrator acting (default: USAGEDESK_USER)\n"
           "  --today DATE   treat DATE as today\n"
           "  --now INSTANT  treat INSTANT as now\n"
           "  --help, --version\n\n"
           "Exit codes: 0 done, 2 bad input, 3 not signed in or not permitted, 4 not found,\n"
           "5 database or file error, 6 delivery failed, 130 interrupted.\n");
    return text;
}

} // namespace

QCommandLineOption listFormatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              tr("Output form: table (default), csv or json."), tr("FORMAT"),
                              QStringLiteral("table"));
}

ud::Result<ListFormat> listFormatOf(const QCommandLineParser &parser,
                                    const QCommandLineOption &option)
{
    const QString value = parser.value(option);
    const QString name = value.toLower();
    if (name == QLatin1String("table"))
        return ListFormat::Table;
    if (name == QLatin1String("csv"))
        return ListFormat::Csv;
    if (name == QLatin1String("json"))
        return ListFormat::Json;
    return ud::Error::badInput(
        tr("--format: \"%1\" is not a format; expected table, csv or json").arg(value));
}

Command serviceCheckedCommand(const QStringList &words, const QString &synopsis,
                              const QString &summary, CommandRunner run)
{
    Command command;
    command.words = words;
    command.synopsis = synopsis;
    command.summary = summary;
    command.requirement.action = words.join(QLatin1Char(' '));
    command.run = [command, run](CliContext &context, const QStringList &args) {
        return run(context, args, command);
    };
    return command;
}

ud::Status parseCommandArguments(QCommandLineParser &parser, const Command &command,
                                 const QStringList &args, int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QString name = command.words.join(QLatin1Char(' '));
    if (!parser.parse(QStringList{QStringLiteral("usagedesk-cli")} + args))
        return ud::Error::badInput(
            name + QStringLiteral(": ") + parser.errorText() + QLatin1Char('\n') +
            QCoreApplication::translate("cli", "usage: %1").arg(command.synopsis));
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return ud::Error::badInput(
            QCoreApplication::translate("cli", "%1: an argument is missing\nusage: %2")
                .arg(name, command.synopsis));
    if (count > maxPositional)
        return ud::Error::badInput(
            QCoreApplication::translate("cli", "%1: unexpected argument \"%2\"\nusage: %3")
                .arg(name, parser.positionalArguments().at(maxPositional), command.synopsis));
    return {};
}

int runCommandLine(const QStringList &arguments, ud::CancellationFlag &cancellation, QIODevice &out,
                   QIODevice &err)
{
    const QList<Command> commands = allCommands();
    auto split = splitGlobalOptions(arguments);
    if (!split) {
        CliContext context({}, cancellation, out, err);
        return context.fail(split.error());
    }
    CliContext context(split->globals, cancellation, out, err);

    if (split->globals.version) {
        context.out() << QStringLiteral("usagedesk-cli %1").arg(QStringLiteral(USAGEDESK_VERSION))
                      << Qt::endl;
        return Done;
    }
    qsizetype wordsUsed = 0;
    const Command *command = findCommand(commands, split->rest, &wordsUsed);
    if (split->globals.help) {
        if (command)
            context.out() << tr("usage: %1\n%2").arg(command->synopsis, command->summary)
                          << Qt::endl;
        else
            context.out() << usage(commands);
        return Done;
    }
    if (!command) {
        if (split->rest.isEmpty()) {
            context.err() << usage(commands);
            return BadInput;
        }
        return context.failBadInput(tr("unknown command \"%1\"; see usagedesk-cli --help")
                                        .arg(split->rest.mid(0, 2).join(QLatin1Char(' '))));
    }

    // The one place every command passes before it runs: sign-in, then the
    // access gate with the requirement the command declares.
    const QStringList commandArguments = split->rest.mid(wordsUsed);
    if (command->signsIn) {
        const auto actor = context.signIn();
        if (!actor)
            return context.fail(actor.error());
        const ud::AccessGate gate(*context.signInConnection(), context.clock());
        ud::AccessRequirement requirement = command->requirement;
        if (requirement.action.isEmpty())
            requirement.action = command->words.join(QLatin1Char(' '));
        const QString object = commandArguments.join(QLatin1Char(' ')).left(200);
        if (const ud::Status allowed = gate.authorize(*actor, requirement, object); !allowed)
            return context.fail(allowed.error());
        // Not written yet: the command's work records it with its commit, so
        // bad input found later leaves the log as it was (docs/bad-input.md).
        context.setAllowedChange(gate.allowedChange(*actor, requirement, object));
    }

    int code = command->run(context, commandArguments);
    // A change command whose work did not take the line (none does today)
    // still gets it, once it has succeeded: every allowed change is audited.
    if (const ud::PendingAudit &pending = context.allowedChange();
        code == Done && !pending.isEmpty() && !pending.isRecorded()) {
        if (const ud::Status logged = pending.record(*context.signInConnection()); !logged)
            code = context.fail(logged.error());
    }
    context.out().flush();
    context.err().flush();
    return code;
}

} // namespace cli
