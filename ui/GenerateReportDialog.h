#pragma once

#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "reports/ReportRequest.h"
#include "reports/ReportScope.h"
#include "schedules/Schedule.h"
#include "storage/DatabaseTarget.h"

#include <QDate>
#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>
#include <optional>

class QLabel;
class ScheduleTimingFields;

namespace Ui {
class GenerateReportDialog;
}

// Generate Usage Report (product.md, page 3): name, description, delimiter,
// Excel compatible, period and the scope it covers. Every field is checked as
// it changes with the model's rules (FieldRules, ReportPeriod); Confirm stays
// disabled while anything is invalid, and a field's message shows once it was
// touched or Confirm was tried. The dialog only collects the request: the
// page hands it on (TenantsPage::reportRequested) and the Reports page
// generates it.
//
// Schedule Report (the seed: "create a usage report on-demand at the schedule
// period"), for a role with scheduled_tasks:add and export_reports:add:
// checking it reveals ScheduleTimingFields. Confirm then still asks for the
// report now and also creates a schedule with the dialog's name,
// description, scope, delimiter and BOM and the timing fields, saved through
// ScheduleStore on a thread of its own before the dialog closes; a refusal
// (a name another schedule has, say) shows in the dialog, which stays open.
//
// The number of tenants in scope is counted on a thread of its own with its
// own connection (a filter at a million tenants takes a moment); closing the
// dialog cancels the count.
class GenerateReportDialog : public QDialog
{
    Q_OBJECT

public:
    GenerateReportDialog(ud::DatabaseTarget target, ud::Actor actor, ud::ReportScope scope,
                         QDate today, QWidget *parent = nullptr);
    ~GenerateReportDialog() override;

    // Complete and valid after accept().
    ud::ReportRequest request() const;

    const ud::ReportScope &scope() const { return m_scope; }
    // Shows that the page's quick search narrowed the list but not the
    // report (a scope is a filter of AND-ed conditions only).
    void setQuickSearchActive(bool active);

    bool isCounting() const { return m_counter != nullptr; }
    // The tenants in scope, once counted.
    std::optional<qint64> tenantCount() const { return m_count; }
    // True when every field holds a valid value (what enables Confirm).
    bool isComplete() const;

    // The schedule Confirm created (with its id), when Schedule Report was
    // checked; before Confirm, the draft the fields describe.
    std::optional<ud::Schedule> schedule() const;
    bool isSavingSchedule() const { return m_scheduleSaver != nullptr; }
    ScheduleTimingFields *timingFields() const { return m_timing; }
    // Where "now" comes from for the schedule's preview and activeSince.
    void setClock(ud::Clock clock);

public Q_SLOTS:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Counted
    {
        qint64 count = 0;
        QString hostname; // a tenant: scope's tenant
    };

    void fillChoices();
    void restoreSettings();
    void saveSettings() const;
    void startCount();
    void showCount(const ud::Result<Counted> &counted);
    void periodChosen();
    // Checks every field against the model's rules and shows the messages
    // of the fields touched so far (all of them once Confirm was tried).
    bool validate();
    ud::Result<QString> checkedName() const;
    ud::Result<QString> checkedDescription() const;
    QString periodText() const;
    QString periodProblem() const;
    QString missingPermission() const;
    QString missingSchedulePermission() const;
    void setUpSchedule();
    void saveSchedule();
    static void showError(QLabel *label, const QString &message);

    std::unique_ptr<Ui::GenerateReportDialog> m_ui;
    ud::DatabaseTarget m_target;
    ud::Actor m_actor;
    ud::ReportScope m_scope;
    QDate m_today;
    std::optional<qint64> m_count;
    bool m_tenantMissing = false;
    bool m_nameTouched = false;
    bool m_descriptionTouched = false;
    bool m_confirmTried = false;
    std::shared_ptr<ud::CancellationFlag> m_cancelCount;
    QPointer<QThread> m_counter;
    ud::Clock m_clock = ud::systemClock();
    ScheduleTimingFields *m_timing = nullptr;
    qint64 m_scheduleId = 0;
    QString m_scheduleError; // why Confirm could not create the schedule
    QPointer<QThread> m_scheduleSaver;
};
