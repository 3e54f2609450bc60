#include "seed/LoadSeeder.h"

#include "core/Clock.h"
#include "core/TextRules.h"
#include "seed/SeedRandom.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

// Its messages reach only usagedesk-bench and the tests (no command or page
// seeds load-test data), so they are not translated.
QString fillError(const QString &table)
{
    return u"cannot fill the table %1"_s.arg(table);
}

// Rows go out in multi-row INSERTs of kBatch rows: one statement per row
// would be 1M round trips to PostgreSQL.
class BulkInsert
{
public:
    static constexpr int kBatch = 50;

    BulkInsert(const Connection &connection, QString table, QStringList columns)
        : m_connection(connection)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
    {}

    Status add(const QVariantList &row)
    {
        Q_ASSERT(row.size() == m_columns.size());
        m_values += row;
        if (m_values.size() >= kBatch * m_columns.size())
            return flush();
        return {};
    }

    Status flush()
    {
        const qsizetype rows = m_values.size() / m_columns.size();
        if (rows == 0)
            return {};
        const QString one = u'(' + QStringList(m_columns.size(), u"?"_s).join(u',') + u')';
        const QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u',')) +
                            QStringList(rows, one).join(u',');
        QSqlQuery query(m_connection.database());
        if (!query.prepare(sql))
            return sqlError(query, fillError(m_table));
        for (const QVariant &value : std::as_const(m_values))
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(query, fillError(m_table));
        m_values.clear();
        return {};
    }

private:
    const Connection &m_connection;
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
};

constexpr quint64 kSchedulePurpose = 0x5c4ed;
constexpr quint64 kReportPurpose = 0x4e9027;
constexpr quint64 kAuditPurpose = 0xa0d17;

const QStringList kWords = {u"Billing"_s, u"Weekly"_s,     u"Monthly"_s, u"EU"_s,
                            u"Trials"_s,  u"Partners"_s,   u"Finance"_s, u"Voice"_s,
                            u"SMS"_s,     u"Enterprise"_s, u"Audit"_s,   u"Nordics"_s};
const QStringList kActors = {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s};
const QStringList kActions = {u"sign in"_s,         u"add tenant"_s,    u"edit tenant"_s,
                              u"generate report"_s, u"export report"_s, u"list reports"_s,
                              u"add schedule"_s,    u"delete report"_s, u"edit role"_s};
const QStringList kDelimiters = {u"comma"_s, u"pipe"_s, u"semicolon"_s, u"tab"_s};

QString words(SeedRandom &random, int count)
{
    QStringList picked;
    for (int i = 0; i < count; ++i)
        picked << kWords.at(random.belowInt(int(kWords.size())));
    return picked.join(u' ');
}

