#include "access/AuditCsv.h"

#include "csv/CsvWriter.h"

#include <QCoreApplication>

namespace ud {

Status AuditCsv::write(const AuditQuery &query, const AuditFilter &filter, QIODevice &device,
                       const CancellationFlag *cancellation,
                       const std::function<void(qint64)> &progress)
{
    CsvWriter csv(device, CsvWriter::Options{});
    for (const char *name : {"at_utc", "administrator", "action", "object", "outcome", "detail"})
        csv.addPlain(QString::fromLatin1(name));
    csv.endRecord();

    qint64 lines = 0;
    bool cancelled = false;
    Status written;
    const Status read = query.forEach(filter, [&](const AuditEntry &entry) {
        if (cancellation && cancellation->isCancelled()) {
            cancelled = true;
            return false;
        }
        csv.addPlain(isoUtc(entry.at));
        csv.addText(entry.actor);
        csv.addText(entry.action);
        csv.addText(entry.object);
        csv.addPlain(entry.allowed ? QStringLiteral("allowed") : QStringLiteral("refused"));
        csv.addText(entry.detail);
        csv.endRecord();
        if (++lines % 5000 == 0) {
            written = csv.flush();
            if (!written)
                return false;
            if (progress)
                progress(lines);
        }
        return true;
    });
    if (!read)
        return read;
    if (!written)
        return written;
    if (cancelled)
        return Error::cancelled(
            QCoreApplication::translate("ud::AuditCsv", "the export was cancelled"));
    if (const Status flushed = csv.flush(); !flushed)
        return flushed;
    if (progress)
        progress(lines);
    return {};
}

} // namespace ud
