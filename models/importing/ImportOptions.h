#pragma once

#include "access/PendingAudit.h"
#include "core/Cancellation.h"

#include <QDate>
#include <functional>

namespace ud {

// How far an import has got, for a progress bar (the GUI) or nothing (the CLI).
struct ImportProgress
{
    qint64 rowsDone = 0;   // data rows read so far, over all files
    qint64 bytesRead = 0;  // bytes read so far, over all files
    qint64 bytesTotal = 0; // the size of all files together
};

struct ImportOptions
{
    // Columns the import does not know are skipped instead of failing it.
    bool ignoreUnknownColumns = false;
    // The import day: a new tenant's empty created_on (data.md). The CLI
    // passes its today() so --today makes runs reproducible.
    QDate today;
    // Polled every few thousand rows; when set the import rolls back and
    // returns ErrorKind::Cancelled.
    const CancellationFlag *cancellation = nullptr;
    // Called every few thousand rows and at the end of each file.
    std::function<void(const ImportProgress &)> progress;
    // The gate's line for this import, recorded in the import's transaction
    // just before it commits: a refused file leaves no "allowed" line.
    PendingAudit audit;
};

// What a successful import did.
struct ImportSummary
{
    int files = 0;
    qint64 rowsRead = 0;        // data rows over all files
    qint64 tenantsInserted = 0; // distinct tenants new to the database
    qint64 tenantsUpdated = 0;  // distinct tenants that existed before
    qint64 usageRows = 0;       // usage rows written (a repeated tenant and day counts each time)
};

} // namespace ud
