#include "reports/ReportGenerator.h"

#include "access/AccessGate.h"
#include "access/AuditLog.h"
#include "core/FieldRules.h"
#include "csv/CsvWriter.h"
#include "filters/SavedFilterStore.h"
#include "reports/ReportCalculator.h"
#include "reports/ReportCsv.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportScope.h"
#include "reports/ReportStore.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDevice>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportGenerator", text);
}

constexpr qint64 kRowsPerChunk = 2048;

// A write that stops short (a full disk) sets no error on a QFileDevice: say
// which file and how much went in.
Error csvWriteError(const QIODevice &device, qint64 written, qint64 wanted)
{
    // The context is named: lupdate files a free function's tr() under "ud".
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    const QString why =
        written >= 0 && written < wanted && (!file || file->error() == QFileDevice::NoError)
            ? QCoreApplication::translate(
                  "ud::ReportGenerator", "only %1 of %2 bytes could be written (is the disk full?)")
                  .arg(written)
                  .arg(wanted)
            : device.errorString();
    if (!file)
        return Error::storage(
            QCoreApplication::translate("ud::ReportGenerator", "cannot write the report's CSV: %1")
                .arg(why));
    return Error::storage(QCoreApplication::translate("ud::ReportGenerator", "cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(file->fileName()), why));
}

} // namespace

ReportGenerator::ReportGenerator(const Connection &connection, Clock clock)
    : m_connection(connection)
    , m_clock(std::move(clock))
{}

Result<qint64> ReportGenerator::generate(const Actor &actor, const ReportRequest &request,
                                         const CancellationFlag *cancellation,
                                         const Progress &progress, QIODevice *csvOut)
{
    const auto name = validateName(tr("name"), request.name);
    if (!name)
        return name.error();
    const auto description = validateDescription(tr("description"), request.description);
    if (!description)
        return description.error();
    const auto delimiter = CsvWriter::delimiterFromName(request.delimiter.trimmed());
    if (!delimiter)
        return Error::badInput(
            tr("delimiter \"%1\" is not known; expected comma, pipe, semicolon or tab")
                .arg(request.delimiter));
    const auto period = ReportPeriod::parse(request.period, request.today);
    if (!period)
        return period.error();

    // The gate audits an allowed change at once; this one is audited with the
    // report instead, in its transaction, so a cancelled generation leaves no
    // line saying it happened. A refusal goes through the gate (audited).
    const QList<Permission> needed = {{Entity::ExportReports, Action::Add},
                                      {Entity::Tenants, Action::View}};
    const bool allowed = actor.adminId != 0 && actor.can(needed.at(0)) && actor.can(needed.at(1));
    if (!allowed) {
        const AccessGate gate(m_connection, m_clock);
        const Status refused =
            gate.authorize(actor, {{needed}, false, u"generate report"_s}, name.value());
        return refused ? Error::notPermitted(tr("not permitted")) : refused.error();
    }

    const SavedFilterStore savedFilters(m_connection, actor, m_clock);
    const auto scope = ReportScope::parse(request.scope, &savedFilters);
    if (!scope)
        return scope.error();

    auto reader = Connection::open(m_connection.target(), u"report-calculation"_s);
    if (!reader)
        return reader.error();
    const ReportCalculator calculator(**reader);
    const auto total = calculator.count(*scope, cancellation);
    if (!total)
        return total.error();
    if (scope->kind() == ReportScope::Kind::Tenant && *total == 0)
        return Error::notFound(tr("there is no tenant %1").arg(scope->tenantId()));

    ReportInfo info;
    info.name = *name;
    info.description = *description;
    info.scopeKind = scope->kindName();
    info.scope = scope->text();
    info.period = period->text();
    info.periodStart = period->first();
    info.periodEnd = period->last();
    info.delimiter = request.delimiter.trimmed().toLower();
    info.bom = request.bom;
    info.formulaGuard = request.formulaGuard;
    info.createdBy = actor.userName;
    info.createdAt = m_clock();

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    ReportStore store(m_connection);
    const auto id = store.insertReport(info);
    if (!id)
        return id.error();

    // The CSV goes through a small buffer into the hash (and csvOut), so the
    // hash is that of exactly the bytes an export writes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ReportCsv csv(buffer, {*delimiter, request.bom, request.formulaGuard}, period->first(),
                  period->last());
    const auto drain = [&]() -> Status {
        if (Status flushed = csv.flush(); !flushed)
            return flushed;
        const QByteArray &bytes = buffer.data();
        hash.addData(bytes);
        if (csvOut) {
            const qint64 written = csvOut->write(bytes);
            if (written != bytes.size())
                return csvWriteError(*csvOut, written, bytes.size());
        }
        buffer.buffer().clear();
        buffer.seek(0);
        return {};
    };

    qint64 rows = 0;
    if (progress)
        progress(0, *total);
    const Status computed = calculator.forEach(
        *scope, period->first(), period->last(),
        [&](const ReportRow &row) -> Status {
            if (Status added = store.addRow(row); !added)
                return added;
            csv.add(row);
            if (++rows % kRowsPerChunk == 0) {
                if (Status drained = drain(); !drained)
                    return drained;
                if (progress)
                    progress(rows, std::max(rows, *total));
            }
            return {};
        },
        cancellation);
    if (!computed)
        return computed.error();
    if (Status drained = drain(); !drained)
        return drained.error();
    if (cancellation && cancellation->isCancelled())
        return Error::cancelled(tr("the report was cancelled"));
    if (Status finished = store.finishReport(rows, QString::fromLatin1(hash.result().toHex()));
        !finished)
        return finished.error();
    if (Status committed =
            AccessGate(m_connection, m_clock)
                .commitAudited(
                    **transaction, actor, u"generate report"_s, u"report %1"_s.arg(*id),
                    u"%1; %2; %3; %4 rows"_s.arg(*name, scope->text(), period->text()).arg(rows));
        !committed)
        return committed.error();
    if (progress)
        progress(rows, rows);
    return *id;
}

} // namespace ud
