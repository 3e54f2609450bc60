#pragma once

#include "access/AuditQuery.h"
#include "core/Cancellation.h"

#include <QIODevice>
#include <functional>

namespace ud {

// The filtered audit log as CSV, newest first, in AuditLogWriter's encoding
// and columns (the command line's `audit list --format csv`), with progress
// and cancel for the Audit Log page's export; any QIODevice (a QSaveFile in
// the GUI).
class AuditCsv
{
public:
    // `progress` (optional) gets the number of lines written so far, every
    // few thousand lines. Cancelled work returns a Cancelled error.
    static Status write(const AuditQuery &query, const AuditFilter &filter, QIODevice &device,
                        const CancellationFlag *cancellation = nullptr,
                        const std::function<void(qint64)> &progress = {});
};

} // namespace ud
