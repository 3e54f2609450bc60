#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "reports/ReportInfo.h"
#include "reports/ReportRow.h"
#include "storage/DatabaseTarget.h"

#include <QAbstractTableModel>
#include <QList>

class QThread;

namespace ud {

// The rows of one stored report for the Reports page's View, in the CSV's
// columns (report-csv.md). Rows are read in pages (ReportRowsQuery, keyset)
// on a thread of its own with its own connection, as the view scrolls
// (canFetchMore/fetchMore), so a report of a million rows opens at once and
// holds only what was looked at. Needs export_reports:view.
class ReportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TenantId,
        Hostname,
        CompanyName,
        ContractMode,
        PeriodStart,
        PeriodEnd,
        UsersPeak,
        UsersEnd,
        VoiceCredits,
        SmsCredits,
        Authentications,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1,
    };

    static constexpr int kPageSize = 500;

    ReportRowsModel(DatabaseTarget target, Actor actor, Clock clock, QObject *parent = nullptr);
    ~ReportRowsModel() override;

    // Shows report `reportId`: its first page arrives with opened().
    void open(qint64 reportId);
    void clear();

    qint64 reportId() const { return m_reportId; }
    const ReportInfo &report() const { return m_report; }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_atEnd; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // After open(): the report and its first rows are there, or `message`
    // says why not (a sentence).
    void opened(bool ok, const QString &message);
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

private:
    class Loader;

    void requestPage();
    void onOpened(quint64 generation, bool ok, const QString &message, const ReportInfo &info);
    void onPage(quint64 generation, const QList<ReportRow> &rows, qint64 lastPosition, bool atEnd,
                const QString &error);

    QThread *m_thread = nullptr;
    Loader *m_loader = nullptr;
    quint64 m_generation = 0;
    qint64 m_reportId = 0;
    ReportInfo m_report;
    QList<ReportRow> m_rows;
    qint64 m_lastPosition = 0;
    bool m_atEnd = true;
    bool m_loading = false;
};

} // namespace ud
