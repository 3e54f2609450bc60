#include "reports/ReportCalculator.h"

#include "filters/FilterSql.h"
#include "storage/SqlError.h"
#include "storage/StatementInterrupter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportCalculator", text);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate lastOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

// A piece of SQL and the values of its placeholders, in order.
struct Sql
{
    QString text;
    QVariantList values;

    Sql &append(const QString &more, const QVariantList &moreValues = {})
    {
        text += more;
        values += moreValues;
        return *this;
    }
};

// Which tenants the scope selects, as a condition on the tenants table
// (`alias` "t" or none). Empty text for every tenant.
Result<Sql> scopeCondition(const ReportScope &scope, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    switch (scope.kind()) {
    case ReportScope::Kind::All:
        return Sql();
    case ReportScope::Kind::Tenant:
        return Sql{prefix + u"tenant_id = ?"_s, {scope.tenantId()}};
    case ReportScope::Kind::Filter:
        break;
    }
    if (scope.filter().isEmpty())
        return Sql();
    auto sql = FilterSql::translate(scope.filter(), alias);
    if (!sql)
        return sql.error();
    return Sql{sql->whereClause(), sql->values()};
}

// The period cut into segments: whole months read from usage_monthly, the
// days of partial months at either end from usage_daily. Chronological.
struct Segment
{
    bool monthly = false;
    QDate from; // first day, or first month's first day
    QDate to;   // last day, or last month's first day
};

QList<Segment> segmentsOf(QDate first, QDate last, ReportCalculator::Source source)
{
    const QDate firstWhole = first.day() == 1 ? first : firstOfMonth(first).addMonths(1);
    const QDate lastWholeEnd = last == lastOfMonth(last) ? last : firstOfMonth(last).addDays(-1);
    if (source == ReportCalculator::Source::DailyOnly || firstWhole > lastWholeEnd)
        return {Segment{false, first, last}};
    QList<Segment> segments;
    if (first < firstWhole)
        segments.append({false, first, firstWhole.addDays(-1)});
    segments.append({true, firstWhole, firstOfMonth(lastWholeEnd)});
    if (lastWholeEnd < last)
        segments.append({false, lastWholeEnd.addDays(1), last});
    return segments;
}

// One segment's figures per tenant as (tenant_key, peak, uend, v, s, a):
// the aggregate reads each tenant's rows as one range of the table's primary
// key (tenant_key, day|month), driven by the IN list of tenants in scope
// (neither table has an index on the day alone), and users_end is looked up
// by key at the segment's latest day or month.
Sql segmentSql(const Segment &segment, const Sql &inScope)
{
    const QString table = segment.monthly ? u"usage_monthly"_s : u"usage_daily"_s;
    const QString day = segment.monthly ? u"month"_s : u"day"_s;
    const QString peak = segment.monthly ? u"users_peak"_s : u"users"_s;
    const QString end = segment.monthly ? u"users_end"_s : u"users"_s;
    Sql sql;
    sql.append(u"SELECT g.tenant_key, g.peak, u.%1 AS uend, g.v, g.s, g.a FROM ("
               "SELECT tenant_key, max(%2) AS peak, max(%3) AS latest, "
               "CAST(sum(voice_credits) AS BIGINT) AS v, CAST(sum(sms_credits) AS BIGINT) AS s, "
               "CAST(sum(authentications) AS BIGINT) AS a FROM %4 "
               "WHERE tenant_key IN (SELECT tenant_key FROM tenants"_s.arg(end, peak, day, table));
    if (!inScope.text.isEmpty())
        sql.append(u" WHERE "_s + inScope.text, inScope.values);
    sql.append(u") AND %1 >= ? AND %1 <= ? GROUP BY tenant_key) g "
               "JOIN %2 u ON u.tenant_key = g.tenant_key AND u.%1 = g.latest"_s.arg(day, table),
               {iso(segment.from), iso(segment.to)});
    return sql;
}

Status prepareAndExec(QSqlQuery &query, const Sql &sql, const QString &context)
{
    query.setForwardOnly(true); // before prepare: QPSQL streams in single-row mode then
    if (!query.prepare(sql.text))
        return sqlError(query, context);
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, context);
    return {};
}

Error cancelledError()
{
    return Error::cancelled(
        QCoreApplication::translate("ud::ReportCalculator", "the report was cancelled"));
}

// Whether the work was cancelled, by the flag or by an interrupted statement.
bool wasCancelled(const StatementInterrupter &interrupter, const CancellationFlag *flag)
{
    return interrupter.wasInterrupted() || (flag && flag->isCancelled());
}

} // namespace

ReportCalculator::ReportCalculator(const Connection &connection)
    : m_connection(connection)
{}

