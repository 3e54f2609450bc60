#include "access/AuditCsv.h"

#include "access/AuditLogWriter.h"

#include <QCoreApplication>

namespace ud {

Status AuditCsv::write(const AuditQuery &query, const AuditFilter &filter, QIODevice &device,
                       const CancellationFlag *cancellation,
                       const std::function<void(qint64)> &progress)
{
    // The same encoding and columns as `audit list --format csv`.
    AuditLogWriter writer(device, AuditLogWriter::Format::Csv);
    qint64 lines = 0;
    bool cancelled = false;
    Status written;
    const Status read = query.forEach(filter, [&](const AuditEntry &entry) {
        if (cancellation && cancellation->isCancelled()) {
            cancelled = true;
            return false;
        }
        written = writer.add(entry);
        if (!written)
            return false;
        if (++lines % 5000 == 0 && progress)
            progress(lines);
        return true;
    });
    if (!read)
        return read;
    if (!written)
        return written;
    if (cancelled)
        return Error::cancelled(
            QCoreApplication::translate("ud::AuditCsv", "the export was cancelled"));
    if (const Status finished = writer.finish(); !finished)
        return finished;
    if (progress)
        progress(lines);
    return {};
}

} // namespace ud
