#include "Commands.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "UnknownName.h"
#include "access/AdministrationService.h"

#include <QCoreApplication>
#include <climits>

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

// The options `role add` and `role edit` share.
struct RoleOptions
{
    QCommandLineOption name{
        QStringLiteral("name"),
        QCoreApplication::translate("cli", "The role's name (1-100 characters)."),
        QCoreApplication::translate("cli", "NAME")};
    QCommandLineOption description{QStringLiteral("description"),
                                   QCoreApplication::translate("cli", "What the role is for."),
                                   QCoreApplication::translate("cli", "TEXT")};
    QCommandLineOption manageAll{
        QStringLiteral("manage-all"),
        QCoreApplication::translate("cli", "Holders may manage administrators of every role.")};
    QCommandLineOption manage{QStringLiteral("manage"),
                              QCoreApplication::translate(
                                  "cli",
                                  "Roles whose administrators holders may manage (comma-separated, "
                                  "repeatable; \"\" for none)."),
                              QCoreApplication::translate("cli", "ROLE[,ROLE...]")};
    QCommandLineOption grant{
        QStringLiteral("grant"),
        QCoreApplication::translate("cli",
                                    "A grant, entity:action[,action...] or entity:all (repeatable; "
                                    "further entity:actions words are grants too)."),
        QCoreApplication::translate("cli", "ENTITY:ACTIONS")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({name, description, manageAll, manage, grant});
    }
};

// What the options say, applied to `draft`. Unknown managed roles are
// collected in `unknown` (and given kNoSuchId) so that the service still
// decides first whether the actor may do this at all.
ud::Status applyOptions(const QCommandLineParser &parser, const RoleOptions &options,
                        const QStringList &extraGrants, ud::AdministrationService &admin,
                        ud::RoleDraft &draft, QStringList &unknown)
{
    if (parser.isSet(options.manageAll) && parser.isSet(options.manage))
        return ud::Error::badInput(
            QCoreApplication::translate("cli", "--manage-all and --manage exclude each other"));
    if (parser.isSet(options.name))
        draft.name = parser.value(options.name);
    if (parser.isSet(options.description))
        draft.description = parser.value(options.description);
    if (parser.isSet(options.manageAll)) {
        draft.manageAll = true;
        draft.managedRoleIds.clear();
    }
    if (parser.isSet(options.manage)) {
        draft.manageAll = false;
        draft.managedRoleIds.clear();
        for (const QString &value : parser.values(options.manage)) {
            for (const QString &part : value.split(QLatin1Char(','))) {
                if (part.trimmed().isEmpty())
                    continue;
                const auto role = admin.roleByName(part);
                if (!role && role.error().kind != ud::ErrorKind::NotFound)
                    return role.error();
                if (!role)
                    unknown << part.trimmed();
                const qint64 id = role ? role->id : kNoSuchId;
                if (!draft.managedRoleIds.contains(id))
                    draft.managedRoleIds.append(id);
            }
        }
    }
    const QStringList grantWords = parser.values(options.grant) + extraGrants;
    if (!grantWords.isEmpty()) {
        const auto grants = ud::GrantSet::parse(grantWords);
        if (!grants)
            return grants.error();
        draft.grants = *grants;
    }
    return {};
}

QString unknownRolesMessage(const QStringList &unknown)
{
    return tr("--manage: there is no role named \"%1\"")
        .arg(unknown.join(QStringLiteral("\", \"")));
}

int runRoleAdd(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const RoleOptions options;
    options.addTo(parser);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, INT_MAX); !parsed)
        return context.fail(parsed.error());
    if (!parser.isSet(options.name))
        return context.failBadInput(
            tr("role add: --name is required\nusage: %1").arg(self.synopsis));
    if (!parser.isSet(options.grant) && parser.positionalArguments().isEmpty())
        return context.failBadInput(
            tr("role add: at least one --grant is required\nusage: %1").arg(self.synopsis));

    auto admin = service(context);
    ud::RoleDraft draft;
    QStringList unknown;
    if (const ud::Status applied =
            applyOptions(parser, options, parser.positionalArguments(), admin, draft, unknown);
        !applied)
        return context.fail(applied.error());
    const auto added = admin.addRole(draft);
    if (!unknown.isEmpty())
        return failUnknownName(context, added ? ud::Status() : ud::Status(added.error()),
                               unknownRolesMessage(unknown));
    if (!added)
        return context.fail(added.error());
    context.out() << tr("added the role %1").arg(draft.name.trimmed()) << Qt::endl;
    return Done;
}