Result<qint64> ReportCalculator::count(const ReportScope &scope,
                                       const CancellationFlag *cancellation) const
{
    const auto condition = scopeCondition(scope, QString());
    if (!condition)
        return condition.error();
    Sql sql{u"SELECT count(*) FROM tenants"_s, {}};
    if (!condition->text.isEmpty())
        sql.append(u" WHERE "_s + condition->text, condition->values);
    if (cancellation && cancellation->isCancelled())
        return cancelledError();
    // Stops the statement itself as soon as the flag is set (destruction
    // stops the watch).
    StatementInterrupter interrupter(m_connection);
    interrupter.watch(cancellation);
    QSqlQuery query(m_connection.database());
    const Status done = prepareAndExec(query, sql, tr("cannot count the tenants of the report"));
    if (wasCancelled(interrupter, cancellation))
        return cancelledError();
    if (!done)
        return done.error();
    if (!query.next())
        return sqlError(query, tr("cannot count the tenants of the report"));
    return query.value(0).toLongLong();
}

Result<QString> ReportCalculator::hostnameOf(const QString &tenantId) const
{
    QSqlQuery query(m_connection.database());
    const Status done = prepareAndExec(
        query, Sql{u"SELECT hostname FROM tenants WHERE tenant_id = ?"_s, {tenantId}},
        tr("cannot read the tenant"));
    if (!done)
        return done.error();
    if (!query.next())
        return QString();
    return query.value(0).toString();
}

Status ReportCalculator::forEach(const ReportScope &scope, QDate first, QDate last,
                                 const Visitor &visit, const CancellationFlag *cancellation,
                                 Source source) const
{
    if (!first.isValid() || !last.isValid() || first > last)
        return Error::badInput(tr("the report's period is not valid"));
    const auto inScope = scopeCondition(scope, QString());
    if (!inScope)
        return inScope.error();
    const auto outerScope = scopeCondition(scope, u"t"_s);
    if (!outerScope)
        return outerScope.error();
    const QList<Segment> segments = segmentsOf(first, last, source);

    // One statement: each segment's figures per tenant, joined to the tenants
    // in scope in the report's order; the segments are combined below.
    Sql sql;
    sql.append(u"SELECT t.tenant_id, t.hostname, t.company_name, t.contract_mode"_s);
    for (qsizetype i = 0; i < segments.size(); ++i)
        sql.append(u", s%1.peak, s%1.uend, s%1.v, s%1.s, s%1.a"_s.arg(i));
    sql.append(u" FROM tenants t"_s);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        sql.append(u" LEFT JOIN ("_s);
        const Sql segment = segmentSql(segments.at(i), *inScope);
        sql.append(segment.text, segment.values);
        sql.append(u") s%1 ON s%1.tenant_key = t.tenant_key"_s.arg(i));
    }
    if (!outerScope->text.isEmpty())
        sql.append(u" WHERE "_s + outerScope->text, outerScope->values);
    sql.append(u" ORDER BY t.hostname, t.tenant_id"_s);

    if (cancellation && cancellation->isCancelled())
        return cancelledError();
    // Stops the statement itself as soon as the flag is set (destruction
    // stops the watch).
    StatementInterrupter interrupter(m_connection);
    interrupter.watch(cancellation);
    QSqlQuery query(m_connection.database());
    const QString context = tr("cannot compute the report");
    if (const Status done = prepareAndExec(query, sql, context); !done)
        return wasCancelled(interrupter, cancellation) ? Status(cancelledError()) : done;
    ReportRow row;
    const auto overflow = [&row] {
        return Error::storage(
            tr("cannot compute the report: a sum for %1 exceeds 64 bits").arg(row.hostname));
    };
    while (query.next()) {
        if (wasCancelled(interrupter, cancellation))
            return cancelledError();
        row = ReportRow();
        row.tenantId = query.value(0).toString();
        row.hostname = query.value(1).toString();
        row.companyName = query.value(2).toString();
        row.contractMode = query.value(3).toString();
        // Segments are chronological: the last one with rows has users_end.
        for (int i = 0; i < int(segments.size()); ++i) {
            const int column = 4 + 5 * i;
            if (query.value(column).isNull())
                continue;
            row.usersPeak = std::max(row.usersPeak, query.value(column).toLongLong());
            row.usersEnd = query.value(column + 1).toLongLong();
            if (__builtin_add_overflow(row.voiceCredits, query.value(column + 2).toLongLong(),
                                       &row.voiceCredits) ||
                __builtin_add_overflow(row.smsCredits, query.value(column + 3).toLongLong(),
                                       &row.smsCredits) ||
                __builtin_add_overflow(row.authentications, query.value(column + 4).toLongLong(),
                                       &row.authentications))
                return overflow();
        }
        if (Status visited = visit(row); !visited)
            return visited;
    }
    if (wasCancelled(interrupter, cancellation))
        return cancelledError();
    if (query.lastError().isValid())
        return sqlError(query, context);
    return {};
}

} // namespace ud
