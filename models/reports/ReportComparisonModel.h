#pragma once

#include "reports/ReportComparison.h"

#include <QAbstractTableModel>

namespace ud {

// The Reports page's side-by-side view of a comparison: one row per tenant,
// then for each measure four columns (A, B, change, change %). Display text
// is localised ("n/a" for a % without a baseline, empty where a tenant is
// absent); RawValueRole gives the values themselves (an invalid QVariant where
// there is none, the % as a double) for sorting and tests; ChangeSignRole is
// -1, 0 or +1 on change columns so the view can colour them (the model
// layer has no QtGui, hence no Qt::ForegroundRole here).
class ReportComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Hostname,
        CompanyName,
        TenantId,
        Presence,
        FirstFigure,
        ColumnCount = FirstFigure + 4 * kComparisonMeasureCount
    };
    enum class FigureKind
    {
        InA,
        InB,
        Change,
        ChangePercent
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1,
        ChangeSignRole,
    };

    explicit ReportComparisonModel(QObject *parent = nullptr);

    // Replaces what is shown; appendRows() adds rows read later (a loader
    // delivering a large comparison in batches).
    void setComparison(const ComparisonSummary &summary, const QList<ComparisonRow> &rows);
    void appendRows(const QList<ComparisonRow> &rows);
    void clear();

    const ComparisonSummary &summary() const { return m_summary; }
    const ComparisonRow &comparisonRow(int row) const { return m_rows.at(row); }

    static int figureColumn(ComparisonMeasure measure, FigureKind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString presenceText(ComparisonPresence presence);
    static QString measureTitle(ComparisonMeasure measure);

private:
    QVariant raw(const ComparisonRow &row, int column) const;
    QString display(const ComparisonRow &row, int column) const;

    ComparisonSummary m_summary;
    QList<ComparisonRow> m_rows;
};

} // namespace ud
