#include "reports/ReportListModel.h"

#include "core/TextRules.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportRowsQuery.h"
#include "storage/Connection.h"

#include <QLocale>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

struct Loaded
{
    std::optional<Error> error;
    QList<ReportInfo> reports;
    QHash<qint64, QString> hostnames; // of tenant-scoped reports
};

} // namespace

ReportListModel::ReportListModel(DatabaseTarget target, Actor actor, Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_target(std::move(target))
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{}

ReportListModel::~ReportListModel()
{
    if (m_loadThread) {
        m_loadThread->disconnect(this);
        m_loadThread->wait();
        delete m_loadThread;
    }
}

void ReportListModel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_loadThread) {
        // The load in flight finishes on its own; its result is dropped.
        m_loadThread->disconnect(this);
        connect(m_loadThread, &QThread::finished, m_loadThread, &QObject::deleteLater);
        m_loadThread = nullptr;
    }
    auto result = std::make_shared<Loaded>();
    m_loadThread = QThread::create([result, target = m_target, actor = m_actor, clock = m_clock] {
        auto connection = Connection::open(target, u"report-list"_s);
        if (!connection) {
            result->error = connection.error();
            return;
        }
        auto list = ReportCatalog(**connection, actor, clock).list();
        if (!list) {
            result->error = list.error();
            return;
        }
        result->reports = std::move(*list);
        // A tenant report is named by its tenant's hostname as it was at
        // generation: its one row has it (one index probe each).
        const ReportRowsQuery rows(**connection, actor, clock);
        for (const ReportInfo &info : std::as_const(result->reports)) {
            if (info.scopeKind != u"tenant"_s)
                continue;
            const auto page = rows.page(info.id, 0, 1);
            if (page && !page->rows.isEmpty())
                result->hostnames.insert(info.id, page->rows.constFirst().hostname);
        }
    });
    m_loadThread->setObjectName(u"report-list"_s);
    connect(m_loadThread, &QThread::finished, this, [this, result, generation] {
        QThread *thread = m_loadThread;
        m_loadThread = nullptr;
        thread->deleteLater();
        if (generation != m_generation)
            return;
        if (result->error) {
            Q_EMIT loaded(false, asSentence(result->error->message));
            return;
        }
        setReports(result->reports);
        for (Item &item : m_items) {
            if (item.jobId == 0)
                item.tenantHostname = result->hostnames.value(item.info.id);
        }
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, Scope), index(rowCount() - 1, Scope));
        Q_EMIT loaded(true, QString());
    });
    m_loadThread->start();
}

int ReportListModel::jobRowCount() const
{
    int jobs = 0;
    while (jobs < m_items.size() && m_items.at(jobs).jobId != 0)
        ++jobs;
    return jobs;
}

void ReportListModel::setReports(const QList<ReportInfo> &reports)
{
    beginResetModel();
    m_items.resize(jobRowCount());
    m_items.reserve(m_items.size() + reports.size());
    for (const ReportInfo &info : reports) {
        Item item;
        item.info = info;
        m_items.append(std::move(item));
    }
    endResetModel();
}

void ReportListModel::addReport(const ReportInfo &report)
{
    if (rowOfReport(report.id) >= 0)
        return;
    const int row = jobRowCount();
    beginInsertRows({}, row, row);
    Item item;
    item.info = report;
    m_items.insert(row, std::move(item));
    endInsertRows();
}

