#include "Commands.h"
#include "ExitCode.h"
#include "core/TextRules.h"
#include "seed/DemoSeeder.h"

#include <QCoreApplication>
#include <limits>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// A whole number for `option` within [minimum, maximum], or an error that
// names the option.
ud::Result<qint64> parseCount(const QString &option, const QString &text, qint64 minimum,
                              qint64 maximum)
{
    const auto value = ud::parseNonNegative(text.trimmed(), maximum);
    if (!value || *value < minimum)
        return ud::Error::badInput(tr("%1: \"%2\" is not a whole number between %L3 and %L4")
                                       .arg(option, text)
                                       .arg(minimum)
                                       .arg(maximum));
    return *value;
}

int runSeed(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption tenants(QStringLiteral("tenants"), tr("Number of tenants."), tr("N"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Days of usage per tenant."), tr("D"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the random numbers (default 1)."), tr("S"));
    const QCommandLineOption end(QStringLiteral("end"), tr("Last day (default: today)."),
                                 tr("YYYY-MM-DD"));
    parser.addOptions({tenants, days, seed, end});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());

    for (const QCommandLineOption *required : {&tenants, &days}) {
        if (!parser.isSet(*required))
            return context.failBadInput(tr("--%1 is missing\nusage: %2")
                                            .arg(required->names().constFirst(), self.synopsis));
    }
    ud::SeedOptions options;
    const auto tenantCount = parseCount(QStringLiteral("--tenants"), parser.value(tenants), 1,
                                        ud::DemoSeeder::kMaxTenants);
    if (!tenantCount)
        return context.fail(tenantCount.error());
    options.tenants = *tenantCount;
    const auto dayCount =
        parseCount(QStringLiteral("--days"), parser.value(days), 1, ud::DemoSeeder::kMaxDays);
    if (!dayCount)
        return context.fail(dayCount.error());
    options.days = int(*dayCount);
    if (parser.isSet(seed)) {
        const auto value = parseCount(QStringLiteral("--seed"), parser.value(seed), 0,
                                      std::numeric_limits<qint64>::max());
        if (!value)
            return context.fail(value.error());
        options.seed = quint64(*value);
    }
    options.lastDay = context.today();
    if (parser.isSet(end)) {
        const auto date = ud::parseIsoDate(parser.value(end));
        if (!date)
            return context.failBadInput(
                tr("--end: \"%1\" is not a date of the form YYYY-MM-DD").arg(parser.value(end)));
        options.lastDay = *date;
    }
    // The period must start on a real date (QDate reaches back far enough,
    // but say so rather than trust it).
    if (!options.lastDay.addDays(-(options.days - 1)).isValid())
        return context.failBadInput(tr("--end: the period would start before any valid date"));

    options.audit = context.allowedChange();

    auto connection = context.openDatabase();
    if (!connection)
        return context.fail(connection.error());
    const auto summary = ud::DemoSeeder::run(**connection, options, context.cancellation());
    if (!summary)
        return context.fail(summary.error());
    context.out() << tr("seeded %1 tenants and %2 usage rows (seed %3, %4..%5)")
                         .arg(summary->tenants)
                         .arg(summary->usageRows)
                         .arg(options.seed)
                         .arg(summary->firstDay.toString(Qt::ISODate),
                              summary->lastDay.toString(Qt::ISODate))
                  << Qt::endl;
    return Done;
}

} // namespace

Command seedCommand()
{
    Command command;
    command.words = {QStringLiteral("seed")};
    command.synopsis = QStringLiteral("seed --tenants N --days D [--seed S] [--end YYYY-MM-DD]");
    command.summary = tr("Fill the database with realistic demo tenants and daily usage; the "
                         "same arguments give the same data.");
    command.requirement.superAdministratorOnly = true;
    command.requirement.action = QStringLiteral("seed");
    command.run = [command](CliContext &context, const QStringList &args) {
        return runSeed(context, args, command);
    };
    return command;
}

} // namespace cli
