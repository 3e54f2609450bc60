#pragma once

#include "tenants/TenantListSpec.h"
#include "tenants/TenantPageKey.h"

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
    };

    quint64 generation = 0;
    quint64 dataEpoch = 0; // changes when the data may have changed (reload)
    Kind kind = Kind::First;
    int pageIndex = 0; // where the rows go in the model: rows pageIndex * pageSize...
    int limit = 0;
    qint64 offset = 0;
    TenantPageKey anchor;
    TenantListSpec spec;
};

} // namespace ud
