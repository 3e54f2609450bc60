#pragma once

#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QIODevice>
#include <functional>
#include <optional>

namespace ud {

// Writes a stored usage report as CSV (report-csv.md) from its stored rows,
// so every export of a report gives the same bytes whatever happened to the
// usage data since. The delimiter is the report's; the BOM and the formula
// guard are the export's choice when given, else the report's.
// Needs export_reports:view (a refusal is audited); an export is audited too.
// Errors: NotPermitted, NotFound (no such report), Storage, Cancelled.
class ReportExporter
{
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    ReportExporter(const Connection &connection, Clock clock);

    // Onto any device (a QBuffer, stdout). The device may hold part of the
    // CSV after a failure: use exportToFile() for files.
    Status exportReport(const Actor &actor, qint64 reportId, QIODevice &device,
                        std::optional<bool> bom = std::nullopt,
                        std::optional<bool> formulaGuard = std::nullopt,
                        const CancellationFlag *cancellation = nullptr,
                        const Progress &progress = {});
    // Through a QSaveFile: the file appears complete or not at all, and an
    // existing file of that name stays as it was on failure or cancel.
    Status exportToFile(const Actor &actor, qint64 reportId, const QString &path,
                        std::optional<bool> bom = std::nullopt,
                        std::optional<bool> formulaGuard = std::nullopt,
                        const CancellationFlag *cancellation = nullptr,
                        const Progress &progress = {});

private:
    const Connection &m_connection;
    Clock m_clock;
};

} // namespace ud
