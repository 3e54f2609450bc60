#include "reports/ReportStore.h"

#include "storage/DriverHandle.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportStore", text);
}

// Rows per INSERT: 11 values each stays far below both back ends' limits on
// placeholders, and a statement per 64 rows costs little next to the rows.
constexpr qsizetype kRowsPerInsert = 64;

const QString kColumns = u"report_id, name, description, scope_kind, scope, period, "
                         "period_start, period_end, delimiter, bom, formula_guard, row_count, "
                         "csv_sha256, created_by, created_at"_s;

ReportInfo infoFrom(const QSqlQuery &query)
{
    ReportInfo info;
    info.id = query.value(0).toLongLong();
    info.name = query.value(1).toString();
    info.description = query.value(2).toString();
    info.scopeKind = query.value(3).toString();
    info.scope = query.value(4).toString();
    info.period = query.value(5).toString();
    info.periodStart = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    info.periodEnd = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    info.delimiter = query.value(8).toString();
    info.bom = query.value(9).toInt() != 0;
    info.formulaGuard = query.value(10).toInt() != 0;
    info.rowCount = query.value(11).toLongLong();
    info.csvSha256 = query.value(12).toString();
    info.createdBy = query.value(13).toString();
    info.createdAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
    info.createdAt.setTimeZone(QTimeZone::utc());
    return info;
}

} // namespace

ReportStore::ReportStore(const Connection &connection)
    : m_connection(connection)
{}

ReportStore::~ReportStore()
{
    finalizeNative();
}

void ReportStore::finalizeNative()
{
    if (m_native)
        sqlite3_finalize(m_native);
    m_native = nullptr;
}

Result<qint64> ReportStore::insertReport(const ReportInfo &info)
{
    QSqlQuery query(m_connection.database());
    query.prepare(u"INSERT INTO reports (name, description, scope_kind, scope, period, "
                  "period_start, period_end, delimiter, bom, formula_guard, row_count, "
                  "csv_sha256, created_by, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING report_id"_s);
    query.addBindValue(info.name);
    query.addBindValue(notNull(info.description));
    query.addBindValue(info.scopeKind);
    query.addBindValue(info.scope);
    query.addBindValue(info.period);
    query.addBindValue(info.periodStart.toString(Qt::ISODate));
    query.addBindValue(info.periodEnd.toString(Qt::ISODate));
    query.addBindValue(info.delimiter);
    query.addBindValue(info.bom ? 1 : 0);
    query.addBindValue(info.formulaGuard ? 1 : 0);
    query.addBindValue(qint64(0));
    // finishReport() writes the real hash; the column only takes 64 characters.
    query.addBindValue(QString(64, u'0'));
    query.addBindValue(info.createdBy);
    query.addBindValue(info.createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec() || !query.next())
        return sqlError(query, tr("cannot store the report"));
    m_reportId = query.value(0).toLongLong();
    m_position = 0;
    m_pending.clear();
    finalizeNative();
    if (m_connection.backend() == Backend::Sqlite) {
        sqlite3 *db = sqliteHandle(m_connection.database());
        const QByteArray sql = "INSERT INTO report_rows (report_id, position, tenant_id, hostname, "
                               "company_name, contract_mode, users_peak, users_end, voice_credits, "
                               "sms_credits, authentications) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?)";
        if (!db || sqlite3_prepare_v3(db, sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_native, nullptr) != SQLITE_OK) {
            const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
            finalizeNative();
            return Error::storage(tr("cannot store the report's rows: %1").arg(message));
        }
    }
    return m_reportId;
}

