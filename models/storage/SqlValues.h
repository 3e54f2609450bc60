#pragma once

#include <QString>

namespace ud {

// QtSql binds a null QString as SQL NULL. Columns that are NOT NULL with an
// empty default get this instead.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace ud
