#pragma once

#include "core/Clock.h"
#include "schedules/Schedule.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

// The recipients and timing of a schedule (schedules.md): Email, Recurrence,
// Day of the Week (weekly), Day of month (monthly), Time, Time zone, and a
// preview of the next five runs in the schedule's zone and in UTC,
// recomputed by ScheduleTiming on every change. Shared by the schedule
// dialog and the Generate Usage Report dialog. Fields are checked with
// ScheduleRules; a field's message shows once it was edited or
// showAllErrors() was called.
class ScheduleTimingFields : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleTimingFields(QWidget *parent = nullptr);

    // Where "now" comes from for the preview (tests fix it).
    void setClock(ud::Clock clock);
    // Fills recipients and timing from `schedule`.
    void setSchedule(const ud::Schedule &schedule);
    // Copies recipients and timing into `schedule` (as typed: the store
    // validates again).
    void applyTo(ud::Schedule &schedule) const;

    QString recipientsProblem() const;
    QString zoneProblem() const;
    bool isComplete() const { return recipientsProblem().isEmpty() && zoneProblem().isEmpty(); }
    void showAllErrors();
    // The preview's lines, "Mon 2 Mar 2026 06:00 CET — 05:00 UTC".
    QStringList previewLines() const;
    // The next `count` runs in UTC for the fields as they are; empty while
    // the zone is invalid.
    QList<QDateTime> nextRuns(int count = 5) const;

    // The form, for a dialog that adds its own rows in between.
    QFormLayout *form() const { return m_form; }

Q_SIGNALS:
    void changed();

private:
    void update();
    ud::Schedule timing() const;
    static void showError(QLabel *label, const QString &message);

    ud::Clock m_clock = ud::systemClock();
    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_email = nullptr;
    QLabel *m_emailError = nullptr;
    QComboBox *m_recurrence = nullptr;
    QComboBox *m_dayOfWeek = nullptr;
    QSpinBox *m_dayOfMonth = nullptr;
    QLabel *m_dayOfMonthNote = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_zoneError = nullptr;
    QListWidget *m_preview = nullptr;
    bool m_emailTouched = false;
    bool m_showAll = false;
    bool m_filling = false;
};
