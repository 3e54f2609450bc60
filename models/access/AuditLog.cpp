#include "access/AuditLog.h"

#include "core/Clock.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ud {

Status AuditLog::append(const Connection &connection, const AuditEntry &entry)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at_utc, actor, action, object, outcome, "
                                 "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(isoUtc(entry.at));
    query.addBindValue(notNull(entry.actor));
    query.addBindValue(notNull(entry.action));
    query.addBindValue(notNull(entry.object));
    query.addBindValue(entry.allowed ? QStringLiteral("allowed") : QStringLiteral("refused"));
    query.addBindValue(notNull(entry.detail));
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("ud::AuditLog", "cannot write the audit log"));
    return {};
}

} // namespace ud
