#pragma once

#include "tenants/TenantListSpec.h"
#include "tenants/TenantPageKey.h"

#include <optional>

namespace ud {

// One read the loader is asked for. `generation` tags the list state it
// belongs to: a request of an older generation than the newest is dropped.
struct TenantPageRequest
{
    enum class Kind
    {
        First,  // the first `limit` rows
        Last,   // the last `limit` rows (read in reverse order)
        After,  // `limit` rows after `anchor`
        Before, // `limit` rows before `anchor` (read in reverse order)
        Seek,   // `limit` rows from position `offset` (one index-only skip)
        Count,  // the number of rows
        // How many tenants have no usage row this month (filter ignored).
        // Never stale: it belongs to a month and data epoch, not a state.
        LackingUsage,
    };
    static constexpr quint64 kNoGeneration = ~quint64(0);

    quint64 generation = 0;
    quint64 dataEpoch = 0; // changes when the data may have changed (reload)
    Kind kind = Kind::First;
    int pageIndex = 0; // where the rows go in the model: rows pageIndex * pageSize...
    int limit = 0;
    qint64 offset = 0;
    TenantPageKey anchor;
    TenantListSpec spec;
    // Known from a LackingUsage request: lets usage sorts skip the search
    // for tenants without a row this month (the loader counts when unset).
    std::optional<bool> someLackUsage;
};

} // namespace ud
