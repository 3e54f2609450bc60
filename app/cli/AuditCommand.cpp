#include "Commands.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "access/AuditLogWriter.h"
#include "access/AuditQuery.h"
#include "core/Clock.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int runAuditList(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = listFormatOption();
    const QCommandLineOption containsOption(
        QStringLiteral("contains"),
        tr("Only lines whose actor, action, object or detail contain TEXT (any case)."),
        tr("TEXT"));
    parser.addOptions({formatOption, containsOption});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    const auto format = listFormatOf(parser, formatOption);
    if (!format)
        return context.fail(format.error());
    std::optional<ud::AuditLogWriter::Format> writerFormat;
    if (*format == ListFormat::Csv)
        writerFormat = ud::AuditLogWriter::Format::Csv;
    else if (*format == ListFormat::Json)
        writerFormat = ud::AuditLogWriter::Format::Json;
    ud::AuditFilter filter;
    filter.contains = parser.value(containsOption);
    filter.oldestFirst = true;
    const ud::AuditQuery audit(*context.signInConnection(), context.actor(), context.clock());

    if (!writerFormat) {
        QStringList header;
        for (const QString &name : ud::AuditLogWriter::fieldNames())
            header << name.toUpper();
        TextTable table(header);
        const ud::Status listed = audit.forEach(filter, [&table](const ud::AuditEntry &entry) {
            table.addRow({ud::isoUtc(entry.at), entry.actor, entry.action, entry.object,
                          ud::AuditLogWriter::outcomeName(entry.allowed), entry.detail});
            return true;
        });
        if (!listed)
            return context.fail(listed.error());
        table.print(context.out());
        return Done;
    }

    context.out().flush();
    ud::AuditLogWriter writer(context.outDevice(), *writerFormat);
    ud::Status written;
    const ud::Status listed = audit.forEach(filter, [&](const ud::AuditEntry &entry) {
        written = writer.add(entry);
        return written.ok() && !context.cancellation().isCancelled();
    });
    if (!listed)
        return context.fail(listed.error());
    if (!written)
        return context.fail(written.error());
    if (const ud::Status finished = writer.finish(); !finished)
        return context.fail(finished.error());
    return Done;
}

} // namespace

Command auditListCommand()
{
    Command command;
    command.words = {QStringLiteral("audit"), QStringLiteral("list")};
    command.synopsis = QStringLiteral("audit list [--format table|csv|json] [--contains TEXT]");
    command.summary = tr("List the audit log, oldest first.");
    command.requirement.anyOf = {{ud::Permission{ud::Entity::AuditLog, ud::Action::View}}};
    command.requirement.action = QStringLiteral("list audit log");
    command.run = [command](CliContext &context, const QStringList &args) {
        return runAuditList(context, args, command);
    };
    return command;
}

} // namespace cli
