#include "DeliveryLogDialog.h"

#include "BackgroundCall.h"
#include "ErrorText.h"
#include "MessageBox.h"
#include "ViewStateMemory.h"
#include "schedules/DeliveryLog.h"
#include "schedules/ScheduleTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QString &accessibleName,
                        const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = QString())
{
    auto *cell = new QTableWidgetItem(text);
    if (!toolTip.isEmpty())
        cell->setToolTip(toolTip);
    return cell;
}

bool retryable(const QString &status)
{
    return status == "retrying"_L1 || status == "failed"_L1 || status == "unknown"_L1;
}

} // namespace

DeliveryLogDialog::DeliveryLogDialog(const ud::Connection &connection, ud::Actor actor,
                                     ud::Clock clock, ud::Schedule schedule, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_schedule(std::move(schedule))
{
    setWindowTitle(tr("Delivery Log: %1").arg(m_schedule.name));
    resize(900, 560);
    ViewStateMemory::rememberGeometry(this, u"deliveryLogDialog/geometry"_s);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_runTable = makeTable(splitter, u"runTable"_s, tr("Runs"),
                           {tr("Scheduled at (local)"), tr("Period"), tr("Status"), tr("Attempts"),
                            tr("Next attempt"), tr("Last reply")});
    m_attemptTable = makeTable(splitter, u"attemptTable"_s, tr("Attempts of the selected run"),
                               {tr("Attempted at (local)"), tr("Outcome"), tr("Server reply")});
    splitter->addWidget(m_runTable);
    splitter->addWidget(m_attemptTable);
    layout->addWidget(splitter, 1);
    ViewStateMemory::remember(splitter, u"deliveryLogDialog/splitter"_s);
    ViewStateMemory::remember(m_runTable->horizontalHeader(), u"deliveryLogDialog/runs"_s);
    ViewStateMemory::remember(m_attemptTable->horizontalHeader(), u"deliveryLogDialog/attempts"_s);

    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retryButton = buttons->addButton(tr("&Retry now"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_resendButton = buttons->addButton(tr("Re&send…"), QDialogButtonBox::ActionRole);
    m_resendButton->setObjectName(u"resendButton"_s);
    auto *reloadButton = buttons->addButton(tr("Re&load"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    const bool mayEdit = m_actor.can({ud::Entity::ScheduledTasks, ud::Action::Edit});
    m_retryButton->setVisible(mayEdit);
    m_resendButton->setVisible(mayEdit);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retryButton, &QPushButton::clicked, this, &DeliveryLogDialog::retryNow);
    connect(m_resendButton, &QPushButton::clicked, this, &DeliveryLogDialog::resend);
    connect(reloadButton, &QPushButton::clicked, this, &DeliveryLogDialog::reload);
    connect(m_runTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showAttempts();
        updateButtons();
    });
    reload();
}

DeliveryLogDialog::~DeliveryLogDialog()
{
    waitFor(m_worker);
}

void DeliveryLogDialog::reload()
{
    const int keep = m_runTable->currentRow();
    const ud::DeliveryLog log(m_connection, m_actor);
    const auto runs = log.runs(m_schedule.id);
    m_runTable->setRowCount(0);
    m_runs.clear();
    if (!runs) {
        showMessage(runs.error().message, true);
        updateButtons();
        return;
    }
    m_runs = *runs;
    const QLocale locale;
    m_runTable->setRowCount(int(m_runs.size()));
    for (int row = 0; row < m_runs.size(); ++row) {
        const ud::ScheduleRunRecord &run = m_runs.at(row);
        const QString period =
            tr("%1 – %2").arg(locale.toString(run.periodStart, QLocale::ShortFormat),
                              locale.toString(run.periodEnd, QLocale::ShortFormat));
        m_runTable->setItem(row, 0,
                            item(ud::ScheduleTableModel::localText(run.scheduledAt),
                                 run.scheduledAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
        m_runTable->setItem(row, 1, item(period));
        m_runTable->setItem(row, 2, item(run.statusText.isEmpty() ? run.status : run.statusText));
        m_runTable->setItem(row, 3, item(QString::number(run.attempts)));
        m_runTable->setItem(row, 4, item(ud::ScheduleTableModel::localText(run.nextAttemptAt)));
        m_runTable->setItem(row, 5, item(run.lastReply.simplified(), run.lastReply));
    }
    m_runTable->resizeColumnsToContents();
    if (!m_runs.isEmpty())
        selectRun(keep >= 0 && keep < m_runs.size() ? keep : 0);
    showAttempts();
    updateButtons();
}

void DeliveryLogDialog::selectRun(int row)
{
    m_runTable->selectRow(row);
}

void DeliveryLogDialog::showAttempts()
{
    m_attemptTable->setRowCount(0);
    const int row = m_runTable->currentRow();
    if (row < 0 || row >= m_runs.size())
        return;
    const ud::DeliveryLog log(m_connection, m_actor);
    const auto attempts = log.attempts(m_schedule.id, m_runs.at(row).scheduledAt);
    if (!attempts) {
        showMessage(attempts.error().message, true);
        return;
    }
    m_attemptTable->setRowCount(int(attempts->size()));
    for (int i = 0; i < attempts->size(); ++i) {
        const ud::DeliveryAttemptRecord &attempt = attempts->at(i);
        m_attemptTable->setItem(i, 0, item(ud::ScheduleTableModel::localText(attempt.attemptedAt)));
        m_attemptTable->setItem(i, 1, item(attempt.outcome));
        m_attemptTable->setItem(i, 2, item(attempt.reply.simplified(), attempt.reply));
    }
    m_attemptTable->resizeColumnsToContents();
}

void DeliveryLogDialog::updateButtons()
{
    const int row = m_runTable->currentRow();
    const QString status = row >= 0 && row < m_runs.size() ? m_runs.at(row).status : QString();
    const bool idle = m_worker == nullptr;
    m_retryButton->setEnabled(idle && retryable(status));
    m_resendButton->setEnabled(idle && status == "delivered"_L1);
}

void DeliveryLogDialog::retryNow()
{
    runInWorker(tr("Retry"), false);
}

void DeliveryLogDialog::resend()
{
    const int row = m_runTable->currentRow();
    if (row < 0 || row >= m_runs.size() || m_runs.at(row).status != "delivered"_L1)
        return;
    if (!MessageBox::confirm(this, tr("Resend Report"),
                             tr("Send the report of %1 to %2 again?")
                                 .arg(ud::ScheduleTableModel::localText(m_runs.at(row).scheduledAt),
                                      m_schedule.recipients.join(u", "_s)),
                             tr("Resend")))
        return;
    runInWorker(tr("Resend"), true);
}

void DeliveryLogDialog::runInWorker(const QString &what, bool resend)
{
    const int row = m_runTable->currentRow();
    if (row < 0 || row >= m_runs.size() || m_worker)
        return;
    const QDateTime scheduledAt = m_runs.at(row).scheduledAt;
    showMessage(tr("%1 in progress…").arg(what), false);
    m_worker = runInBackground<ud::Status>(
        this,
        [target = m_connection.target(), actor = m_actor, clock = m_clock, options = m_options,
         id = m_schedule.id, scheduledAt, resend]() -> ud::Status {
            auto connection = ud::Connection::open(target, u"delivery-log"_s);
            if (!connection)
                return connection.error();
            ud::ScheduleRunner runner(**connection, actor, clock, options);
            return resend ? runner.resend(id, scheduledAt) : runner.retryNow(id, scheduledAt);
        },
        [this, what](const ud::Status &done) {
            m_worker = nullptr;
            reload();
            if (done)
                showMessage(tr("%1: done.").arg(what), false);
            else
                showMessage(tr("%1 failed: %2").arg(what, done.error().message), true);
            Q_EMIT actionFinished(done ? QString() : done.error().message);
        });
    updateButtons();
}

void DeliveryLogDialog::showMessage(const QString &message, bool error)
{
    ErrorText::mark(m_message, error);
    m_message->setText(error ? MessageBox::sentence(message) : message);
    m_message->setVisible(!message.isEmpty());
}
