#include "access/AuditQuery.h"

#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::AuditQuery", text);
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause and its values, in order; only placeholders reach the SQL.
struct Where
{
    QStringList conditions;
    QVariantList values;
};

Where whereFor(const AuditFilter &filter, qint64 beforeId)
{
    Where where;
    if (!filter.actor.trimmed().isEmpty()) {
        where.conditions << QStringLiteral("lower(actor) = ?");
        where.values << filter.actor.trimmed().toLower();
    }
    if (!filter.action.trimmed().isEmpty()) {
        where.conditions << QStringLiteral("lower(action) LIKE ? ESCAPE '\\'");
        where.values << likePattern(filter.action.trimmed());
    }
    if (filter.allowed.has_value()) {
        where.conditions << QStringLiteral("outcome = ?");
        where.values << (*filter.allowed ? QStringLiteral("allowed") : QStringLiteral("refused"));
    }
    if (filter.fromUtc.isValid()) {
        where.conditions << QStringLiteral("at_utc >= ?");
        where.values << isoUtc(filter.fromUtc);
    }
    if (filter.untilUtc.isValid()) {
        where.conditions << QStringLiteral("at_utc < ?");
        where.values << isoUtc(filter.untilUtc);
    }
    if (!filter.contains.isEmpty()) {
        // lower() folds ASCII on SQLite; the pattern is lower-cased the same way.
        where.conditions << AuditQuery::searchedText() + QStringLiteral(" LIKE ? ESCAPE '\\'");
        where.values << likePattern(filter.contains);
    }
    if (beforeId > 0) {
        where.conditions << QStringLiteral("audit_id < ?");
        where.values << beforeId;
    }
    return where;
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.object = query.value(4).toString();
    entry.allowed = query.value(5).toString() == QLatin1String("allowed");
    entry.detail = query.value(6).toString();
    return entry;
}

bool run(QSqlQuery &query, const AuditFilter &filter, qint64 beforeId, int limit)
{
    const Where where = whereFor(filter, beforeId);
    QString sql = QStringLiteral(
        "SELECT audit_id, at_utc, actor, action, object, outcome, detail FROM audit_log");
    if (!where.conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.conditions.join(QStringLiteral(" AND "));
    sql += filter.oldestFirst ? QStringLiteral(" ORDER BY audit_id")
                              : QStringLiteral(" ORDER BY audit_id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    if (limit > 0)
        query.addBindValue(limit);
    return query.exec();
}

} // namespace

AuditQuery::AuditQuery(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_gate(connection, std::move(clock))
{}

QString AuditQuery::searchedText()
{
    return QStringLiteral("lower(actor || ' ' || action || ' ' || object || ' ' || detail)");
}

Status AuditQuery::authorize() const
{
    AccessRequirement requirement;
    requirement.anyOf = {{Permission{Entity::AuditLog, Action::View}}};
    requirement.action = QStringLiteral("audit view");
    return m_gate.authorize(m_actor, requirement);
}

Result<QList<AuditEntry>> AuditQuery::page(const AuditFilter &filter, qint64 beforeId,
                                           int limit) const
{
    if (const Status allowed = authorize(); !allowed)
        return allowed.error();
    QSqlQuery query(m_connection.database());
    if (!run(query, filter, beforeId, qMax(1, limit)))
        return sqlError(query, tr("cannot read the audit log"));
    QList<AuditEntry> entries;
    while (query.next())
        entries << entryFrom(query);
    return entries;
}

Status AuditQuery::forEach(const AuditFilter &filter,
                           const std::function<bool(const AuditEntry &)> &visit) const
{
    if (const Status allowed = authorize(); !allowed)
        return allowed;
    QSqlQuery query(m_connection.database());
    if (!run(query, filter, 0, 0))
        return sqlError(query, tr("cannot read the audit log"));
    while (query.next()) {
        if (!visit(entryFrom(query)))
            break;
    }
    return {};
}

} // namespace ud
