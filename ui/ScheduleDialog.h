#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "schedules/Schedule.h"
#include "storage/Connection.h"

#include <QDialog>
#include <memory>

class QLabel;
class ScheduleTimingFields;

namespace Ui {
class ScheduleDialog;
}

// Create Scheduled Report / Edit Scheduled Report (the seed's "Schedule
// Usage Reports"): Name, Description, Email, Task Type, Recurrence, Day of
// the Week or Day of month, Time, Time zone (ScheduleTimingFields, with the
// next five runs), Delimiter, Excel compatible, Scope and Enable. Each field
// is checked as it changes with ScheduleRules and FieldRules; Confirm stays
// disabled while anything is invalid. Confirm saves through ScheduleStore on
// the GUI thread's connection (one short insert or update); a refusal (a
// name already used by another schedule, say) shows next to its field and
// the dialog stays open.
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // Create mode.
    ScheduleDialog(const ud::Connection &connection, ud::Actor actor, ud::Clock clock,
                   QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    // Switches to Edit mode for `schedule` (as read from the store).
    void setSchedule(const ud::Schedule &schedule);
    bool isEditing() const { return m_editedId != 0; }
    // For a role that may only view: every field read-only, Close only.
    void setReadOnly();

    // The schedule as the fields describe it (not yet validated).
    ud::Schedule schedule() const;
    // The id saved by Confirm (the new one in Create mode).
    qint64 savedId() const { return m_savedId; }
    bool isComplete() const;
    ScheduleTimingFields *timingFields() const;

public Q_SLOTS:
    void accept() override;

private:
    void fillChoices();
    bool validate();
    void scopeChanged();
    QString scopeText() const;
    ud::Result<QString> checkedName() const;
    ud::Result<QString> checkedDescription() const;
    static void showError(QLabel *label, const QString &message);

    std::unique_ptr<Ui::ScheduleDialog> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    qint64 m_editedId = 0;
    ud::Schedule m_original;
    qint64 m_savedId = 0;
    QString m_scopeProblem;
    // The name the store refused as taken: Confirm waits for another.
    QString m_takenName;
    QString m_takenMessage;
    bool m_nameTouched = false;
    bool m_descriptionTouched = false;
    bool m_confirmTried = false;
};