Status seedSchedules(const Connection &connection, const LoadSeedOptions &options,
                     LoadSeedSummary &summary)
{
    BulkInsert schedules(connection, u"schedules"_s,
                         {u"schedule_id"_s, u"name"_s, u"name_folded"_s, u"description"_s,
                          u"task_type"_s, u"recipients"_s, u"recurrence"_s, u"day_of_week"_s,
                          u"day_of_month"_s, u"time_of_day"_s, u"time_zone"_s, u"delimiter"_s,
                          u"bom"_s, u"scope"_s, u"enabled"_s, u"active_since"_s, u"created_by"_s,
                          u"created_at"_s, u"updated_at"_s});
    QSqlQuery top(connection.database());
    if (!top.exec(u"SELECT COALESCE(MAX(schedule_id), 0) FROM schedules"_s) || !top.next())
        return sqlError(top, fillError(u"schedules"_s));
    const qint64 firstId = top.value(0).toLongLong() + 1;
    top.finish();
    const QString created = isoUtc(options.now.addDays(-400));
    for (int i = 0; i < options.schedules; ++i) {
        SeedRandom random = SeedRandom::stream(options.seed, kSchedulePurpose, quint64(i));
        const QString name = u"%1 %2"_s.arg(words(random, 2)).arg(firstId + i);
        const int kind = random.belowInt(3);
        const QString recurrence = kind == 0 ? u"daily"_s : kind == 1 ? u"weekly"_s : u"monthly"_s;
        const QVariantList row = {
            firstId + i,
            name,
            foldCase(name),
            words(random, 4),
            u"usage-report"_s,
            u"billing%1@example.com"_s.arg(i),
            recurrence,
            kind == 1 ? QVariant(1 + random.belowInt(7)) : QVariant(QMetaType(QMetaType::Int)),
            kind == 2 ? QVariant(1 + random.belowInt(28)) : QVariant(QMetaType(QMetaType::Int)),
            u"%1:%2"_s.arg(random.belowInt(24), 2, 10, QChar(u'0'))
                .arg(random.belowInt(4) * 15, 2, 10, QChar(u'0')),
            u"Europe/Berlin"_s,
            kDelimiters.at(random.belowInt(4)),
            random.belowInt(2),
            u"all"_s,
            random.chance(0.8) ? 1 : 0,
            created,
            u"seed"_s,
            created,
            created,
        };
        if (const Status added = schedules.add(row); !added)
            return added;
    }
    if (const Status flushed = schedules.flush(); !flushed)
        return flushed;
    summary.schedules = options.schedules;

    // The last runsPerSchedule days, one run a day at 06:00 UTC each.
    BulkInsert runs(connection, u"schedule_runs"_s,
                    {u"schedule_id"_s, u"scheduled_at"_s, u"period_start"_s, u"period_end"_s,
                     u"status"_s, u"claimed_by"_s, u"claimed_at"_s, u"attempts"_s, u"last_reply"_s,
                     u"finished_at"_s});
    const QDateTime lastRun(options.now.date().addDays(-1), QTime(6, 0), Qt::UTC);
    for (int i = 0; i < options.schedules; ++i) {
        for (int day = 0; day < options.runsPerSchedule; ++day) {
            const QDateTime at = lastRun.addDays(-day);
            const QString when = at.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
            const QString period = at.date().addDays(-1).toString(Qt::ISODate);
            const bool delivered = (i + day) % 17 != 0;
            const QVariantList row = {firstId + i,
                                      when,
                                      period,
                                      period,
                                      delivered ? u"delivered"_s : u"failed"_s,
                                      u"seed"_s,
                                      when,
                                      delivered ? 1 : 5,
                                      delivered ? u"250 OK"_s : u"550 mailbox unavailable"_s,
                                      isoUtc(at.addSecs(30))};
            if (const Status added = runs.add(row); !added)
                return added;
            ++summary.runs;
        }
    }
    return runs.flush();
}

Status seedReports(const Connection &connection, const LoadSeedOptions &options,
                   LoadSeedSummary &summary)
{
    QSqlQuery top(connection.database());
    if (!top.exec(u"SELECT COALESCE(MAX(report_id), 0) FROM reports"_s) || !top.next())
        return sqlError(top, fillError(u"reports"_s));
    const qint64 firstId = top.value(0).toLongLong() + 1;
    top.finish();
    BulkInsert reports(connection, u"reports"_s,
                       {u"report_id"_s, u"name"_s, u"description"_s, u"scope_kind"_s, u"scope"_s,
                        u"period"_s, u"period_start"_s, u"period_end"_s, u"delimiter"_s, u"bom"_s,
                        u"formula_guard"_s, u"row_count"_s, u"csv_sha256"_s, u"created_by"_s,
                        u"created_at"_s});
    BulkInsert rows(connection, u"report_rows"_s,
                    {u"report_id"_s, u"position"_s, u"tenant_id"_s, u"hostname"_s,
                     u"company_name"_s, u"contract_mode"_s, u"users_peak"_s, u"users_end"_s,
                     u"voice_credits"_s, u"sms_credits"_s, u"authentications"_s});
    for (int i = 0; i < options.reports; ++i) {
        SeedRandom random = SeedRandom::stream(options.seed, kReportPurpose, quint64(i));
        const qint64 id = firstId + i;
        const bool tenant = i % 3 == 0;
        // One report an hour, the newest an hour ago.
        const QDateTime created = options.now.addSecs(-3600LL * (options.reports - i));
        const QDate end = QDate(created.date().year(), created.date().month(), 1).addDays(-1);
        const QDate start = QDate(end.year(), end.month(), 1);
        const QString tenantId = u"00000000-0000-4000-8000-%1"_s.arg(id, 12, 10, QChar(u'0'));
        const QString sha =
            QString::number(SeedRandom::mix(quint64(id)), 16).rightJustified(64, u'0');
        const QVariantList row = {
            id,
            u"%1 %2"_s.arg(words(random, 2)).arg(id),
            words(random, 5),
            tenant ? u"tenant"_s : u"all"_s,
            tenant ? u"tenant:"_s + tenantId : u"all"_s,
            u"last-month"_s,
            start.toString(Qt::ISODate),
            end.toString(Qt::ISODate),
            kDelimiters.at(random.belowInt(4)),
            0,
            1,
            tenant ? qint64(1) : qint64(1000 + random.belowInt(1000000)),
            sha,
            kActors.at(random.belowInt(int(kActors.size()))),
            isoUtc(created),
        };
        if (const Status added = reports.add(row); !added)
            return added;
    }
    // The rows after every report: a batch of rows may not name a report
    // whose batch is still waiting.
    if (const Status flushed = reports.flush(); !flushed)
        return flushed;
    summary.reports = options.reports;
    for (int i = 0; i < options.reports; i += 3) {
        const qint64 id = firstId + i;
        const QString tenantId = u"00000000-0000-4000-8000-%1"_s.arg(id, 12, 10, QChar(u'0'));
        {
            const QVariantList one = {id,
                                      1, // positions start at 1 (ReportStore.h)
                                      tenantId,
                                      u"tenant-%1.example.com"_s.arg(id),
                                      u"Company %1"_s.arg(id),
                                      u"PRODUCTION"_s,
                                      10,
                                      9,
                                      3,
                                      4,
                                      100};
            if (const Status added = rows.add(one); !added)
                return added;
        }
    }
    return rows.flush();
}

