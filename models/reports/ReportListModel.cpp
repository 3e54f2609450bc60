#include "reports/ReportListModel.h"

#include "core/TextRules.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportPeriod.h"
#include "storage/Connection.h"

#include <QLocale>
#include <QThread>
#include <algorithm>
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
    // In the default order (newest first, as the page opens) the newest
    // reports come first on their own: one short range of the created_at
    // index, shown while the whole list (150-600 ms at 10,000 reports on
    // two busy cores) is still being read.
    const bool newestFirst = m_sortColumn == CreatedAt && m_sortOrder == Qt::DescendingOrder;
    startLoad(generation, newestFirst ? kFirstRows : 0);
}

void ReportListModel::startLoad(quint64 generation, int limit)
{
    auto result = std::make_shared<Loaded>();
    m_loadThread =
        QThread::create([result, target = m_target, actor = m_actor, clock = m_clock, limit] {
            auto connection = Connection::open(target, u"report-list"_s);
            if (!connection) {
                result->error = connection.error();
                return;
            }
            const ReportCatalog catalog(**connection, actor, clock);
            auto list = catalog.list(limit);
            if (!list) {
                result->error = list.error();
                return;
            }
            result->reports = std::move(*list);
            // A tenant report is named by its tenant's hostname as it was at
            // generation: its one row has it (one query for all of them).
            auto hostnames = catalog.tenantHostnames();
            if (hostnames)
                result->hostnames = std::move(*hostnames);
        });
    m_loadThread->setObjectName(u"report-list"_s);
    connect(m_loadThread, &QThread::finished, this, [this, result, generation, limit] {
        QThread *thread = m_loadThread;
        m_loadThread = nullptr;
        thread->deleteLater();
        if (generation != m_generation)
            return;
        if (result->error) {
            Q_EMIT loaded(false, asSentence(result->error->message));
            return;
        }
        setReports(result->reports, result->hostnames);
        if (limit > 0 && result->reports.size() >= limit) {
            startLoad(generation, 0); // the rest; loaded() after it
            return;
        }
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

void ReportListModel::setReports(const QList<ReportInfo> &reports,
                                 const QHash<qint64, QString> &tenantHostnames)
{
    const qsizetype jobs = jobRowCount();
    QList<Item> items = m_items.mid(0, jobs);
    items.reserve(jobs + reports.size());
    for (const ReportInfo &info : reports) {
        Item item;
        item.info = info;
        item.tenantHostname = tenantHostnames.value(info.id);
        items.append(std::move(item));
    }
    sortStored(items, jobs);
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void ReportListModel::addReport(const ReportInfo &report)
{
    if (rowOfReport(report.id) >= 0)
        return;
    Item item;
    item.info = report;
    // Where the current order puts it (after its equals, as a stable sort
    // of the list with it appended would).
    const SortKey key = sortKey(item);
    const auto stored = m_items.cbegin() + jobRowCount();
    const auto at = std::upper_bound(stored, m_items.cend(), key,
                                     [this](const SortKey &wanted, const Item &other) {
                                         return before(wanted, sortKey(other));
                                     });
    const int row = int(at - m_items.cbegin());
    beginInsertRows({}, row, row);
    m_items.insert(row, std::move(item));
    endInsertRows();
}

ReportListModel::SortKey ReportListModel::sortKey(const Item &item) const
{
    SortKey key;
    key.createdAt = item.info.createdAt.toMSecsSinceEpoch();
    key.id = item.info.id;
    switch (m_sortColumn) {
    case Rows:
        key.number = item.info.rowCount;
        break;
    case CreatedAt:
        key.number = item.info.createdAt.toMSecsSinceEpoch();
        break;
    case Status:
        key.number = int(item.state);
        break;
    default:
        // As the page's proxy compared them: the text, case-insensitively.
        key.text = raw(item, m_sortColumn).toString().toCaseFolded();
        break;
    }
    return key;
}

bool ReportListModel::before(const SortKey &a, const SortKey &b) const
{
    if (a.number != b.number || a.text != b.text) {
        const bool less = a.number != b.number ? a.number < b.number : a.text < b.text;
        return m_sortOrder == Qt::AscendingOrder ? less : !less;
    }
    // Equal keys: newest first in either direction, as loaded.
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

void ReportListModel::sortStored(QList<Item> &items, qsizetype from) const
{
    // The keys once per row (not per comparison, as a proxy on data() does:
    // that took 80-220 ms at 10,000 reports).
    QList<std::pair<SortKey, qsizetype>> keys;
    keys.reserve(items.size() - from);
    for (qsizetype i = from; i < items.size(); ++i)
        keys.append({sortKey(items.at(i)), i});
    std::stable_sort(keys.begin(), keys.end(),
                     [this](const auto &a, const auto &b) { return before(a.first, b.first); });
    QList<Item> sorted = items.mid(0, from);
    sorted.reserve(items.size());
    for (const auto &[key, i] : std::as_const(keys))
        sorted.append(std::move(items[i]));
    items = std::move(sorted);
}

void ReportListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const qsizetype jobs = jobRowCount();
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList previous = persistentIndexList();
    QList<qint64> reportIds; // the stored report each persistent index was on
    for (const QModelIndex &old : previous)
        reportIds << (old.row() >= jobs ? m_items.at(old.row()).info.id : -1);
    sortStored(m_items, jobs);
    QHash<qint64, int> rows;
    for (qsizetype row = jobs; row < m_items.size(); ++row)
        rows.insert(m_items.at(row).info.id, int(row));
    QModelIndexList after;
    for (qsizetype i = 0; i < previous.size(); ++i) {
        const QModelIndex &old = previous.at(i);
        after << (reportIds.at(i) < 0 ? old : index(rows.value(reportIds.at(i)), old.column()));
    }
    changePersistentIndexList(previous, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
