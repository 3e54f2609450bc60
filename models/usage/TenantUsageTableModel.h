#pragma once

#include "usage/TenantUsageSeries.h"

#include <QAbstractTableModel>

namespace ud {

// The Tenant usage page's table: one row per point of a TenantUsage, the
// same points the chart draws. Display text is localised; RawValueRole gives
// the numbers and dates themselves (for sorting, tests and export).
class TenantUsageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Period,
        Users,
        UsersPeak,
        VoiceCredits,
        SmsCredits,
        Authentications,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1,
    };

    explicit TenantUsageTableModel(QObject *parent = nullptr);

    void setUsage(const TenantUsage &usage);
    void clear();
    const TenantUsage &usage() const { return m_usage; }
    const TenantUsagePoint &point(int row) const { return m_usage.points.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Titles depend on the granularity: "Day" or "Month", and a month's
    // users are those of its last day with data.
    static QString columnTitle(Column column, TenantUsageGranularity granularity);
    // The day ("2024-01-31") or month ("2024-01") a point stands for.
    static QString periodText(const TenantUsagePoint &point, TenantUsageGranularity granularity);

private:
    TenantUsage m_usage;
};

} // namespace ud