Status seedAudit(const Connection &connection, const LoadSeedOptions &options,
                 LoadSeedSummary &summary)
{
    BulkInsert audit(
        connection, u"audit_log"_s,
        {u"at_utc"_s, u"actor"_s, u"action"_s, u"object"_s, u"outcome"_s, u"detail"_s});
    // A line every 30 seconds, the newest 30 seconds ago, oldest first (the
    // ids grow with time as the real log's do).
    for (qint64 i = 0; i < options.auditLines; ++i) {
        SeedRandom random = SeedRandom::stream(options.seed, kAuditPurpose, quint64(i));
        const QVariantList row = {
            isoUtc(options.now.addSecs(-30 * (options.auditLines - i))),
            kActors.at(random.belowInt(int(kActors.size()))),
            kActions.at(random.belowInt(int(kActions.size()))),
            u"tenant-%1.example.com"_s.arg(random.below(1000000)),
            random.chance(0.97) ? u"allowed"_s : u"refused"_s,
            words(random, 3),
        };
        if (const Status added = audit.add(row); !added)
            return added;
    }
    if (const Status flushed = audit.flush(); !flushed)
        return flushed;
    summary.auditLines = options.auditLines;
    return {};
}

// Explicit ids leave PostgreSQL's identity sequences behind; the next
// schedule or report added by the application would clash.
Status advanceSequences(const Connection &connection)
{
    if (connection.backend() != Backend::Postgres)
        return {};
    for (const auto &[table, column] :
         {std::pair{u"schedules"_s, u"schedule_id"_s}, std::pair{u"reports"_s, u"report_id"_s}}) {
        QSqlQuery query(connection.database());
        const QString sql =
            u"SELECT setval(pg_get_serial_sequence('%1', '%2'), "
            "(SELECT COALESCE(MAX(%2), 0) + 1 FROM %1), false)"_s.arg(table, column);
        if (!query.exec(sql))
            return sqlError(query, fillError(table));
    }
    return {};
}

} // namespace

Result<LoadSeedSummary> LoadSeeder::run(const Connection &connection,
                                        const LoadSeedOptions &options)
{
    LoadSeedOptions effective = options;
    if (!effective.now.isValid())
        effective.now = QDateTime::currentDateTimeUtc();
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return transaction.error();
    LoadSeedSummary summary;
    if (const Status done = seedSchedules(connection, effective, summary); !done)
        return done.error();
    if (const Status done = seedReports(connection, effective, summary); !done)
        return done.error();
    if (const Status done = seedAudit(connection, effective, summary); !done)
        return done.error();
    if (const Status done = advanceSequences(connection); !done)
        return done.error();
    if (const Status committed = (*transaction)->commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace ud
