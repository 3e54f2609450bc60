#pragma once

#include "core/Result.h"
#include "csv/CsvWriter.h"
#include "tenants/Tenant.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace ud {

// Writes a list of tenants as it streams in, in one of three forms, with the
// fields of data.md in data.md's order:
// - Csv: report-csv.md encoding through CsvWriter (comma unless the options
//   say otherwise), header first, booleans true/false, formula guard on text;
// - Json: an array of objects, booleans as JSON true/false, written object by
//   object, never built as one document;
// - Table: aligned columns for a terminal; widths come from the first
//   kTableWidthSample rows, later wider values just push their line out.
// The command line's `tenants list` and the GUI's "Export list" share it.
class TenantListWriter
{
public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };
    static std::optional<Format> formatFromName(QStringView name); // table, csv, json
    static QStringList fieldNames();

    static constexpr qsizetype kTableWidthSample = 500;

    TenantListWriter(QIODevice &device, Format format,
                     CsvWriter::Options csvOptions = CsvWriter::Options());
    ~TenantListWriter();
    TenantListWriter(const TenantListWriter &) = delete;
    TenantListWriter &operator=(const TenantListWriter &) = delete;

    // Reports a write error of the device as soon as a flush meets it.
    Status add(const Tenant &tenant);
    // Writes what is still held (the table's sample, the JSON's closing
    // bracket) and flushes. Call once, after the last add().
    Status finish();

private:
    static QStringList fieldsOf(const Tenant &tenant);
    void writeJson(const Tenant &tenant);
    void writeTableLine(const QStringList &cells);
    void writeTableSample();
    Status flushIfFull();
    Status flushBuffer();

    QIODevice &m_device;
    Format m_format;
    std::unique_ptr<CsvWriter> m_csv;
    QByteArray m_buffer;         // Json and Table output waiting to be written
    QList<QStringList> m_sample; // Table rows held until the widths are known
    QList<qsizetype> m_widths;   // Table column widths, once known
    bool m_firstJson = true;
};

} // namespace ud
