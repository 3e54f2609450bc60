#include "reports/ReportExporter.h"

#include "access/AccessGate.h"
#include "access/AuditLog.h"
#include "core/SaveFile.h"
#include "csv/CsvWriter.h"
#include "reports/ReportCsv.h"
#include "reports/ReportStore.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportExporter", text);
}

constexpr qint64 kProgressEvery = 4096;

} // namespace

ReportExporter::ReportExporter(const Connection &connection, Clock clock)
    : m_connection(connection)
    , m_clock(std::move(clock))
{}

Status ReportExporter::exportReport(const Actor &actor, qint64 reportId, QIODevice &device,
                                    std::optional<bool> bom, std::optional<bool> formulaGuard,
                                    const CancellationFlag *cancellation, const Progress &progress)
{
    const QString object = u"report %1"_s.arg(reportId);
    const AccessGate gate(m_connection, m_clock);
    if (const Status allowed = gate.authorize(
            actor, {{{{Entity::ExportReports, Action::View}}}, false, u"export report"_s}, object);
        !allowed)
        return allowed;
    ReportStore store(m_connection);
    const auto found = store.find(reportId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("there is no report %1").arg(reportId));
    const ReportInfo &info = **found;
    const auto delimiter = CsvWriter::delimiterFromName(info.delimiter);
    if (!delimiter)
        return Error::storage(
            tr("report %1 has an unknown delimiter \"%2\"").arg(reportId).arg(info.delimiter));

    ReportCsv csv(device,
                  {*delimiter, bom.value_or(info.bom), formulaGuard.value_or(info.formulaGuard)},
                  info.periodStart, info.periodEnd);
    qint64 rows = 0;
    if (progress)
        progress(0, info.rowCount);
    const Status walked = store.forEachRow(
        reportId,
        [&](const ReportRow &row) -> Status {
            csv.add(row);
            if (++rows % kProgressEvery == 0) {
                if (Status flushed = csv.flush(); !flushed)
                    return flushed;
                if (progress)
                    progress(rows, info.rowCount);
            }
            return {};
        },
        cancellation);
    if (!walked)
        return walked;
    if (Status flushed = csv.flush(); !flushed)
        return flushed;
    if (cancellation && cancellation->isCancelled())
        return Error::cancelled(tr("the export was cancelled"));
    if (progress)
        progress(rows, info.rowCount);
    // A view is audited by the gate only when refused; exports leave the
    // program, so they are recorded (access.md, "Audit log").
    return AuditLog::append(m_connection, {0, m_clock(), actor.userName, u"export report"_s, object,
                                           true, u"%1 rows"_s.arg(rows)});
}

Status ReportExporter::exportToFile(const Actor &actor, qint64 reportId, const QString &path,
                                    std::optional<bool> bom, std::optional<bool> formulaGuard,
                                    const CancellationFlag *cancellation, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("cannot write %1: %2").arg(path, file.errorString()));
    if (Status written =
            exportReport(actor, reportId, file, bom, formulaGuard, cancellation, progress);
        !written)
        return cancelSaveFile(file, written.error());
    return commitSaveFile(file);
}

} // namespace ud
