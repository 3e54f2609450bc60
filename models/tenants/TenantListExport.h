#pragma once

#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "filters/TenantFilter.h"
#include "storage/Connection.h"

#include <QIODevice>
#include <functional>

namespace ud {

// The Tenants List's "Export list to CSV": the tenants the filter and quick
// search select, as `tenants list --format csv` writes them (TenantListWriter,
// fields of data.md, hostname order), onto any device (a QSaveFile in the
// GUI), with progress and cancel for a worker thread. Needs tenants:view.
class TenantListExport
{
public:
    // `progress` (optional) gets the number of tenants written so far, every
    // few thousand. Cancelled work returns a Cancelled error.
    static Status write(const Connection &connection, const Actor &actor, const Clock &clock,
                        const TenantFilter &filter, const QString &quickSearch, QIODevice &device,
                        const CancellationFlag *cancellation = nullptr,
                        const std::function<void(qint64)> &progress = {});
};

} // namespace ud