Status ReportStore::insertNative(const ReportRow &row)
{
    // SQLITE_TRANSIENT: SQLite copies the text before the QByteArrays go.
    const QByteArray tenantId = row.tenantId.toUtf8();
    const QByteArray hostname = row.hostname.toUtf8();
    const QByteArray company = row.companyName.toUtf8();
    const QByteArray mode = row.contractMode.toUtf8();
    sqlite3_bind_int64(m_native, 1, m_reportId);
    sqlite3_bind_int64(m_native, 2, ++m_position);
    sqlite3_bind_text(m_native, 3, tenantId.constData(), int(tenantId.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_native, 4, hostname.constData(), int(hostname.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_native, 5, company.constData(), int(company.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_native, 6, mode.constData(), int(mode.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(m_native, 7, row.usersPeak);
    sqlite3_bind_int64(m_native, 8, row.usersEnd);
    sqlite3_bind_int64(m_native, 9, row.voiceCredits);
    sqlite3_bind_int64(m_native, 10, row.smsCredits);
    sqlite3_bind_int64(m_native, 11, row.authentications);
    const int rc = sqlite3_step(m_native);
    sqlite3_reset(m_native);
    if (rc != SQLITE_DONE)
        return Error::storage(
            tr("cannot store the report's rows: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

Status ReportStore::addRow(const ReportRow &row)
{
    if (m_native)
        return insertNative(row);
    m_pending.append(row);
    if (m_pending.size() >= kRowsPerInsert)
        return flushRows();
    return {};
}

Status ReportStore::flushRows()
{
    if (m_pending.isEmpty())
        return {};
    QString sql = u"INSERT INTO report_rows (report_id, position, tenant_id, hostname, "
                  "company_name, contract_mode, users_peak, users_end, voice_credits, "
                  "sms_credits, authentications) VALUES "_s;
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        sql += i == 0 ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                      : u", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    // A full batch reuses its prepared statement; the last, shorter one not.
    const bool full = m_pending.size() == kRowsPerInsert;
    std::unique_ptr<QSqlQuery> partial;
    if (full && !m_batch) {
        m_batch = std::make_unique<QSqlQuery>(m_connection.database());
        if (!m_batch->prepare(sql)) {
            const Error error = sqlError(*m_batch, tr("cannot store the report's rows"));
            m_batch.reset();
            return error;
        }
    } else if (!full) {
        partial = std::make_unique<QSqlQuery>(m_connection.database());
        if (!partial->prepare(sql))
            return sqlError(*partial, tr("cannot store the report's rows"));
    }
    QSqlQuery &query = full ? *m_batch : *partial;
    for (const ReportRow &row : std::as_const(m_pending)) {
        query.addBindValue(m_reportId);
        query.addBindValue(++m_position);
        query.addBindValue(row.tenantId);
        query.addBindValue(notNull(row.hostname));
        query.addBindValue(notNull(row.companyName));
        query.addBindValue(notNull(row.contractMode));
        query.addBindValue(row.usersPeak);
        query.addBindValue(row.usersEnd);
        query.addBindValue(row.voiceCredits);
        query.addBindValue(row.smsCredits);
        query.addBindValue(row.authentications);
    }
    m_pending.clear();
    if (!query.exec())
        return sqlError(query, tr("cannot store the report's rows"));
    return {};
}

Status ReportStore::finishReport(qint64 rowCount, const QString &csvSha256)
{
    if (const Status flushed = flushRows(); !flushed)
        return flushed;
    finalizeNative();
    m_batch.reset();
    if (rowCount != m_position)
        return Error::storage(tr("cannot store the report: %1 rows computed, %2 stored")
                                  .arg(rowCount)
                                  .arg(m_position));
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE reports SET row_count = ?, csv_sha256 = ? WHERE report_id = ?"_s);
    query.addBindValue(rowCount);
    query.addBindValue(csvSha256);
    query.addBindValue(m_reportId);
    if (!query.exec())
        return sqlError(query, tr("cannot store the report"));
    return {};
}

Result<QList<ReportInfo>> ReportStore::list(int limit) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns +
                  u" FROM reports ORDER BY created_at DESC, report_id DESC"_s +
                  (limit > 0 ? u" LIMIT ?"_s : QString()));
    if (limit > 0)
        query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query, tr("cannot list the reports"));
    QList<ReportInfo> reports;
    while (query.next())
        reports.append(infoFrom(query));
    if (query.lastError().isValid())
        return sqlError(query, tr("cannot list the reports"));
    return reports;
}

Result<QHash<qint64, QString>> ReportStore::tenantHostnames() const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // Position 1 is the first row; one probe of report_rows' primary key
    // per tenant report.
    if (!query.exec(u"SELECT r.report_id, rr.hostname FROM reports r JOIN report_rows rr "
                    "ON rr.report_id = r.report_id AND rr.position = 1 "
                    "WHERE r.scope_kind = 'tenant'"_s))
        return sqlError(query, tr("cannot list the reports"));
    QHash<qint64, QString> hostnames;
    while (query.next())
        hostnames.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (query.lastError().isValid())
        return sqlError(query, tr("cannot list the reports"));
    return hostnames;
}

Result<std::optional<ReportInfo>> ReportStore::find(qint64 id) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns + u" FROM reports WHERE report_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot read the report"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqlError(query, tr("cannot read the report"));
        return std::optional<ReportInfo>();
    }
    return std::optional<ReportInfo>(infoFrom(query));
}

Result<ReportRowsPage> ReportStore::rowsPage(qint64 id, qint64 afterPosition, int limit) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT position, tenant_id, hostname, company_name, contract_mode, "
                       "users_peak, users_end, voice_credits, sms_credits, authentications "
                       "FROM report_rows WHERE report_id = ? AND position > ? "
                       "ORDER BY position LIMIT ?"_s))
        return sqlError(query, tr("cannot read the report's rows"));
    query.addBindValue(id);
    query.addBindValue(afterPosition);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query, tr("cannot read the report's rows"));
    ReportRowsPage page;
    page.rows.reserve(limit);
    page.lastPosition = afterPosition;
    while (query.next()) {
        page.lastPosition = query.value(0).toLongLong();
        ReportRow row;
        row.tenantId = query.value(1).toString();
        row.hostname = query.value(2).toString();
        row.companyName = query.value(3).toString();
        row.contractMode = query.value(4).toString();
        row.usersPeak = query.value(5).toLongLong();
        row.usersEnd = query.value(6).toLongLong();
        row.voiceCredits = query.value(7).toLongLong();
        row.smsCredits = query.value(8).toLongLong();
        row.authentications = query.value(9).toLongLong();
        page.rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return sqlError(query, tr("cannot read the report's rows"));
    page.atEnd = page.rows.size() < limit;
    return page;
}

