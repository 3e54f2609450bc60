#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "schedules/Schedule.h"
#include "schedules/ScheduleRunRecord.h"
#include "schedules/ScheduleRunner.h"
#include "storage/Connection.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QThread>

class QLabel;
class QPushButton;
class QTableWidget;

// The delivery log of one schedule (product.md, page 5): its runs, newest
// first (scheduled at in local time, period, status, attempts, next attempt,
// last reply) and the SMTP attempts of the selected run. Retry now (a
// retrying, failed or unknown run) and Resend (a delivered run, after a
// prompt) go through ScheduleRunner on a thread of their own with their own
// connection; the log is read again when they finish.
class DeliveryLogDialog : public QDialog
{
    Q_OBJECT

public:
    DeliveryLogDialog(const ud::Connection &connection, ud::Actor actor, ud::Clock clock,
                      ud::Schedule schedule, QWidget *parent = nullptr);
    ~DeliveryLogDialog() override;

    // How the runner sends (tests point it at their server or a fake).
    void setRunnerOptions(ud::RunnerOptions options) { m_options = std::move(options); }

    void reload();
    const QList<ud::ScheduleRunRecord> &runs() const { return m_runs; }
    void selectRun(int row);
    void retryNow();
    void resend();
    bool isBusy() const { return m_worker != nullptr; }

Q_SIGNALS:
    // Retry now or Resend finished (with an empty message when it went well).
    void actionFinished(const QString &error);

private:
    void showAttempts();
    void updateButtons();
    void runInWorker(const QString &what, bool resend);
    void showMessage(const QString &message, bool error);

    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    ud::Schedule m_schedule;
    ud::RunnerOptions m_options;
    QList<ud::ScheduleRunRecord> m_runs;
    QTableWidget *m_runTable = nullptr;
    QTableWidget *m_attemptTable = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_resendButton = nullptr;
    QLabel *m_message = nullptr;
    QPointer<QThread> m_worker;
};
