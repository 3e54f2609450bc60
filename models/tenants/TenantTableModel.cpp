#include "tenants/TenantTableModel.h"

#include "tenants/TenantListLoader.h"
#include "tenants/TenantPageQuery.h"

#include <QThread>
#include <limits>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QThread *startLoader(TenantListLoader *loader, const QString &name)
{
    auto *thread = new QThread;
    thread->setObjectName(name);
    loader->moveToThread(thread);
    // Deleted on its own thread, where its connection lives.
    QObject::connect(thread, &QThread::finished, loader, &QObject::deleteLater);
    thread->start();
    QMetaObject::invokeMethod(loader, &TenantListLoader::open, Qt::QueuedConnection);
    return thread;
}

} // namespace

TenantTableModel::TenantTableModel(DatabaseTarget target, Actor actor, Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(std::move(clock))
{
    // Pages walk indexes and look rows up: a page cache helps. The count
    // scans once per state: a small one does.
    m_pageLoader = new TenantListLoader(target, actor, m_clock, true, 32 * 1024);
    // The count starts only after the page loader let a first page through,
    // so access is checked (and a refusal audited) once.
    m_countLoader = new TenantListLoader(target, actor, m_clock, false, 2 * 1024);
    connect(m_pageLoader, &TenantListLoader::pageLoaded, this, &TenantTableModel::onPageLoaded);
    connect(m_pageLoader, &TenantListLoader::pageDropped, this, &TenantTableModel::onPageDropped);
    connect(m_pageLoader, &TenantListLoader::loadFailed, this, &TenantTableModel::onLoadFailed);
    connect(m_countLoader, &TenantListLoader::countLoaded, this, &TenantTableModel::onCountLoaded);
    connect(m_countLoader, &TenantListLoader::loadFailed, this, &TenantTableModel::onLoadFailed);
    connect(m_countLoader, &TenantListLoader::lackingUsageCounted, this,
            &TenantTableModel::onLackingUsageCounted);
    m_pageThread = startLoader(m_pageLoader, u"tenant-pages"_s);
    m_countThread = startLoader(m_countLoader, u"tenant-count"_s);
    m_spec.month = m_clock().toUTC().date();
    m_spec.month = QDate(m_spec.month.year(), m_spec.month.month(), 1);
    m_pageLoader->startGeneration(m_generation);
    m_countLoader->startGeneration(m_generation);
    requestPage(0);
    updateLoading();
}

TenantTableModel::~TenantTableModel()
{
    // Stop whatever runs, then let each thread delete its loader.
    const quint64 never = std::numeric_limits<quint64>::max();
    m_pageLoader->startGeneration(never);
    m_countLoader->startGeneration(never);
    for (QThread *thread : {m_pageThread, m_countThread}) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

void TenantTableModel::setFilter(const TenantFilter &filter)
{
    if (filter == m_spec.filter)
        return;
    m_spec.filter = filter;
    restart();
}

void TenantTableModel::setQuickSearch(const QString &text)
{
    if (text == m_spec.quickSearch)
        return;
    m_spec.quickSearch = text;
    restart();
}

void TenantTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = TenantListColumn(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sortColumn == m_spec.sortColumn && descending == m_spec.descending)
        return;
    m_spec.sortColumn = sortColumn;
    m_spec.descending = descending;
    restart();
}

void TenantTableModel::reload()
{
    ++m_dataEpoch;
    m_someLackUsage.reset();
    m_lackingUsageAsked = false;
    restart();
}

void TenantTableModel::restart()
{
    ++m_generation;
    // Tell the loaders first: the statement of the old state stops now.
    m_pageLoader->startGeneration(m_generation);
    m_countLoader->startGeneration(m_generation);
    const bool hadTotal = m_total.has_value();
    beginResetModel();
    m_pages.clear();
    m_inFlight.clear();
    m_rowCount = 0;
    m_total.reset();
    m_countPending = false;
    const QDate today = m_clock().toUTC().date();
    const QDate month(today.year(), today.month(), 1);
    if (month != m_spec.month) {
        m_someLackUsage.reset();
        m_lackingUsageAsked = false;
    }
    m_spec.month = month;
    endResetModel();
    if (hadTotal)
        emit totalCountChanged();
    requestPage(0);
    updateLoading();
}

void TenantTableModel::requestPage(int pageIndex) const
{
    if (!m_fatal.isEmpty() || m_pages.contains(pageIndex) || m_inFlight.contains(pageIndex))
        return;
    using Kind = TenantPageRequest::Kind;
    TenantPageRequest request;
    request.generation = m_generation;
    request.dataEpoch = m_dataEpoch;
    request.someLackUsage = m_someLackUsage;
    request.pageIndex = pageIndex;
    request.limit = kPageSize;
    request.spec = m_spec;
    const auto before = m_pages.constFind(pageIndex - 1);
    const auto after = m_pages.constFind(pageIndex + 1);
    const qint64 start = qint64(pageIndex) * kPageSize;
    if (pageIndex == 0) {
        request.kind = Kind::First;
    } else if (m_total && pageIndex == (*m_total - 1) / kPageSize) {
        // The end: read backwards from it, never walk there.
        request.kind = Kind::Last;
        request.limit = int(*m_total - start);
    } else if (before != m_pages.constEnd() && before->rows.size() == kPageSize) {
        request.kind = Kind::After;
        request.anchor = TenantPageQuery::keyOf(before->rows.last(), m_spec.sortColumn);
    } else if (after != m_pages.constEnd() && !after->rows.isEmpty()) {
        request.kind = Kind::Before;
        request.anchor = TenantPageQuery::keyOf(after->rows.first(), m_spec.sortColumn);
    } else {
        request.kind = Kind::Seek;
        request.offset = start;
    }
    m_inFlight.insert(pageIndex);
    m_pageLoader->submit(request);
    if (!m_loading && !m_loadingChangePending) {
        // Not from inside data(): a view painting must not get signals back.
        m_loadingChangePending = true;
        QMetaObject::invokeMethod(
            const_cast<TenantTableModel *>(this),
            [this] { const_cast<TenantTableModel *>(this)->updateLoading(); },
            Qt::QueuedConnection);
    }
}

void TenantTableModel::requestCount()
{
    if (m_countPending || m_total)
        return;
    m_countPending = true;
    TenantPageRequest request;
    request.generation = m_generation;
    request.kind = TenantPageRequest::Kind::Count;
    request.spec = m_spec;
    m_countLoader->submit(request);
}

void TenantTableModel::askLackingUsage()
{
    if (m_lackingUsageAsked)
        return;
    // In the background now, so a usage sort later need not count first.
    // Asked before the count: the loader runs the newest request first.
    m_lackingUsageAsked = true;
    TenantPageRequest lacking;
    lacking.generation = TenantPageRequest::kNoGeneration;
    lacking.kind = TenantPageRequest::Kind::LackingUsage;
    lacking.dataEpoch = m_dataEpoch;
    lacking.spec.month = m_spec.month;
    m_countLoader->submit(lacking);
}

void TenantTableModel::onLackingUsageCounted(quint64 dataEpoch, const QDate &month, qint64 tenants)
{
    if (dataEpoch == m_dataEpoch && month == m_spec.month)
        m_someLackUsage = tenants > 0;
}

void TenantTableModel::onPageLoaded(const TenantPage &page)
{
    if (page.generation != m_generation)
        return; // a state the user has left
    m_inFlight.remove(page.pageIndex);
    const qint64 start = qint64(page.pageIndex) * kPageSize;
    m_pages.insert(page.pageIndex, CachedPage{page.rows, ++m_useClock});
    const int size = int(page.rows.size());
    askLackingUsage();
    if (!m_total) {
        if (start == m_rowCount && size > 0) {
            beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + size - 1);
            m_rowCount += size;
            endInsertRows();
        }
        if (start <= m_rowCount && size < kPageSize)
            setTotal(start + size); // a short page is the end: counted
        else
            requestCount();
    } else if (start < m_rowCount && size > 0) {
        const int last = int(qMin<qint64>(start + size, m_rowCount) - 1);
        emit dataChanged(index(int(start), 0), index(last, ColumnCount - 1));
    }
    evictPages();
    updateLoading();
    emit rowsReady();
}