int runRoleEdit(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const RoleOptions options;
    options.addTo(parser);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, INT_MAX); !parsed)
        return context.fail(parsed.error());
    const QString name = parser.positionalArguments().first();
    const QStringList extraGrants = parser.positionalArguments().mid(1);
    if (parser.optionNames().isEmpty() && extraGrants.isEmpty())
        return context.failBadInput(
            tr("role edit: nothing to change; give the options to change\nusage: %1")
                .arg(self.synopsis));

    auto admin = service(context);
    const auto current = admin.roleByName(name);
    if (!current && current.error().kind != ud::ErrorKind::NotFound)
        return context.fail(current.error());
    // Options not given keep their values; --grant replaces the whole set.
    ud::RoleDraft draft;
    if (current) {
        draft.name = current->name;
        draft.description = current->description;
        draft.manageAll = current->manageAll;
        draft.grants = current->grants;
        draft.managedRoleIds = current->managedRoleIds;
    }
    QStringList unknown;
    if (const ud::Status applied =
            applyOptions(parser, options, extraGrants, admin, draft, unknown);
        !applied)
        return context.fail(applied.error());
    if (!current) {
        draft.name = draft.name.isEmpty() ? name : draft.name;
        return failUnknownName(context, admin.editRole(kNoSuchId, draft),
                               tr("there is no role named \"%1\"").arg(name.trimmed()));
    }
    const ud::Status edited = admin.editRole(current->id, draft);
    if (!unknown.isEmpty())
        return failUnknownName(context, edited, unknownRolesMessage(unknown));
    if (!edited)
        return context.fail(edited.error());
    context.out() << tr("changed the role %1").arg(draft.name.trimmed()) << Qt::endl;
    return Done;
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

int runRoleList(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    const auto roles = service(context).roles();
    if (!roles)
        return context.fail(roles.error());
    TextTable table({tr("NAME"), tr("DESCRIPTION"), tr("BUILT-IN"), tr("ADMINISTRATORS")});
    for (const ud::Role &role : *roles)
        table.addRow({role.name, role.description, yesNo(role.isBuiltIn()),
                      QString::number(role.administratorCount)});
    table.print(context.out());
    return Done;
}

int runRoleShow(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    auto admin = service(context);
    // The list is what the actor may view (roles:view, a refusal audited);
    // it also names the managed roles.
    const auto roles = admin.roles();
    if (!roles)
        return context.fail(roles.error());
    const auto role = admin.roleByName(parser.positionalArguments().first());
    if (!role)
        return context.fail(role.error());

    QTextStream &out = context.out();
    out << tr("name: %1").arg(role->name) << '\n';
    out << tr("description: %1").arg(role->description) << '\n';
    out << tr("built-in: %1").arg(yesNo(role->isBuiltIn())) << '\n';
    out << tr("administrators: %1").arg(role->administratorCount) << '\n';
    out << tr("manage all roles: %1")
               .arg(yesNo(role->manageAll || role->builtIn == ud::BuiltInRole::SuperAdministrator))
        << '\n';
    out << tr("manages:") << '\n';
    for (const ud::Role &other : *roles) {
        if (role->managedRoleIds.contains(other.id))
            out << QStringLiteral("  ") << other.name << '\n';
    }
    out << tr("grants:") << '\n';
    for (const QString &grant : role->grants.toText())
        out << QStringLiteral("  ") << grant << '\n';
    out.flush();
    return Done;
}

int runRoleDelete(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const QString name = parser.positionalArguments().first();
    auto admin = service(context);
    const auto role = admin.roleByName(name);
    if (!role && role.error().kind != ud::ErrorKind::NotFound)
        return context.fail(role.error());
    if (!role)
        return failUnknownName(context, admin.deleteRole(kNoSuchId),
                               tr("there is no role named \"%1\"").arg(name.trimmed()));
    if (const ud::Status deleted = admin.deleteRole(role->id); !deleted)
        return context.fail(deleted.error());
    context.out() << tr("deleted the role %1").arg(role->name) << Qt::endl;
    return Done;
}

// AdministrationService authorizes and audits each of these itself (with the
// rules only it can check), so the commands declare no permission: the gate
// then only requires a signed-in administrator and writes no second line.
Command roleCommand(const QString &verb, const QString &synopsis, const QString &summary,
                    int (*run)(CliContext &, const QStringList &, const Command &))
{
    Command command;
    command.words = {QStringLiteral("role"), verb};
    command.synopsis = synopsis;
    command.summary = summary;
    command.requirement.action = QStringLiteral("role ") + verb;
    command.run = [command, run](CliContext &context, const QStringList &args) {
        return run(context, args, command);
    };
    return command;
}

} // namespace

Command roleAddCommand()
{
    return roleCommand(QStringLiteral("add"),
                       QStringLiteral("role add --name NAME [--description TEXT] (--manage-all | "
                                      "--manage ROLE[,ROLE...]) --grant ENTITY:ACTIONS ..."),
                       tr("Add a custom role. Without --manage-all or --manage its holders "
                          "manage no roles."),
                       runRoleAdd);
}

Command roleEditCommand()
{
    return roleCommand(QStringLiteral("edit"),
                       QStringLiteral("role edit NAME [--name NEW] [--description TEXT] "
                                      "[--manage-all | --manage ROLE[,ROLE...]] "
                                      "[--grant ENTITY:ACTIONS ...]"),
                       tr("Change a custom role: the options given replace the role's values "
                          "(--grant replaces the whole grant set), the others stay."),
                       runRoleEdit);
}

Command roleListCommand()
{
    return roleCommand(QStringLiteral("list"), QStringLiteral("role list"), tr("List the roles."),
                       runRoleList);
}

Command roleShowCommand()
{
    return roleCommand(QStringLiteral("show"), QStringLiteral("role show NAME"),
                       tr("Show a role: its fields, managed roles and grants."), runRoleShow);
}

Command roleDeleteCommand()
{
    return roleCommand(QStringLiteral("delete"), QStringLiteral("role delete NAME"),
                       tr("Delete a custom role that no administrator holds."), runRoleDelete);
}

} // namespace cli
