#pragma once

#include <QString>
#include <QVariantList>

namespace ud {

// A statement with `?` placeholders and the values to bind, in order.
struct TenantPageSql
{
    QString text;
    QVariantList values;
};

} // namespace ud
