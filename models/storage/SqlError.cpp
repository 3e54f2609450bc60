#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

Error sqlError(const QSqlError &error, const QString &context)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    if (detail.isEmpty())
        return Error::storage(context);
    return Error::storage(context + QStringLiteral(": ") + detail);
}

Error sqlError(const QSqlQuery &query, const QString &context)
{
    return sqlError(query.lastError(), context);
}

} // namespace ud
