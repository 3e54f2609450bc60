#include "reports/ReportComparison.h"

#include "storage/SqlError.h"
#include "storage/StatementInterrupter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportComparison", text);
}

// 128 bits hold 1000 times any difference of two 64-bit figures, so the
// percentage is rounded from the exact quotient, not from a double.
__extension__ typedef __int128 Wide;

QString scopeKindText(const QString &kind)
{
    if (kind == u"tenant")
        return QCoreApplication::translate("ud::ReportComparison", "one tenant");
    if (kind == u"all")
        return QCoreApplication::translate("ud::ReportComparison", "all tenants");
    if (kind == u"filter")
        return QCoreApplication::translate("ud::ReportComparison", "the tenants of a filter");
    return kind;
}

// Both reports' rows, matched by tenant_id: a tenant renamed between the two
// is still one row, which a merge of the two hostname-ordered streams would
// split in two. A GROUP BY tenant_id over both reports' rows with one
// conditional aggregate per side is a full outer join that every planner runs
// in O(n log n): SQLite 3.40 runs the FULL JOIN (and a LEFT JOIN plus an
// anti-join) of the two as nested loops, 1M x 1M rows taking hours. The
// newer report's columns come first, and its hostname orders the rows. The
// database sorts (spilling to disk when it must); the client reads one row at
// a time. Binds: newer, older (presence), twice more for the names, five of
// each for the figures, then both for the WHERE.
QString rowsStatement()
{
    const QString newer = u"max(CASE WHEN report_id = ? THEN %1 END)"_s;
    QStringList columns{u"tenant_id"_s, newer.arg(1), newer.arg(1)};
    for (const QString &name : {u"hostname"_s, u"company_name"_s})
        columns << u"COALESCE(%1, %2)"_s.arg(newer.arg(name), newer.arg(name));
    for (int side = 0; side < 2; ++side) {
        for (const QString &name : {u"users_peak"_s, u"users_end"_s, u"voice_credits"_s,
                                    u"sms_credits"_s, u"authentications"_s})
            columns << newer.arg(name);
    }
    return u"SELECT * FROM (SELECT %1 FROM report_rows WHERE report_id IN (?, ?) "
           u"GROUP BY tenant_id) g ORDER BY 4, 1"_s.arg(columns.join(u", "_s));
}

void bindRows(QSqlQuery &query, qint64 newer, qint64 older)
{
    for (int i = 0; i < 3; ++i) {
        query.addBindValue(newer);
        query.addBindValue(older);
    }
    for (qint64 id : {newer, older}) {
        for (int i = 0; i < kComparisonMeasureCount; ++i)
            query.addBindValue(id);
    }
    query.addBindValue(newer);
    query.addBindValue(older);
}

constexpr int kInNewer = 1;
constexpr int kInOlder = 2;
constexpr int kHostname = 3;
constexpr int kCompanyName = 4;
constexpr int kNewerFigures = 5;
constexpr int kOlderFigures = 10;

std::optional<qint64> figureAt(const QSqlQuery &query, int column, bool present)
{
    if (!present)
        return std::nullopt;
    return query.value(column).toLongLong();
}

// Newer by creation time, then by id (two reports made in the same millisecond).
bool isNewer(const ComparedReport &one, const ComparedReport &other)
{
    if (one.createdAt != other.createdAt)
        return one.createdAt > other.createdAt;
    return one.reportId > other.reportId;
}

} // namespace

ComparedFigure ComparedFigure::of(std::optional<qint64> a, std::optional<qint64> b)
{
    ComparedFigure figure;
    figure.a = a;
    figure.b = b;
    if (!a || !b)
        return figure;
    qint64 change = 0;
    if (__builtin_sub_overflow(*b, *a, &change))
        return figure;
    figure.change = change;
    if (*a == 0)
        return figure;
    const Wide numerator = Wide(change) * 1000;
    const Wide denominator = *a < 0 ? -Wide(*a) : Wide(*a);
    const Wide magnitude = numerator < 0 ? -numerator : numerator;
    // Half away from zero: floor((2|n| + d) / 2d).
    const Wide tenths = (2 * magnitude + denominator) / (2 * denominator);
    if (tenths <= Wide(std::numeric_limits<qint64>::max()))
        figure.percentTenths = numerator < 0 ? -qint64(tenths) : qint64(tenths);
    return figure;
}

QString ComparedFigure::percentText(std::optional<qint64> tenths)
{
    if (!tenths)
        return QString();
    const qint64 value = *tenths;
    const quint64 magnitude = value < 0 ? quint64(-(value + 1)) + 1 : quint64(value);
    return u"%1%2.%3"_s.arg(value < 0 ? u"-"_s : QString()).arg(magnitude / 10).arg(magnitude % 10);
}

