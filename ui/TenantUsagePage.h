#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/Connection.h"
#include "usage/TenantUsageSeries.h"
#include "usage/TenantUsageTableModel.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Ui {
class TenantUsagePage;
}

// One tenant's usage: daily figures or monthly totals over a date range, as
// a chart (users on the left axis, voice and SMS credits on the right) and
// the same points in a table below, from one TenantUsageSeries call. Errors
// (not permitted, unknown tenant, bad range) show on the page.
//
// The query runs on the GUI thread's connection: for 400 days of one tenant
// it takes 0.5-5 ms (tst_tenantusage measures it), far below what would need
// a background thread.
class TenantUsagePage : public QWidget
{
    Q_OBJECT

public:
    enum Preset
    {
        Last30Days,
        Last90Days,
        Last12Months,
        ThisYear,
        LastYear,
        Custom
    };

    TenantUsagePage(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                    QWidget *parent = nullptr);
    ~TenantUsagePage() override;

    void showTenant(qint64 tenantKey);
    qint64 tenantKey() const { return m_tenantKey; }

    ud::TenantUsageGranularity granularity() const;
    void setGranularity(ud::TenantUsageGranularity granularity);
    void applyPreset(Preset preset);
    // Sets a custom range and reloads (also when first > last: the page then
    // says what is wrong).
    void setRange(QDate first, QDate last);
    QDate firstDay() const;
    QDate lastDay() const;

    // Reads the points again for the current tenant, granularity and range.
    void reload();
    // Writes the table as CSV to `path` (replaced only when complete).
    ud::Status exportTo(const QString &path);

    const ud::TenantUsageTableModel *tableModel() const { return m_model; }
    QChart *chart() const { return m_chart; }
    QString message() const;

Q_SIGNALS:
    void backRequested();

private:
    void buildChart();
    void presetChosen(int index);
    void rangeEdited();
    void granularityToggled();
    void showUsage(const ud::TenantUsage &usage);
    void showError(const ud::Error &error);
    void clearFigures();
    void chooseExportFile();
    QDate today() const;

    std::unique_ptr<Ui::TenantUsagePage> m_ui;
    ud::Actor m_actor;
    ud::Clock m_clock;
    ud::TenantUsageSeries m_series;
    ud::TenantUsageTableModel *m_model;
    qint64 m_tenantKey = 0;
    // The tenant whose name the title shows, so a bad range keeps it.
    qint64 m_titledTenantKey = 0;
    // Set while the page itself changes the range, so one change reloads once.
    bool m_settingRange = false;

    QChart *m_chart = nullptr;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_usersAxis = nullptr;
    QValueAxis *m_creditsAxis = nullptr;
    QLineSeries *m_usersSeries = nullptr;
    QLineSeries *m_peakSeries = nullptr;
    QLineSeries *m_voiceSeries = nullptr;
    QLineSeries *m_smsSeries = nullptr;
};
