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

Status AuditLog::forEach(const Connection &connection, const QString &contains,
                         const std::function<bool(const AuditEntry &)> &visit)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT audit_id, at_utc, actor, action, object, outcome, detail FROM audit_log");
    if (!contains.isEmpty()) {
        // lower() folds ASCII on SQLite; the pattern is lower-cased the same way.
        sql += QStringLiteral(" WHERE lower(actor || ' ' || action || ' ' || object || ' ' || "
                              "detail) LIKE ? ESCAPE '\\'");
    }
    sql += QStringLiteral(" ORDER BY audit_id");
    query.prepare(sql);
    if (!contains.isEmpty()) {
        QString escaped = contains.toLower();
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
        escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
        query.addBindValue(QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    }
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("ud::AuditLog", "cannot read the audit log"));
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.object = query.value(4).toString();
        entry.allowed = query.value(5).toString() == QLatin1String("allowed");
        entry.detail = query.value(6).toString();
        if (!visit(entry))
            break;
    }
    return {};
}

} // namespace ud
