#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "filters/TenantFilter.h"
#include "storage/DatabaseTarget.h"
#include "tenants/Tenant.h"
#include "tenants/TenantListSpec.h"
#include "tenants/TenantPage.h"
#include "tenants/TenantPageRequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <optional>

class QThread;

namespace ud {

class TenantListLoader;

// The Tenants List (product.md page 1) for a million tenants
// (docs/tenant-list.md). Nothing is read on the GUI thread: two loaders on
// their own threads and connections read pages by keyset and the count, and
// the model keeps a bounded cache of pages. Rows not loaded yet show nothing
// and are asked for when a view asks for their data.
//
// Row count: until the background count arrives, rowCount() is the loaded
// prefix from row 0 and canFetchMore()/fetchMore() extend it a page at a
// time; once counted it is the total, so the scroll bar is honest either way.
class TenantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Hostname,
        CompanyName,
        ContractMode,
        Locked,
        ServiceProvider,
        AuthenticationAccount,
        IssuanceAccount,
        CreatedOn,
        UsersThisMonth,
        VoiceCreditsThisMonth,
        SmsCreditsThisMonth,
        ColumnCount
    };
    enum Role
    {
        TenantIdRole = Qt::UserRole + 1,
        TenantKeyRole,
        RawValueRole
    };

    // About three screens: small enough that a filtered first page is found
    // early in the index walk, large enough that scrolling rarely waits.
    static constexpr int kPageSize = 100;
    static constexpr int kMaxCachedPages = 80; // 8,000 rows, a few MB

    TenantTableModel(DatabaseTarget target, Actor actor, Clock clock, QObject *parent = nullptr);
    ~TenantTableModel() override;

    void setFilter(const TenantFilter &filter);
    TenantFilter filter() const { return m_spec.filter; }
    // Applied as given: debouncing typing is the page's business.
    void setQuickSearch(const QString &text);
    QString quickSearch() const { return m_spec.quickSearch; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return int(m_spec.sortColumn); }
    Qt::SortOrder sortOrder() const
    {
        return m_spec.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }

    // Unknown until the background count arrives.
    std::optional<qint64> totalCount() const { return m_total; }
    // Loaded rows only.
    std::optional<Tenant> tenantAt(int row) const;
    // Keeps sort and filter, reads everything again (after a change).
    void reload();
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged();
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // Rows that were asked for have arrived.
    void rowsReady();

private:
    struct CachedPage
    {
        QList<TenantListRow> rows;
        quint64 lastUse = 0;
    };

    void restart();
    void requestPage(int pageIndex) const;
    void requestCount();
    void askLackingUsage();
    void onPageLoaded(const TenantPage &page);
    void onPageDropped(quint64 generation, int pageIndex);
    void onCountLoaded(quint64 generation, qint64 count);
    void onLackingUsageCounted(quint64 dataEpoch, const QDate &month, qint64 tenants);
    void onLoadFailed(quint64 generation, const QString &message, bool fatal);
    void setTotal(qint64 total);
    void evictPages();
    void updateLoading();
    const TenantListRow *rowAt(int row) const;
    QVariant displayValue(const TenantListRow &row, int column) const;
    QVariant rawValue(const TenantListRow &row, int column) const;

    Clock m_clock;
    TenantListSpec m_spec;
    quint64 m_generation = 1;
    quint64 m_dataEpoch = 0; // reload() may find other data
    int m_rowCount = 0;
    std::optional<qint64> m_total;
    bool m_countPending = false;
    // Whether some tenant lacks a usage row this month, for m_dataEpoch and
    // m_spec.month; asked of the count loader once per epoch.
    std::optional<bool> m_someLackUsage;
    bool m_lackingUsageAsked = false;
    bool m_loading = false;
    QString m_fatal;

    // Caches filled from data() (const): a view asking for a row is what
    // loads it.
    mutable QHash<int, CachedPage> m_pages;
    mutable QSet<int> m_inFlight;
    mutable quint64 m_useClock = 0;
    mutable bool m_loadingChangePending = false;

    TenantListLoader *m_pageLoader = nullptr;
    TenantListLoader *m_countLoader = nullptr;
    QThread *m_pageThread = nullptr;
    QThread *m_countThread = nullptr;
};

} // namespace ud
