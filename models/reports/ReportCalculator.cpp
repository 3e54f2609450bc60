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

// The usage rows of the period, as (tenant_key, d, peak, uend, v, s, a):
// whole months from usage_monthly (d = the month's last day with a row, uend
// the users on it), the days of partial months from usage_daily (d = the
// day, peak = uend = its users). The ranges never overlap, so d is unique per
// tenant and the latest d carries users_end.
Result<Sql> usageRows(const ReportScope &scope, QDate first, QDate last,
                      ReportCalculator::Source source)
{
    const auto inScope = scopeCondition(scope, QString());
    if (!inScope)
        return inScope.error();
    const auto restrict = [&inScope](Sql &sql) {
        if (!inScope->text.isEmpty())
            sql.append(u" AND tenant_key IN (SELECT tenant_key FROM tenants WHERE "_s +
                           inScope->text + u')',
                       inScope->values);
    };
    QList<std::pair<QDate, QDate>> dailyRanges;
    std::optional<std::pair<QDate, QDate>> months; // first days of the whole months
    const QDate firstWhole = first.day() == 1 ? first : firstOfMonth(first).addMonths(1);
    const QDate lastWholeEnd = last == lastOfMonth(last) ? last : firstOfMonth(last).addDays(-1);
    if (source == ReportCalculator::Source::RollUp && firstWhole < lastWholeEnd) {
        months = std::pair(firstWhole, firstOfMonth(lastWholeEnd));
        if (first < firstWhole)
            dailyRanges.append({first, firstWhole.addDays(-1)});
        if (lastWholeEnd < last)
            dailyRanges.append({lastWholeEnd.addDays(1), last});
    } else {
        dailyRanges.append({first, last});
    }

    Sql sql;
    if (months) {
        sql.append(u"SELECT tenant_key, last_day AS d, users_peak AS peak, users_end AS uend, "
                   "voice_credits AS v, sms_credits AS s, authentications AS a "
                   "FROM usage_monthly WHERE month >= ? AND month <= ?"_s,
                   {iso(months->first), iso(months->second)});
        restrict(sql);
    }
    for (const auto &[from, to] : dailyRanges) {
        if (!sql.text.isEmpty())
            sql.append(u" UNION ALL "_s);
        sql.append(u"SELECT tenant_key, day AS d, users AS peak, users AS uend, "
                   "voice_credits AS v, sms_credits AS s, authentications AS a "
                   "FROM usage_daily WHERE day >= ? AND day <= ?"_s,
                   {iso(from), iso(to)});
        restrict(sql);
    }
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
    return Error::cancelled(tr("the report was cancelled"));
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
    const auto usage = usageRows(scope, first, last, source);
    if (!usage)
        return usage.error();
    const auto inScope = scopeCondition(scope, u"t"_s);
    if (!inScope)
        return inScope.error();

    // One statement: the period's rows per tenant summed, the latest day's
    // users picked by row_number() (portable, unlike SQLite's bare column of
    // max()), joined to the tenants in scope in the report's order.
    Sql sql;
    sql.append(u"SELECT t.tenant_id, t.hostname, t.company_name, t.contract_mode, "
               "COALESCE(u.peak, 0), COALESCE(u.uend, 0), COALESCE(u.v, 0), COALESCE(u.s, 0), "
               "COALESCE(u.a, 0) FROM tenants t LEFT JOIN ("
               "SELECT tenant_key, max(peak) AS peak, max(CASE WHEN rn = 1 THEN uend END) AS uend, "
               "CAST(sum(v) AS BIGINT) AS v, CAST(sum(s) AS BIGINT) AS s, "
               "CAST(sum(a) AS BIGINT) AS a FROM (SELECT r.tenant_key, r.peak, r.uend, r.v, "
               "r.s, r.a, row_number() OVER (PARTITION BY r.tenant_key ORDER BY r.d DESC) AS rn "
               "FROM ("_s);
    sql.append(usage->text, usage->values);
    sql.append(u") r) w GROUP BY tenant_key) u ON u.tenant_key = t.tenant_key"_s);
    if (!inScope->text.isEmpty())
        sql.append(u" WHERE "_s + inScope->text, inScope->values);
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
    while (query.next()) {
        if (wasCancelled(interrupter, cancellation))
            return cancelledError();
        row.tenantId = query.value(0).toString();
        row.hostname = query.value(1).toString();
        row.companyName = query.value(2).toString();
        row.contractMode = query.value(3).toString();
        row.usersPeak = query.value(4).toLongLong();
        row.usersEnd = query.value(5).toLongLong();
        row.voiceCredits = query.value(6).toLongLong();
        row.smsCredits = query.value(7).toLongLong();
        row.authentications = query.value(8).toLongLong();
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
