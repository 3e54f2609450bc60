#pragma once

#include "core/Result.h"
#include "importing/ImportColumns.h"
#include "importing/ImportOptions.h"
#include "importing/ImportProblems.h"
#include "storage/Connection.h"

#include <QStringList>

namespace ud {

class CsvReader;

// What every import shares (data.md, "Import files"): the files are read in
// the order given, as one all-or-nothing unit in one transaction; bad rows
// are collected (the first 20) while reading goes on, and any of them rolls
// everything back. Subclasses say which columns they know and what one row
// means.
class Importer
{
public:
    virtual ~Importer();
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    // `files` are paths as the user gave them; messages name them that way.
    Result<ImportSummary> run(const QStringList &files);

protected:
    Importer(const Connection &connection, ImportOptions options);

    virtual QList<ColumnSpec> columns() const = 0;
    // Inside the transaction, before the first file.
    virtual Status start() = 0;
    // One data row with the right number of fields. A bad value goes to
    // problems(); a returned error (storage) ends the whole import.
    virtual Status importRow(const CsvReader &reader, const ImportColumns &columns,
                             const QString &file) = 0;
    // After the last file, when there were no problems, before the commit.
    virtual Status finish(ImportSummary &summary) = 0;

    const Connection &connection() const { return m_connection; }
    const ImportOptions &options() const { return m_options; }
    ImportProblems &problems() { return m_problems; }

private:
    Status importFile(const QString &file, qint64 bytesBefore, qint64 bytesTotal,
                      ImportSummary &summary);
    bool cancelled() const;

    const Connection &m_connection;
    ImportOptions m_options;
    ImportProblems m_problems;
};

} // namespace ud
