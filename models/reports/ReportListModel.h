#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "reports/ReportInfo.h"
#include "reports/ReportRequest.h"
#include "storage/DatabaseTarget.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QThread;

namespace ud {

// The Reports page's list: the stored reports (always complete, "Ready"),
// loaded with ReportCatalog::list() on a thread of their own (10,000 reports
// must not freeze the window), and above them this session's generations
// that are running, were cancelled or failed ("Generating 42%", "Cancelled",
// "Failed: reason"), which the page adds, updates and removes. A generation
// that completes becomes a stored report row (completeJob()).
//
// Display text is localised (created at in local time); RawValueRole has the
// values (created at as a UTC QDateTime, rows as a number) for sorting.
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        Scope,
        Period,
        Rows,
        CreatedBy,
        CreatedAt,
        Status,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1,
        ReportIdRole, // 0 on job rows
        JobIdRole,    // 0 on stored reports
        StatusRole,   // a ReportListModel::State as int
    };
    enum class State
    {
        Ready,
        Generating,
        Cancelled,
        Failed,
    };

    ReportListModel(DatabaseTarget target, Actor actor, Clock clock, QObject *parent = nullptr);
    ~ReportListModel() override;

    // The newest reports shown first while the rest are read.
    static constexpr int kFirstRows = 100;

    // Reads the stored reports again in the background; loaded() follows.
    // Job rows stay. In the default order (newest first) the newest
    // kFirstRows arrive first (the model resets with them, then with all).
    void reload();
    bool isLoading() const { return m_loadThread != nullptr; }
    // In the current sort order; job rows stay.
    void setReports(const QList<ReportInfo> &reports,
                    const QHash<qint64, QString> &tenantHostnames = {});
    void addReport(const ReportInfo &report);
    void removeReport(qint64 reportId);

    // A generation of this session, shown above the stored reports.
    void addJob(int jobId, const ReportRequest &request, const QString &createdBy,
                const QDateTime &startedAt);
    void setJobProgress(int jobId, int percent);
    void setJobState(int jobId, State state, const QString &reason = QString());
    void removeJob(int jobId);
    // The job's row becomes the stored report it made.
    void completeJob(int jobId, const ReportInfo &report);

    int rowOfReport(qint64 reportId) const;
    int rowOfJob(int jobId) const;
    qint64 reportIdAt(int row) const;
    int jobIdAt(int row) const;
    State stateAt(int row) const;
    // The stored report of a row; nullptr on job rows.
    const ReportInfo *reportAt(int row) const;
    // The request of a job row; nullptr on stored reports.
    const ReportRequest *requestAt(int row) const;
    QString nameAt(int row) const;

    // "All tenants", "Tenant: <hostname or id>", "Filter: <text>".
    static QString scopeText(const QString &scope, const QString &tenantHostname = QString());
    // "Ready", "Generating 42%", "Cancelled", "Failed: <reason>".
    static QString stateText(State state, int percent = 0, const QString &reason = QString());

    // Sorts the stored reports by the column's raw value (text
    // case-insensitively); job rows stay on top. The order is kept for rows
    // added later and for the next reload. Default: created at, newest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After reload(): `message` is a sentence when it failed.
    void loaded(bool ok, const QString &message);

private:
    struct Item
    {
        int jobId = 0; // 0 for a stored report
        ReportInfo info;
        ReportRequest request;
        State state = State::Ready;
        int percent = 0;
        QString reason;
        QString tenantHostname;
    };

    struct SortKey
    {
        qint64 number = 0;
        QString text;
        qint64 createdAt = 0; // ties: newest first
        qint64 id = 0;
    };

    // limit 0: every stored report.
    void startLoad(quint64 generation, int limit);
    int jobRowCount() const;
    SortKey sortKey(const Item &item) const;
    // Whether `a` comes before `b` in the current order.
    bool before(const SortKey &a, const SortKey &b) const;
    void sortStored(QList<Item> &items, qsizetype from) const;
    QVariant raw(const Item &item, int column) const;
    QString display(const Item &item, int column) const;

    DatabaseTarget m_target;
    Actor m_actor;
    Clock m_clock;
    QList<Item> m_items; // job rows first, newest first; then stored reports, newest first
    QThread *m_loadThread = nullptr;
    quint64 m_generation = 0;
    int m_sortColumn = CreatedAt;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace ud
