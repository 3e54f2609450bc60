#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QList>
#include <QPointer>
#include <QThread>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QTableView;

namespace Ui {
class ScheduledReportsPage;
}

namespace ud {
class ScheduleStore;
class ScheduleTableModel;
} // namespace ud

// Scheduled Reports (product.md, page 5; the seed's "Enable, disable, edit,
// and delete Scheduled Reports"): the schedules with task type, recurrence,
// next run in local time, last run and its result, enabled. New Schedule…
// and clicking a name open ScheduleDialog; Enable, Disable and Delete ask
// first (MessageBox, so tests answer); Delivery Log opens the runs and
// attempts of the selected schedule. Each action shows only when the role
// allows it (the store refuses anyway).
class ScheduledReportsPage : public QWidget
{
    Q_OBJECT

public:
    ScheduledReportsPage(const ud::Connection &connection, ud::Actor actor, ud::Clock clock,
                         QWidget *parent = nullptr);
    ~ScheduledReportsPage() override;

    // Asks before Enable, Disable and Delete: title, text and the confirming
    // button's label ("Confirm", "Delete"); true to go ahead. The default
    // shows MessageBox::confirm; tests answer here.
    using Prompt =
        std::function<bool(const QString &title, const QString &text, const QString &action)>;
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    ud::ScheduleTableModel *model() const { return m_model; }
    QTableView *table() const;
    // Reads the list again (after a run, or a change elsewhere).
    void refresh();
    // The id of the selected schedule, 0 when none.
    qint64 selectedId() const;
    void select(qint64 scheduleId);

    // The actions, as the toolbar and the row's context menu offer them.
    void newSchedule();
    void editSchedule(qint64 scheduleId);
    void setSelectedEnabled(bool enabled);
    void deleteSelected();
    void openDeliveryLog();

Q_SIGNALS:
    // A schedule was added, changed or deleted on this page.
    void schedulesChanged();
    // An Enable, Disable or Delete that was confirmed has finished (it runs
    // on a worker thread); on failure the page shows why.
    void changeFinished(bool ok);

private:
    void updateActions();
    void showError(const QString &message);
    void showContextMenu(const QPoint &position);
    void changed(qint64 selectAfter);
    // Runs one ScheduleStore change on a worker thread with its own
    // connection: on SQLite a report generation may hold the write lock for
    // a while, and the window must not wait for it.
    void runChange(const std::function<ud::Status(ud::ScheduleStore &)> &change,
                   qint64 selectAfter);

    std::unique_ptr<Ui::ScheduledReportsPage> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    ud::ScheduleTableModel *m_model = nullptr;
    qint64 m_selectAfterLoad = 0;
    Prompt m_prompt;
    QList<QPointer<QThread>> m_calls;
};