ReportComparison::ReportComparison(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_gate(connection, std::move(clock))
{}

QString ReportComparison::measureId(ComparisonMeasure measure)
{
    switch (measure) {
    case ComparisonMeasure::UsersPeak:
        return u"users_peak"_s;
    case ComparisonMeasure::UsersEnd:
        return u"users_end"_s;
    case ComparisonMeasure::VoiceCredits:
        return u"voice_credits"_s;
    case ComparisonMeasure::SmsCredits:
        return u"sms_credits"_s;
    case ComparisonMeasure::Authentications:
        return u"authentications"_s;
    }
    return QString();
}

QString ReportComparison::presenceId(ComparisonPresence presence)
{
    switch (presence) {
    case ComparisonPresence::Both:
        return u"both"_s;
    case ComparisonPresence::OnlyInA:
        return u"only_a"_s;
    case ComparisonPresence::OnlyInB:
        return u"only_b"_s;
    }
    return QString();
}

Result<ComparedReport> ReportComparison::readReport(qint64 reportId) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT report_id, name, scope_kind, scope, period_start, period_end, "
                  u"row_count, created_at FROM reports WHERE report_id = ?"_s);
    query.addBindValue(reportId);
    if (!query.exec())
        return sqlError(query, tr("cannot read report %1").arg(reportId));
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqlError(query, tr("cannot read report %1").arg(reportId));
        return Error::notFound(tr("there is no report with id %1").arg(reportId));
    }
    ComparedReport report;
    report.reportId = query.value(0).toLongLong();
    report.name = query.value(1).toString();
    report.scopeKind = query.value(2).toString();
    report.scope = query.value(3).toString();
    report.periodStart = query.value(4).toString();
    report.periodEnd = query.value(5).toString();
    report.rowCount = query.value(6).toLongLong();
    report.createdAt = query.value(7).toString();
    return report;
}

Result<ComparisonSummary> ReportComparison::describe(qint64 reportA, qint64 reportB) const
{
    AccessRequirement requirement;
    requirement.anyOf = {{Permission{Entity::ExportReports, Action::View}}};
    requirement.action = u"report compare"_s;
    if (const Status allowed =
            m_gate.authorize(m_actor, requirement, u"%1, %2"_s.arg(reportA).arg(reportB));
        !allowed)
        return allowed.error();

    auto a = readReport(reportA);
    if (!a)
        return a.error();
    auto b = readReport(reportB);
    if (!b)
        return b.error();
    if (a->scopeKind != b->scopeKind)
        return Error::badInput(
            tr("report %1 (\"%2\") covers %3 but report %4 (\"%5\") covers %6: only reports "
               "of the same kind of scope can be compared")
                .arg(a->reportId)
                .arg(a->name, scopeKindText(a->scopeKind))
                .arg(b->reportId)
                .arg(b->name, scopeKindText(b->scopeKind)));
    ComparisonSummary summary;
    summary.a = std::move(*a);
    summary.b = std::move(*b);
    return summary;
}

Result<ComparisonSummary> ReportComparison::run(qint64 reportA, qint64 reportB, const RowSink &sink,
                                                const CancellationFlag *cancel) const
{
    auto described = describe(reportA, reportB);
    if (!described)
        return described.error();
    ComparisonSummary summary = std::move(*described);
    const bool aIsNewer = isNewer(summary.a, summary.b);
    const QString context =
        tr("cannot compare reports %1 and %2").arg(summary.a.reportId).arg(summary.b.reportId);

    const auto cancelled = [] {
        return Error::cancelled(tr("the comparison was cancelled"));
    };
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // Stops the database's sort too, not only the reading of rows.
    StatementInterrupter interrupter(m_connection);
    interrupter.watch(cancel);
    if (!query.prepare(rowsStatement())) {
        if (cancel && cancel->isCancelled())
            return cancelled();
        return sqlError(query, context);
    }
    bindRows(query, aIsNewer ? summary.a.reportId : summary.b.reportId,
             aIsNewer ? summary.b.reportId : summary.a.reportId);
    if (!query.exec()) {
        if (cancel && cancel->isCancelled())
            return cancelled();
        return sqlError(query, context);
    }

    ComparisonRow row;
    while (query.next()) {
        if (cancel && cancel->isCancelled())
            return cancelled();
        const bool inNewer = !query.value(kInNewer).isNull();
        const bool inOlder = !query.value(kInOlder).isNull();
        const bool inA = aIsNewer ? inNewer : inOlder;
        const bool inB = aIsNewer ? inOlder : inNewer;
        row.tenantId = query.value(0).toString();
        row.hostname = query.value(kHostname).toString();
        row.companyName = query.value(kCompanyName).toString();
        if (inA && inB) {
            row.presence = ComparisonPresence::Both;
            ++summary.inBoth;
        } else if (inA) {
            row.presence = ComparisonPresence::OnlyInA;
            ++summary.onlyInA;
        } else {
            row.presence = ComparisonPresence::OnlyInB;
            ++summary.onlyInB;
        }
        const int aColumn = aIsNewer ? kNewerFigures : kOlderFigures;
        const int bColumn = aIsNewer ? kOlderFigures : kNewerFigures;
        for (int m = 0; m < kComparisonMeasureCount; ++m)
            row.figures[static_cast<std::size_t>(m)] = ComparedFigure::of(
                figureAt(query, aColumn + m, inA), figureAt(query, bColumn + m, inB));
        if (const Status taken = sink(row); !taken)
            return taken.error();
    }
    // An interrupted statement ends like a failed one.
    if (cancel && cancel->isCancelled())
        return cancelled();
    if (query.lastError().isValid())
        return sqlError(query, context);
    return summary;
}

Result<QList<ComparisonRow>> ReportComparison::rows(qint64 reportA, qint64 reportB,
                                                    const CancellationFlag *cancel) const
{
    QList<ComparisonRow> rows;
    const auto done = run(
        reportA, reportB,
        [&rows](const ComparisonRow &row) -> Status {
            rows << row;
            return {};
        },
        cancel);
    if (!done)
        return done.error();
    return rows;
}

} // namespace ud