void TenantTableModel::onPageDropped(quint64 generation, int pageIndex)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(pageIndex);
    updateLoading();
    // A view that still shows these rows asks for them again when it repaints.
    const qint64 start = qint64(pageIndex) * kPageSize;
    if (start < m_rowCount) {
        const int last = int(qMin<qint64>(start + kPageSize, m_rowCount) - 1);
        emit dataChanged(index(int(start), 0), index(last, ColumnCount - 1));
    }
}

void TenantTableModel::onCountLoaded(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_countPending = false;
    setTotal(count);
    updateLoading();
}

void TenantTableModel::setTotal(qint64 total)
{
    const int rows = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // Tenants were removed since the pages were read.
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
    const bool changed = m_total != total;
    m_total = total;
    if (changed)
        emit totalCountChanged();
}

void TenantTableModel::onLoadFailed(quint64 generation, const QString &message, bool fatal)
{
    if (generation != m_generation)
        return;
    m_inFlight.clear();
    m_countPending = false;
    if (fatal && m_fatal.isEmpty()) {
        m_fatal = message;
        beginResetModel();
        m_pages.clear();
        m_rowCount = 0;
        m_total.reset();
        endResetModel();
    }
    updateLoading();
    emit loadFailed(message);
}

void TenantTableModel::evictPages()
{
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void TenantTableModel::updateLoading()
{
    m_loadingChangePending = false;
    const bool loading = !m_inFlight.isEmpty() || m_countPending;
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

const TenantListRow *TenantTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int pageIndex = row / kPageSize;
    const auto page = m_pages.find(pageIndex);
    if (page == m_pages.end()) {
        requestPage(pageIndex);
        return nullptr;
    }
    page->lastUse = ++m_useClock;
    const int inPage = row % kPageSize;
    return inPage < page->rows.size() ? &page->rows.at(inPage) : nullptr;
}

std::optional<Tenant> TenantTableModel::tenantAt(int row) const
{
    const int pageIndex = row / kPageSize;
    const auto page = m_pages.constFind(pageIndex);
    if (row < 0 || row >= m_rowCount || page == m_pages.constEnd() ||
        row % kPageSize >= page->rows.size())
        return std::nullopt;
    return page->rows.at(row % kPageSize).tenant;
}

int TenantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TenantTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Only before the count: afterwards every row exists (loaded or not).
    return !parent.isValid() && m_fatal.isEmpty() && !m_total && m_rowCount > 0 &&
           m_rowCount % kPageSize == 0;
}

void TenantTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_rowCount / kPageSize);
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= UsersThisMonth)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != TenantIdRole &&
        role != TenantKeyRole && role != RawValueRole)
        return {};
    const TenantListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case TenantIdRole:
        return row->tenant.tenantId;
    case TenantKeyRole:
        return row->tenantKey;
    case RawValueRole:
        return rawValue(*row, index.column());
    default:
        return displayValue(*row, index.column());
    }
}

QVariant TenantTableModel::rawValue(const TenantListRow &row, int column) const
{
    const Tenant &t = row.tenant;
    switch (Column(column)) {
    case Hostname:
        return t.hostname;
    case CompanyName:
        return t.companyName;
    case ContractMode:
        return contractModeName(t.contractMode);
    case Locked:
        return t.locked;
    case ServiceProvider:
        return t.serviceProvider;
    case AuthenticationAccount:
        return t.authenticationAccount;
    case IssuanceAccount:
        return t.issuanceAccount;
    case CreatedOn:
        return t.createdOn;
    case UsersThisMonth:
        return row.usersThisMonth;
    case VoiceCreditsThisMonth:
        return row.voiceCreditsThisMonth;
    case SmsCreditsThisMonth:
        return row.smsCreditsThisMonth;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TenantTableModel::displayValue(const TenantListRow &row, int column) const
{
    const Tenant &t = row.tenant;
    const auto yesNo = [](bool value) {
        return value ? tr("Yes") : tr("No");
    };
    switch (Column(column)) {
    case ContractMode:
        switch (t.contractMode) {
        case ud::ContractMode::Production:
            return tr("Production");
        case ud::ContractMode::Trial:
            return tr("Trial");
        case ud::ContractMode::Unknown:
            return tr("Unknown");
        }
        return {};
    case Locked:
        return yesNo(t.locked);
    case ServiceProvider:
        return yesNo(t.serviceProvider);
    case AuthenticationAccount:
        return yesNo(t.authenticationAccount);
    case IssuanceAccount:
        return yesNo(t.issuanceAccount);
    case CreatedOn:
        return t.createdOn.toString(Qt::ISODate);
    case Hostname:
    case CompanyName:
    case UsersThisMonth: // numbers stay numbers: the delegate formats them
    case VoiceCreditsThisMonth:
    case SmsCreditsThisMonth:
        return rawValue(row, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Hostname:
        return tr("Hostname");
    case CompanyName:
        return tr("Company Name");
    case ContractMode:
        return tr("Contract Mode");
    case Locked:
        return tr("Locked");
    case ServiceProvider:
        return tr("Service Provider");
    case AuthenticationAccount:
        return tr("Authentication Account");
    case IssuanceAccount:
        return tr("Issuance Account");
    case CreatedOn:
        return tr("Created On");
    case UsersThisMonth:
        return tr("Users This Month");
    case VoiceCreditsThisMonth:
        return tr("Voice Credits This Month");
    case SmsCreditsThisMonth:
        return tr("SMS Credits This Month");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ud