Status ReportStore::forEachRow(qint64 id, const RowVisitor &visit,
                               const CancellationFlag *cancellation) const
{
    qint64 after = 0;
    for (bool atEnd = false; !atEnd;) {
        const auto page = rowsPage(id, after, kForEachPageRows);
        if (!page)
            return page.error();
        for (const ReportRow &row : page->rows) {
            if (cancellation && cancellation->isCancelled())
                return Error::cancelled(tr("the export was cancelled"));
            if (Status visited = visit(row); !visited)
                return visited;
        }
        after = page->lastPosition;
        atEnd = page->atEnd;
    }
    return {};
}

Result<bool> ReportStore::remove(qint64 id)
{
    // report_rows go by ON DELETE CASCADE; deleted explicitly as well so the
    // result does not depend on the connection's foreign-key setting.
    QSqlQuery rows(m_connection.database());
    rows.prepare(u"DELETE FROM report_rows WHERE report_id = ?"_s);
    rows.addBindValue(id);
    if (!rows.exec())
        return sqlError(rows, tr("cannot delete the report"));
    QSqlQuery query(m_connection.database());
    query.prepare(u"DELETE FROM reports WHERE report_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot delete the report"));
    return query.numRowsAffected() > 0;
}

Result<bool> ReportStore::rename(qint64 id, const QString &name)
{
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE reports SET name = ? WHERE report_id = ?"_s);
    query.addBindValue(name);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot rename the report"));
    return query.numRowsAffected() > 0;
}

} // namespace ud
