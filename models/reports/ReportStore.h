#pragma once

#include "core/Cancellation.h"
#include "core/Result.h"
#include "reports/ReportInfo.h"
#include "reports/ReportRow.h"
#include "storage/Connection.h"

#include <QHash>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;
struct sqlite3_stmt;

namespace ud {

// One page of a stored report's rows, in position order.
struct ReportRowsPage
{
    QList<ReportRow> rows;
    qint64 lastPosition = 0; // of the last row; the next page starts after it
    bool atEnd = false;
};

// The stored usage reports (tables reports and report_rows): snapshots whose
// rows never change after generation. It checks no access: ReportGenerator,
// ReportExporter and ReportCatalog do, and own the transactions.
//
// Writing a report, inside the caller's transaction: insertReport() (the row
// count and hash are placeholders then), addRow() for each row in order
// (SQLite: one native prepared INSERT stepped per row, no QVariant per
// value; PostgreSQL: 64 rows per INSERT, one round trip each), finishReport()
// with the final count and hash. A rollback leaves nothing.
class ReportStore
{
public:
    using RowVisitor = std::function<Status(const ReportRow &)>;

    explicit ReportStore(const Connection &connection);
    ~ReportStore();
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    Result<qint64> insertReport(const ReportInfo &info);
    Status addRow(const ReportRow &row);
    Status finishReport(qint64 rowCount, const QString &csvSha256);

    // Newest first; `limit` > 0: only that many (the index on created_at).
    Result<QList<ReportInfo>> list(int limit = 0) const;
    // The hostname of every tenant report's one row (as it was at
    // generation), by report id, in one query: the Reports page names
    // tenant reports by it, and a query per report took most of a second
    // at 10,000 reports.
    Result<QHash<qint64, QString>> tenantHostnames() const;
    Result<std::optional<ReportInfo>> find(qint64 id) const;
    // Rows with position > afterPosition (positions start at 1), at most
    // `limit`: one short range of report_rows' primary key (report_id,
    // position), as quick at row 900,000 as at row 0.
    Result<ReportRowsPage> rowsPage(qint64 id, qint64 afterPosition, int limit) const;
    // The rows in position order, read in pages of kForEachPageRows, so a
    // cancel never waits for a long statement: on PostgreSQL an abandoned
    // statement first drains every row the server already sent (0.3 s for
    // 200,000 rows), and a cancel request does not stop a server blocked on
    // sending. Cancelled between rows.
    static constexpr int kForEachPageRows = 2048;
    Status forEachRow(qint64 id, const RowVisitor &visit,
                      const CancellationFlag *cancellation = nullptr) const;
    // With its rows; false when there was no such report.
    Result<bool> remove(qint64 id);
    // False when there was no such report.
    Result<bool> rename(qint64 id, const QString &name);

private:
    Status flushRows();
    Status insertNative(const ReportRow &row);
    void finalizeNative();

    const Connection &m_connection;
    qint64 m_reportId = 0;
    qint64 m_position = 0;
    QList<ReportRow> m_pending;
    std::unique_ptr<QSqlQuery> m_batch; // a full batch's INSERT, prepared once
    sqlite3_stmt *m_native = nullptr;   // SQLite's single-row INSERT
};

} // namespace ud
