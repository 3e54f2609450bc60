#include "Commands.h"
#include "ExitCode.h"
#include "importing/TenantImporter.h"
#include "importing/UsageImporter.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

enum class Kind
{
    Tenants,
    Usage
};

int runImport(CliContext &context, const QStringList &args, const Command &self, Kind kind)
{
    QCommandLineParser parser;
    const QCommandLineOption ignoreUnknown(
        QStringLiteral("ignore-unknown-columns"),
        tr("Skip columns the import does not know instead of failing."));
    parser.addOption(ignoreUnknown);
    if (const ud::Status parsed =
            parseCommandArguments(parser, self, args, 1, std::numeric_limits<int>::max());
        !parsed)
        return context.fail(parsed.error());
    const QStringList files = parser.positionalArguments();

    auto connection = context.openDatabase();
    if (!connection)
        return context.fail(connection.error());

    ud::ImportOptions options;
    options.ignoreUnknownColumns = parser.isSet(ignoreUnknown);
    options.today = context.today();
    options.cancellation = &context.cancellation();
    options.audit = context.allowedChange();

    std::unique_ptr<ud::Importer> importer;
    if (kind == Kind::Tenants)
        importer = std::make_unique<ud::TenantImporter>(**connection, options);
    else
        importer = std::make_unique<ud::UsageImporter>(**connection, options);
    const auto summary = importer->run(files);
    importer.reset(); // its prepared queries must go before the connection
    if (!summary)
        return context.fail(summary.error());

    const QString from = files.join(QStringLiteral(", "));
    if (kind == Kind::Tenants) {
        const qint64 total = summary->tenantsInserted + summary->tenantsUpdated;
        context.out() << tr("imported %1 tenants (%2 new, %3 updated) from %4")
                             .arg(total)
                             .arg(summary->tenantsInserted)
                             .arg(summary->tenantsUpdated)
                             .arg(from)
                      << Qt::endl;
    } else {
        context.out() << tr("imported %1 usage rows from %2").arg(summary->usageRows).arg(from)
                      << Qt::endl;
    }
    return Done;
}

Command importCommand(Kind kind)
{
    const bool tenants = kind == Kind::Tenants;
    Command command;
    command.words = {QStringLiteral("import"),
                     tenants ? QStringLiteral("tenants") : QStringLiteral("usage")};
    command.synopsis = tenants ? QStringLiteral("import tenants FILE... [--ignore-unknown-columns]")
                               : QStringLiteral("import usage FILE... [--ignore-unknown-columns]");
    command.summary =
        tenants ? tr("Add or update tenants from CSV files (all or nothing).")
                : tr("Add or replace daily usage from CSV files (all or nothing); the tenants "
                     "must exist.");
    using ud::Action;
    using ud::Entity;
    if (tenants)
        command.requirement.anyOf = {
            {{Entity::Tenants, Action::Add}, {Entity::Tenants, Action::Edit}}};
    else
        command.requirement.anyOf = {{{Entity::UsageData, Action::Add}}};
    command.requirement.action =
        tenants ? QStringLiteral("import tenants") : QStringLiteral("import usage");
    command.run = [command, kind](CliContext &context, const QStringList &args) {
        return runImport(context, args, command, kind);
    };
    return command;
}

} // namespace

Command importTenantsCommand()
{
    return importCommand(Kind::Tenants);
}

Command importUsageCommand()
{
    return importCommand(Kind::Usage);
}

} // namespace cli
