#include "Commands.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "core/Clock.h"
#include "csv/CsvWriter.h"
#include "filters/FilterParser.h"
#include "filters/SavedFilterStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

ud::SavedFilterStore store(CliContext &context)
{
    return ud::SavedFilterStore(*context.signInConnection(), context.actor(), context.clock());
}

const QStringList &fieldNames()
{
    static const QStringList names = {u"name"_s, u"filter"_s, u"created_by"_s, u"created_at"_s,
                                      u"updated_at"_s};
    return names;
}

int writeCsv(CliContext &context, const QList<ud::SavedFilter> &filters)
{
    context.out().flush();
    ud::CsvWriter csv(context.outDevice(), ud::CsvWriter::Options());
    for (const QString &name : fieldNames())
        csv.addPlain(name);
    csv.endRecord();
    for (const ud::SavedFilter &filter : filters) {
        // Names and filter text are typed by administrators: formula guard.
        csv.addText(filter.name);
        csv.addText(filter.filterText);
        csv.addText(filter.createdBy);
        csv.addPlain(ud::isoUtc(filter.createdAt));
        csv.addPlain(ud::isoUtc(filter.updatedAt));
        csv.endRecord();
    }
    if (const ud::Status flushed = csv.flush(); !flushed)
        return context.fail(flushed.error());
    return Done;
}

int writeJson(CliContext &context, const QList<ud::SavedFilter> &filters)
{
    // A handful of rows: one document is fine here.
    QJsonArray array;
    for (const ud::SavedFilter &filter : filters) {
        const QStringList values = {filter.name, filter.filterText, filter.createdBy,
                                    ud::isoUtc(filter.createdAt), ud::isoUtc(filter.updatedAt)};
        QJsonObject object;
        for (qsizetype i = 0; i < fieldNames().size(); ++i)
            object.insert(fieldNames().at(i), values.at(i));
        array.append(object);
    }
    context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out().flush();
    return Done;
}

int runFilterList(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = listFormatOption();
    parser.addOption(formatOption);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    const auto format = listFormatOf(parser, formatOption);
    if (!format)
        return context.fail(format.error());

    const auto filters = store(context).list();
    if (!filters)
        return context.fail(filters.error());
    if (*format == ListFormat::Csv)
        return writeCsv(context, *filters);
    if (*format == ListFormat::Json)
        return writeJson(context, *filters);
    TextTable table({tr("NAME"), tr("FILTER"), tr("CREATED BY"), tr("UPDATED AT")});
    for (const ud::SavedFilter &filter : *filters)
        table.addRow(
            {filter.name, filter.filterText, filter.createdBy, ud::isoUtc(filter.updatedAt)});
    table.print(context.out());
    return Done;
}

int runFilterSave(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption filterOption(u"filter"_s, tr("The filter to save (filters.md)."),
                                          tr("EXPR"));
    const QCommandLineOption replaceOption(
        u"replace"_s, tr("Replace the saved filter of the same name, if there is one."));
    parser.addOptions({filterOption, replaceOption});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    if (!parser.isSet(filterOption))
        return context.failBadInput(tr("--filter is required: the filter to save"));
    const auto filter = ud::FilterParser::parse(parser.value(filterOption));
    if (!filter)
        return context.failBadInput(u"--filter: "_s + filter.error().message);

    const auto saved =
        store(context).save(parser.positionalArguments().first(), *filter,
                            parser.isSet(replaceOption) ? ud::SavedFilterStore::IfExists::Replace
                                                        : ud::SavedFilterStore::IfExists::Refuse);
    if (!saved)
        return context.fail(saved.error());
    context.out() << tr("saved the filter %1: %2").arg(saved->name, saved->filterText) << Qt::endl;
    return Done;
}

int runFilterDelete(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const QString name = parser.positionalArguments().first();
    if (const ud::Status removed = store(context).remove(name); !removed)
        return context.fail(removed.error());
    context.out() << tr("deleted the saved filter %1").arg(name.trimmed()) << Qt::endl;
    return Done;
}

Command filterCommand(const QString &verb, const QString &synopsis, const QString &summary,
                      CommandRunner run)
{
    return serviceCheckedCommand({u"filter"_s, verb}, synopsis, summary, run);
}

} // namespace

Command filterListCommand()
{
    return filterCommand(u"list"_s, u"filter list [--format table|csv|json]"_s,
                         tr("List the saved tenant filters, by name."), runFilterList);
}

Command filterSaveCommand()
{
    return filterCommand(u"save"_s, u"filter save NAME --filter EXPR [--replace]"_s,
                         tr("Save a tenant filter under a name (an existing name only with "
                            "--replace)."),
                         runFilterSave);
}

Command filterDeleteCommand()
{
    return filterCommand(u"delete"_s, u"filter delete NAME"_s, tr("Delete a saved tenant filter."),
                         runFilterDelete);
}

} // namespace cli
