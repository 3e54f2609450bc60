#include "Commands.h"
#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "TextTable.h"
#include "UnknownName.h"
#include "access/AdministrationService.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

ud::AdministrationService service(CliContext &context)
{
    return ud::AdministrationService(*context.signInConnection(), context.actor(), context.clock());
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString noAdministrator(const QString &userName)
{
    return tr("there is no administrator \"%1\"").arg(userName.trimmed());
}

QString noRole(const QString &name)
{
    return tr("--role: there is no role named \"%1\"").arg(name.trimmed());
}

// The role --role names, or kNoSuchId when there is none (the service then
// still authorizes first; see UnknownName.h).
ud::Result<qint64> roleId(ud::AdministrationService &admin, const QString &name)
{
    const auto role = admin.roleByName(name);
    if (role)
        return role->id;
    if (role.error().kind == ud::ErrorKind::NotFound)
        return kNoSuchId;
    return role.error();
}

int runAdminAdd(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("The user name."), tr("USER"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The role."), tr("ROLE"));
    const QCommandLineOption displayName(
        QStringLiteral("display-name"), tr("The name shown (default: the user name)."), tr("TEXT"));
    const QCommandLineOption email(QStringLiteral("email"), tr("The e-mail address."), tr("ADDR"));
    parser.addOptions({name, role, displayName, email});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    for (const QCommandLineOption *required : {&name, &role}) {
        if (!parser.isSet(*required))
            return context.failBadInput(tr("admin add: --%1 is required\nusage: %2")
                                            .arg(required->names().first(), self.synopsis));
    }

    auto admin = service(context);
    const auto id = roleId(admin, parser.value(role));
    if (!id)
        return context.fail(id.error());
    const auto password = newPassword();
    if (!password)
        return context.fail(password.error());
    ud::AdministratorDraft draft;
    draft.userName = parser.value(name);
    draft.displayName = parser.value(displayName);
    draft.email = parser.value(email);
    draft.roleId = *id;
    const auto added = admin.addAdministrator(draft, *password);
    if (*id == kNoSuchId)
        return failUnknownName(context, added ? ud::Status() : ud::Status(added.error()),
                               noRole(parser.value(role)));
    if (!added)
        return context.fail(added.error());
    context.out() << tr("added the administrator %1").arg(draft.userName.trimmed()) << Qt::endl;
    return Done;
}

int runAdminEdit(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), tr("A new role."), tr("ROLE"));
    const QCommandLineOption enable(QStringLiteral("enable"), tr("Enable the account."));
    const QCommandLineOption disable(QStringLiteral("disable"), tr("Disable the account."));
    const QCommandLineOption displayName(QStringLiteral("display-name"), tr("The name shown."),
                                         tr("TEXT"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   tr("The e-mail address (\"\" to clear it)."), tr("ADDR"));
    const QCommandLineOption resetPassword(
        QStringLiteral("reset-password"),
        tr("Set a new password (from USAGEDESK_NEW_PASSWORD or a prompt)."));
    parser.addOptions({role, enable, disable, displayName, email, resetPassword});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    if (parser.isSet(enable) && parser.isSet(disable))
        return context.failBadInput(tr("--enable and --disable exclude each other"));
    if (parser.optionNames().isEmpty())
        return context.failBadInput(
            tr("admin edit: nothing to change; give the options to change\nusage: %1")
                .arg(self.synopsis));
    const QString userName = parser.positionalArguments().first();

    auto admin = service(context);
    ud::AdministratorChange change;
    if (parser.isSet(displayName))
        change.displayName = parser.value(displayName);
    if (parser.isSet(email))
        change.email = parser.value(email);
    if (parser.isSet(enable) || parser.isSet(disable))
        change.enabled = parser.isSet(enable);
    if (parser.isSet(role)) {
        const auto id = roleId(admin, parser.value(role));
        if (!id)
            return context.fail(id.error());
        change.roleId = *id;
    }
    std::optional<QString> password;
    if (parser.isSet(resetPassword)) {
        const auto typed = newPassword();
        if (!typed)
            return context.fail(typed.error());
        password = *typed;
    }

    const auto target = admin.administratorByUserName(userName);
    if (!target && target.error().kind != ud::ErrorKind::NotFound)
        return context.fail(target.error());
    const qint64 adminId = target ? target->id : kNoSuchId;
    // The fields first, then the password: each is its own audited change.
    const bool changesFields =
        change.displayName || change.email || change.enabled || change.roleId;
    if (changesFields || !password) {
        const ud::Status edited = admin.editAdministrator(adminId, change);
        if (!target)
            return failUnknownName(context, edited, noAdministrator(userName));
        if (change.roleId == kNoSuchId)
            return failUnknownName(context, edited, noRole(parser.value(role)));
        if (!edited)
            return context.fail(edited.error());
    }
    if (password) {
        const ud::Status reset = admin.resetPassword(adminId, *password);
        if (!target)
            return failUnknownName(context, reset, noAdministrator(userName));
        if (!reset)
            return context.fail(reset.error());
    }
    context.out() << tr("changed the administrator %1").arg(target->userName) << Qt::endl;
    return Done;
}

int runAdminList(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    const auto administrators = service(context).administrators();
    if (!administrators)
        return context.fail(administrators.error());
    const QDateTime now = context.now();
    TextTable table(
        {tr("USER"), tr("DISPLAY NAME"), tr("E-MAIL"), tr("ROLE"), tr("ENABLED"), tr("LOCKED")});
    for (const ud::Administrator &a : *administrators) {
        const bool locked = a.lockedUntil.isValid() && a.lockedUntil > now;
        table.addRow(
            {a.userName, a.displayName, a.email, a.roleName, yesNo(a.enabled),
             locked ? tr("until %1 UTC")
                          .arg(a.lockedUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    : yesNo(false)});
    }
    table.print(context.out());
    return Done;
}

int runAdminDelete(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const QString userName = parser.positionalArguments().first();
    auto admin = service(context);
    const auto target = admin.administratorByUserName(userName);
    if (!target && target.error().kind != ud::ErrorKind::NotFound)
        return context.fail(target.error());
    if (!target)
        return failUnknownName(context, admin.deleteAdministrator(kNoSuchId),
                               noAdministrator(userName));
    if (const ud::Status deleted = admin.deleteAdministrator(target->id); !deleted)
        return context.fail(deleted.error());
    context.out() << tr("deleted the administrator %1").arg(target->userName) << Qt::endl;
    return Done;
}

// AdministrationService authorizes and audits each of these itself (with the
// rules only it can check), so the commands declare no permission: the gate
// then only requires a signed-in administrator and writes no second line.
Command adminCommand(const QString &verb, const QString &synopsis, const QString &summary,
                     int (*run)(CliContext &, const QStringList &, const Command &))
{
    Command command;
    command.words = {QStringLiteral("admin"), verb};
    command.synopsis = synopsis;
    command.summary = summary;
    command.requirement.action = QStringLiteral("admin ") + verb;
    command.run = [command, run](CliContext &context, const QStringList &args) {
        return run(context, args, command);
    };
    return command;
}

} // namespace

Command adminAddCommand()
{
    return adminCommand(QStringLiteral("add"),
                        QStringLiteral("admin add --name USER --role ROLE [--display-name TEXT] "
                                       "[--email ADDR]"),
                        tr("Add an administrator (password from USAGEDESK_NEW_PASSWORD or a "
                           "prompt)."),
                        runAdminAdd);
}

Command adminEditCommand()
{
    return adminCommand(QStringLiteral("edit"),
                        QStringLiteral("admin edit USER [--role ROLE] [--enable | --disable] "
                                       "[--display-name TEXT] [--email ADDR] [--reset-password]"),
                        tr("Change an administrator; the options not given stay as they are."),
                        runAdminEdit);
}

Command adminListCommand()
{
    return adminCommand(QStringLiteral("list"), QStringLiteral("admin list"),
                        tr("List the administrators."), runAdminList);
}

Command adminDeleteCommand()
{
    return adminCommand(QStringLiteral("delete"), QStringLiteral("admin delete USER"),
                        tr("Remove an administrator."), runAdminDelete);
}

} // namespace cli