void ReportListModel::removeReport(qint64 reportId)
{
    const int row = rowOfReport(reportId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void ReportListModel::addJob(int jobId, const ReportRequest &request, const QString &createdBy,
                             const QDateTime &startedAt)
{
    Q_ASSERT(jobId != 0);
    if (rowOfJob(jobId) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    Item item;
    item.jobId = jobId;
    item.request = request;
    item.info.name = request.name;
    item.info.description = request.description;
    item.info.scope = request.scope;
    item.info.period = request.period;
    item.info.createdBy = createdBy;
    item.info.createdAt = startedAt.toUTC();
    item.state = State::Generating;
    m_items.prepend(std::move(item));
    endInsertRows();
}

void ReportListModel::setJobProgress(int jobId, int percent)
{
    const int row = rowOfJob(jobId);
    if (row < 0 || m_items.at(row).percent == percent)
        return;
    m_items[row].percent = percent;
    Q_EMIT dataChanged(index(row, Status), index(row, Status));
}

void ReportListModel::setJobState(int jobId, State state, const QString &reason)
{
    const int row = rowOfJob(jobId);
    if (row < 0)
        return;
    m_items[row].state = state;
    m_items[row].reason = reason;
    if (state == State::Generating)
        m_items[row].percent = 0;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReportListModel::removeJob(int jobId)
{
    const int row = rowOfJob(jobId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void ReportListModel::completeJob(int jobId, const ReportInfo &report)
{
    removeJob(jobId);
    addReport(report);
}

int ReportListModel::rowOfReport(qint64 reportId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).jobId == 0 && m_items.at(row).info.id == reportId)
            return row;
    }
    return -1;
}

int ReportListModel::rowOfJob(int jobId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).jobId == jobId && jobId != 0)
            return row;
    }
    return -1;
}

qint64 ReportListModel::reportIdAt(int row) const
{
    const ReportInfo *info = reportAt(row);
    return info ? info->id : 0;
}

int ReportListModel::jobIdAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).jobId : 0;
}

ReportListModel::State ReportListModel::stateAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).state : State::Ready;
}

const ReportInfo *ReportListModel::reportAt(int row) const
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).jobId != 0)
        return nullptr;
    return &m_items.at(row).info;
}

const ReportRequest *ReportListModel::requestAt(int row) const
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).jobId == 0)
        return nullptr;
    return &m_items.at(row).request;
}

QString ReportListModel::nameAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).info.name : QString();
}

QString ReportListModel::scopeText(const QString &scope, const QString &tenantHostname)
{
    const qsizetype colon = scope.indexOf(u':');
    const QString kind = (colon < 0 ? scope : scope.left(colon)).trimmed().toLower();
    const QString rest = colon < 0 ? QString() : scope.mid(colon + 1).trimmed();
    if (kind == u"all"_s)
        return tr("All tenants");
    if (kind == u"tenant"_s)
        return tr("Tenant: %1").arg(tenantHostname.isEmpty() ? rest : tenantHostname);
    if (kind == u"filter"_s)
        return tr("Filter: %1").arg(rest);
    if (kind == u"saved"_s)
        return tr("Saved filter: %1").arg(rest);
    return scope;
}

QString ReportListModel::stateText(State state, int percent, const QString &reason)
{
    switch (state) {
    case State::Ready:
        return tr("Ready");
    case State::Generating:
        return tr("Generating %1%").arg(percent);
    case State::Cancelled:
        return tr("Cancelled");
    case State::Failed:
        return reason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(reason);
    }
    return {};
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::raw(const Item &item, int column) const
{
    switch (column) {
    case Name:
        return item.info.name;
    case Description:
        return item.info.description;
    case Scope:
        return scopeText(item.info.scope, item.tenantHostname);
    case Period:
        return item.info.period;
    case Rows:
        return item.jobId != 0 ? QVariant() : QVariant(item.info.rowCount);
    case CreatedBy:
        return item.info.createdBy;
    case CreatedAt:
        return item.info.createdAt;
    case Status:
        return int(item.state);
    default:
        return {};
    }
}

QString ReportListModel::display(const Item &item, int column) const
{
    switch (column) {
    case Period:
        return ReportPeriod::describeStored(item.info.period, item.info.periodStart,
                                            item.info.periodEnd);
    case Rows:
        return item.jobId != 0 ? QString() : QLocale().toString(item.info.rowCount);
    case CreatedAt:
        return QLocale().toString(item.info.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Status:
        return stateText(item.state, item.percent, item.reason);
    default:
        return raw(item, column).toString();
    }
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && item.state == State::Failed)
            return item.reason;
        if (index.column() == Description)
            return item.info.description;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Rows ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole:
        return raw(item, index.column());
    case ReportIdRole:
        return item.jobId == 0 ? item.info.id : qint64(0);
    case JobIdRole:
        return item.jobId;
    case StatusRole:
        return int(item.state);
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Scope:
        return tr("Scope");
    case Period:
        return tr("Period");
    case Rows:
        return tr("Rows");
    case CreatedBy:
        return tr("Created by");
    case CreatedAt:
        return tr("Created at");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ud
