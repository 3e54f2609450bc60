#pragma once

#include "tenants/TenantListRow.h"

#include <QList>
#include <QMetaType>

namespace ud {

// Rows the loader read for one request, in list order.
struct TenantPage
{
    quint64 generation = 0;
    int pageIndex = 0;
    QList<TenantListRow> rows;
};

} // namespace ud

Q_DECLARE_METATYPE(ud::TenantPage)
