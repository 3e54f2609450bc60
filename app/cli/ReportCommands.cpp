#include "Commands.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "core/Clock.h"
#include "core/SaveFile.h"
#include "csv/CsvWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportGenerator.h"
#include "reports/ReportStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

std::optional<qint64> reportIdFrom(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

// A report whose --out file could not be written is taken back, so the
// command changes nothing when it fails (cli.md).
void discardReport(const ud::Connection &connection, qint64 id)
{
    auto transaction = ud::Transaction::begin(connection);
    if (!transaction)
        return;
    if (ud::ReportStore(connection).remove(id))
        (void)(*transaction)->commit();
}

int runGenerate(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(u"name"_s, tr("The report's name."), tr("NAME"));
    const QCommandLineOption descriptionOption(u"description"_s, tr("The report's description."),
                                               tr("TEXT"));
    const QCommandLineOption scopeOption(
        u"scope"_s, tr("all, tenant:<uuid>, filter:<expression> or saved:<name>."), tr("SCOPE"));
    const QCommandLineOption periodOption(
        u"period"_s,
        tr("current-month, last-month, last-3-months, last-12-months, year-to-date or "
           "custom:YYYY-MM-DD..YYYY-MM-DD."),
        tr("PERIOD"));
    const QCommandLineOption delimiterOption(u"delimiter"_s,
                                             tr("comma (default), pipe, semicolon or tab."),
                                             tr("DELIMITER"), u"comma"_s);
    const QCommandLineOption outOption(u"out"_s, tr("Also write the CSV to FILE."), tr("FILE"));
    const QCommandLineOption bomOption(u"bom"_s, tr("Start the CSV with a byte-order mark."));
    const QCommandLineOption noGuardOption(u"no-formula-guard"_s,
                                           tr("Do not guard text starting with = + - @."));
    parser.addOptions({nameOption, descriptionOption, scopeOption, periodOption, delimiterOption,
                       outOption, bomOption, noGuardOption});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    for (const QCommandLineOption *required : {&nameOption, &scopeOption, &periodOption}) {
        if (!parser.isSet(*required))
            return context.failBadInput(tr("--%1 is required").arg(required->names().constFirst()));
    }
    if (parser.isSet(outOption) && parser.value(outOption).isEmpty())
        return context.failBadInput(tr("--out: the file name is empty"));

    ud::ReportRequest request;
    request.name = parser.value(nameOption);
    request.description = parser.value(descriptionOption);
    request.scope = parser.value(scopeOption);
    request.period = parser.value(periodOption);
    request.delimiter = parser.value(delimiterOption);
    request.bom = parser.isSet(bomOption);
    request.formulaGuard = !parser.isSet(noGuardOption);
    const ud::Connection &connection = *context.signInConnection();
    const auto today = context.reportingToday(connection);
    if (!today)
        return context.fail(today.error());
    request.today = *today;

    std::unique_ptr<QSaveFile> file;
    if (parser.isSet(outOption)) {
        file = std::make_unique<QSaveFile>(parser.value(outOption));
        if (!file->open(QIODevice::WriteOnly))
            return context.fail(ud::Error::storage(
                tr("cannot write %1: %2").arg(parser.value(outOption), file->errorString())));
    }
    ud::ReportGenerator generator(connection, context.clock());
    const auto id =
        generator.generate(context.actor(), request, &context.cancellation(), {}, file.get());
    if (!id)
        return context.fail(file ? ud::cancelSaveFile(*file, id.error()) : id.error());
    if (file) {
        if (const ud::Status committed = ud::commitSaveFile(*file); !committed) {
            discardReport(connection, *id);
            return context.fail(committed.error());
        }
    }
    context.out() << *id << Qt::endl;
    return Done;
}

int runExport(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(u"out"_s, tr("The CSV file to write."), tr("FILE"));
    const QCommandLineOption bomOption(u"bom"_s, tr("Start the CSV with a byte-order mark."));
    const QCommandLineOption noGuardOption(u"no-formula-guard"_s,
                                           tr("Do not guard text starting with = + - @."));
    parser.addOptions({outOption, bomOption, noGuardOption});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const QString idText = parser.positionalArguments().constFirst();
    const auto id = reportIdFrom(idText);
    if (!id)
        return context.failBadInput(tr("\"%1\" is not a report id").arg(idText));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return context.failBadInput(tr("--out is required: the CSV file to write"));

    // Given options win; otherwise the report's own choices apply.
    std::optional<bool> bom;
    if (parser.isSet(bomOption))
        bom = true;
    std::optional<bool> formulaGuard;
    if (parser.isSet(noGuardOption))
        formulaGuard = false;
    ud::ReportExporter exporter(*context.signInConnection(), context.clock());
    if (const ud::Status written =
            exporter.exportToFile(context.actor(), *id, parser.value(outOption), bom, formulaGuard,
                                  &context.cancellation());
        !written)
        return context.fail(written.error());
    return Done;
}

const QStringList &listFields()
{
    static const QStringList names = {
        u"id"_s,           u"name"_s,       u"description"_s, u"scope"_s,     u"period"_s,
        u"period_start"_s, u"period_end"_s, u"delimiter"_s,   u"bom"_s,       u"formula_guard"_s,
        u"rows"_s,         u"csv_sha256"_s, u"created_by"_s,  u"created_at"_s};
    return names;
}

QStringList listValues(const ud::ReportInfo &info)
{
    return {QString::number(info.id),
            info.name,
            info.description,
            info.scope,
            info.period,
            info.periodStart.toString(Qt::ISODate),
            info.periodEnd.toString(Qt::ISODate),
            info.delimiter,
            info.bom ? u"true"_s : u"false"_s,
            info.formulaGuard ? u"true"_s : u"false"_s,
            QString::number(info.rowCount),
            info.csvSha256,
            info.createdBy,
            ud::isoUtc(info.createdAt)};
}

int runList(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = listFormatOption();
    parser.addOption(formatOption);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    const auto format = listFormatOf(parser, formatOption);
    if (!format)
        return context.fail(format.error());

    const ud::ReportCatalog catalog(*context.signInConnection(), context.actor(), context.clock());
    const auto reports = catalog.list();
    if (!reports)
        return context.fail(reports.error());
    if (*format == ListFormat::Csv) {
        context.out().flush();
        ud::CsvWriter csv(context.outDevice(), ud::CsvWriter::Options());
        for (const QString &name : listFields())
            csv.addPlain(name);
        csv.endRecord();
        for (const ud::ReportInfo &info : *reports) {
            const QStringList values = listValues(info);
            for (qsizetype i = 0; i < values.size(); ++i) {
                // Name, description and scope are typed by administrators.
                if (i >= 1 && i <= 3)
                    csv.addText(values.at(i));
                else
                    csv.addPlain(values.at(i));
            }
            csv.endRecord();
        }
        if (const ud::Status flushed = csv.flush(); !flushed)
            return context.fail(flushed.error());
        return Done;
    }
    if (*format == ListFormat::Json) {
        QJsonArray array;
        for (const ud::ReportInfo &info : *reports) {
            const QStringList values = listValues(info);
            QJsonObject object;
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QString &field = listFields().at(i);
                if (field == "id"_L1 || field == "rows"_L1)
                    object.insert(field, values.at(i).toLongLong());
                else if (field == "bom"_L1 || field == "formula_guard"_L1)
                    object.insert(field, values.at(i) == "true"_L1);
                else
                    object.insert(field, values.at(i));
            }
            array.append(object);
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return Done;
    }
    TextTable table({tr("ID"), tr("NAME"), tr("SCOPE"), tr("PERIOD"), tr("ROWS"), tr("CREATED BY"),
                     tr("CREATED AT")});
    for (const ud::ReportInfo &info : *reports)
        table.addRow({QString::number(info.id), info.name, info.scope,
                      info.periodStart.toString(Qt::ISODate) + u".."_s +
                          info.periodEnd.toString(Qt::ISODate),
                      QString::number(info.rowCount), info.createdBy, ud::isoUtc(info.createdAt)});
    table.print(context.out());
    return Done;
}

int runDelete(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const QString idText = parser.positionalArguments().constFirst();
    const auto id = reportIdFrom(idText);
    if (!id)
        return context.failBadInput(tr("\"%1\" is not a report id").arg(idText));
    ud::ReportCatalog catalog(*context.signInConnection(), context.actor(), context.clock());
    if (const ud::Status removed = catalog.remove(*id); !removed)
        return context.fail(removed.error());
    context.out() << tr("deleted report %1").arg(*id) << Qt::endl;
    return Done;
}

Command reportCommand(const QString &verb, const QString &synopsis, const QString &summary,
                      CommandRunner run)
{
    return serviceCheckedCommand({u"report"_s, verb}, synopsis, summary, run);
}

} // namespace

Command reportGenerateCommand()
{
    return reportCommand(
        u"generate"_s,
        u"report generate --name NAME [--description TEXT] --scope SCOPE --period PERIOD "
        "[--delimiter comma|pipe|semicolon|tab] [--out FILE] [--bom] [--no-formula-guard]"_s,
        tr("Generate a usage report and print its id (with --out, also write its CSV)."),
        runGenerate);
}

Command reportExportCommand()
{
    return reportCommand(u"export"_s, u"report export ID --out FILE [--bom] [--no-formula-guard]"_s,
                         tr("Write a stored usage report as CSV."), runExport);
}

Command reportListCommand()
{
    return reportCommand(u"list"_s, u"report list [--format table|csv|json]"_s,
                         tr("List the stored usage reports, newest first."), runList);
}

Command reportDeleteCommand()
{
    return reportCommand(u"delete"_s, u"report delete ID"_s, tr("Delete a stored usage report."),
                         runDelete);
}

} // namespace cli
