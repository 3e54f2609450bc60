#pragma once

#include "core/Result.h"
#include "csv/CsvWriter.h"
#include "reports/ReportRow.h"

#include <QDate>
#include <QIODevice>
#include <QStringList>

namespace ud {

// A usage report as report-csv.md writes it: the header line, then one
// record per row with the report's period in every row, through CsvWriter
// (delimiter, CRLF, minimal quoting, BOM, formula guard on hostname and
// company_name only). The one writer every way a report leaves the program
// uses, so their bytes are the same.
class ReportCsv
{
public:
    static QStringList columnNames();

    // Writes the header (after the BOM, if asked for) into the buffer.
    ReportCsv(QIODevice &device, CsvWriter::Options options, QDate first, QDate last);

    void add(const ReportRow &row);
    // Writes what is buffered; the device's error, if any.
    Status flush();

private:
    CsvWriter m_csv;
    QDate m_first;
    QDate m_last;
};

} // namespace ud
