#pragma once

#include <QString>

// The CSV options a new report or schedule starts with (Settings > General):
// the delimiter (a CsvWriter::delimiterFromName id) and Excel compatible
// (BOM). Kept per user in QSettings, as the report-csv.md defaults (comma, no
// BOM) until changed. The Generate Usage Report dialog remembers its last
// choice on top of these; saving new defaults forgets that choice, so the
// next dialog opens with what was just saved.
struct ReportExportDefaults
{
    QString delimiter = QStringLiteral("comma");
    bool bom = false;

    static ReportExportDefaults load();
    void save() const;

    // The Generate Usage Report dialog's remembered choice.
    static QString lastDelimiterKey();
    static QString lastBomKey();
};
