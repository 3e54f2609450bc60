#pragma once

#include "access/AuditLog.h"
#include "core/Result.h"
#include "csv/CsvWriter.h"

#include <QIODevice>
#include <QStringList>
#include <memory>
#include <optional>

namespace ud {

// Writes audit log lines as they stream from AuditLog::forEach, with the
// fields at_utc, actor, action, object, outcome, detail in that order:
// - Csv: report-csv.md encoding through CsvWriter (comma, CRLF, header
//   first, formula guard on the text that administrators typed);
// - Json: an array of objects, one per line, never built as one document.
// `audit list` and the GUI's Audit Log export can share it.
class AuditLogWriter
{
public:
    enum class Format
    {
        Csv,
        Json
    };
    static QStringList fieldNames();
    static QString outcomeName(bool allowed); // "allowed" / "refused"

    AuditLogWriter(QIODevice &device, Format format,
                   CsvWriter::Options csvOptions = CsvWriter::Options());
    ~AuditLogWriter();
    AuditLogWriter(const AuditLogWriter &) = delete;
    AuditLogWriter &operator=(const AuditLogWriter &) = delete;

    Status add(const AuditEntry &entry);
    // Closes the JSON array and flushes. Call once, after the last add().
    Status finish();

private:
    Status flushBuffer();

    QIODevice &m_device;
    Format m_format;
    std::unique_ptr<CsvWriter> m_csv;
    QByteArray m_buffer; // Json output waiting to be written
    bool m_first = true;
};

} // namespace ud
