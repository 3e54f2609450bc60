#include "Commands.h"
#include "ExitCode.h"
#include "filters/FilterParser.h"
#include "filters/SavedFilterStore.h"
#include "tenants/TenantListWriter.h"
#include "tenants/TenantQuery.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int runTenantsList(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption filterOption(
        QStringLiteral("filter"), tr("Only tenants matching EXPR (filters.md)."), tr("EXPR"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output form: table (default), csv or json."),
                                          tr("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption savedFilterOption(
        QStringLiteral("saved-filter"),
        tr("Only tenants matching the saved filter NAME (instead of --filter)."), tr("NAME"));
    parser.addOptions({filterOption, savedFilterOption, formatOption});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());

    // Both are checked before the database is touched: bad input is reported
    // as such even when the database is unreachable.
    if (parser.isSet(filterOption) && parser.isSet(savedFilterOption))
        return context.failBadInput(tr("--filter and --saved-filter exclude each other"));
    auto filter = ud::FilterParser::parse(parser.value(filterOption));
    if (!filter)
        return context.failBadInput(QStringLiteral("--filter: ") + filter.error().message);
    const auto format = ud::TenantListWriter::formatFromName(parser.value(formatOption));
    if (!format)
        return context.failBadInput(
            tr("--format: \"%1\" is not a format; expected table, csv or json")
                .arg(parser.value(formatOption)));

    if (parser.isSet(savedFilterOption)) {
        // The store checks tenants:view again; the command already required it.
        const ud::SavedFilterStore saved(*context.signInConnection(), context.actor(),
                                         context.clock());
        filter = saved.filterNamed(parser.value(savedFilterOption));
        if (!filter)
            return context.fail(filter.error());
    }

    auto connection = context.openDatabase();
    if (!connection)
        return context.fail(connection.error());

    context.out().flush();
    ud::TenantListWriter writer(context.outDevice(), *format);
    const ud::TenantQuery query(**connection);
    const ud::Status listed = query.forEach(
        *filter, [&writer](const ud::Tenant &tenant) { return writer.add(tenant); },
        &context.cancellation());
    if (!listed)
        return context.fail(listed.error());
    if (const ud::Status finished = writer.finish(); !finished)
        return context.fail(finished.error());
    return Done;
}

} // namespace

Command tenantsListCommand()
{
    Command command;
    command.words = {QStringLiteral("tenants"), QStringLiteral("list")};
    command.synopsis = QStringLiteral(
        "tenants list [--filter EXPR | --saved-filter NAME] [--format table|csv|json]");
    command.summary = tr("List the tenants (all, or those matching a filter), ordered by "
                         "hostname.");
    command.requirement.anyOf = {{ud::Permission{ud::Entity::Tenants, ud::Action::View}}};
    command.requirement.action = QStringLiteral("list tenants");
    command.run = [command](CliContext &context, const QStringList &args) {
        return runTenantsList(context, args, command);
    };
    return command;
}

} // namespace cli
