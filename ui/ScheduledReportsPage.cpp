#include "ScheduledReportsPage.h"

#include "BackgroundCall.h"
#include "DeliveryLogDialog.h"
#include "MessageBox.h"
#include "RowContextMenu.h"
#include "ScheduleDialog.h"
#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTableModel.h"
#include "ui_ScheduledReportsPage.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;
using ud::ScheduleTableModel;

namespace {

const QString kHeaderKey = u"scheduledReportsPage/header"_s;

// The Name column reads as a link: clicking it opens Edit (the seed).
class LinkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->font.setUnderline(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    }
};

} // namespace

ScheduledReportsPage::ScheduledReportsPage(const ud::Connection &connection, ud::Actor actor,
                                           ud::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScheduledReportsPage>())
    , m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_prompt = [this](const QString &title, const QString &text, const QString &action) {
        return MessageBox::confirm(this, title, text, action);
    };
    m_model = new ScheduleTableModel(connection.target(), m_actor, m_clock, this);
    QTableView *view = m_ui->scheduleTable;
    view->setModel(m_model);
    view->setItemDelegateForColumn(ScheduleTableModel::NameColumn, new LinkDelegate(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(ScheduleTableModel::NameColumn, 170);
    view->setColumnWidth(ScheduleTableModel::TaskTypeColumn, 110);
    view->setColumnWidth(ScheduleTableModel::RecurrenceColumn, 270);
    view->setColumnWidth(ScheduleTableModel::NextRunColumn, 170);
    view->setColumnWidth(ScheduleTableModel::LastRunColumn, 210);
    ViewStateMemory::remember(view->horizontalHeader(), kHeaderKey);

    using ud::Action;
    using ud::Entity;
    const bool mayAdd = m_actor.can({Entity::ScheduledTasks, Action::Add}) &&
                        m_actor.can({Entity::ExportReports, Action::Add});
    m_ui->newButton->setVisible(mayAdd);
    m_ui->enableButton->setVisible(m_actor.can({Entity::ScheduledTasks, Action::Edit}));
    m_ui->disableButton->setVisible(m_actor.can({Entity::ScheduledTasks, Action::Edit}));
    m_ui->deleteButton->setVisible(m_actor.can({Entity::ScheduledTasks, Action::Remove}));

    ShortcutHint::assign(m_ui->newButton, QKeySequence::New);
    ShortcutHint::assign(m_ui->deleteButton, QKeySequence::Delete);
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &ScheduledReportsPage::refresh);
    RowContextMenu::enableKeyboard(view);

    connect(m_ui->newButton, &QPushButton::clicked, this, &ScheduledReportsPage::newSchedule);
    connect(m_ui->enableButton, &QPushButton::clicked, this, [this] { setSelectedEnabled(true); });
    connect(m_ui->disableButton, &QPushButton::clicked, this,
            [this] { setSelectedEnabled(false); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ScheduledReportsPage::deleteSelected);
    connect(m_ui->logButton, &QPushButton::clicked, this, &ScheduledReportsPage::openDeliveryLog);
    connect(view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ScheduleTableModel::NameColumn)
            editSchedule(index.data(ScheduleTableModel::ScheduleIdRole).toLongLong());
    });
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        // Enter on a row edits it too (keyboard access).
        editSchedule(index.data(ScheduleTableModel::ScheduleIdRole).toLongLong());
    });
    connect(view, &QWidget::customContextMenuRequested, this,
            &ScheduledReportsPage::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScheduledReportsPage::updateActions);
    connect(m_model, &ScheduleTableModel::loaded, this, [this] {
        m_ui->statusLabel->setText(tr("%n schedule(s)", nullptr, m_model->rowCount()));
        m_ui->errorLabel->hide();
        if (m_selectAfterLoad != 0)
            select(m_selectAfterLoad);
        m_selectAfterLoad = 0;
        updateActions();
    });
    connect(m_model, &ScheduleTableModel::loadFailed, this, [this](const QString &message) {
        m_ui->statusLabel->clear();
        showError(tr("Cannot read the schedules: %1").arg(message));
    });
    updateActions();
    refresh();
}

ScheduledReportsPage::~ScheduledReportsPage()
{
    for (QPointer<QThread> &call : m_calls)
        waitFor(call);
}

QTableView *ScheduledReportsPage::table() const
{
    return m_ui->scheduleTable;
}

void ScheduledReportsPage::refresh()
{
    if (m_selectAfterLoad == 0)
        m_selectAfterLoad = selectedId();
    m_ui->statusLabel->setText(tr("Loading…"));
    m_model->reload();
}

qint64 ScheduledReportsPage::selectedId() const
{
    const QModelIndexList rows = m_ui->scheduleTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ScheduleTableModel::ScheduleIdRole).toLongLong();
}

void ScheduledReportsPage::select(qint64 scheduleId)
{
    const int row = m_model->rowOf(scheduleId);
    if (row >= 0)
        m_ui->scheduleTable->selectRow(row);
}

void ScheduledReportsPage::updateActions()
{
    const int row = m_model->rowOf(selectedId());
    const bool selected = row >= 0;
    const bool enabled = selected && m_model->rowAt(row).schedule.enabled;
    m_ui->enableButton->setEnabled(selected && !enabled);
    m_ui->disableButton->setEnabled(enabled);
    m_ui->deleteButton->setEnabled(selected);
    m_ui->logButton->setEnabled(selected);
}

void ScheduledReportsPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(MessageBox::sentence(message));
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ScheduledReportsPage::changed(qint64 selectAfter)
{
    showError(QString());
    m_selectAfterLoad = selectAfter;
    refresh();
    Q_EMIT schedulesChanged();
}

void ScheduledReportsPage::newSchedule()
{
    if (m_ui->newButton->isHidden())
        return;
    auto *dialog = new ScheduleDialog(m_connection, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->savedId()); });
    dialog->open();
}

void ScheduledReportsPage::editSchedule(qint64 scheduleId)
{
    if (scheduleId == 0)
        return;
    const ud::ScheduleStore store(m_connection, m_actor, m_clock);
    const auto schedule = store.find(scheduleId);
    if (!schedule) {
        showError(schedule.error().message);
        refresh();
        return;
    }
    auto *dialog = new ScheduleDialog(m_connection, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSchedule(*schedule);
    if (!m_actor.can({ud::Entity::ScheduledTasks, ud::Action::Edit})) {
        // Viewers see the fields; the store would refuse a change anyway.
        dialog->setReadOnly();
    }
    connect(dialog, &QDialog::accepted, this, [this, scheduleId] { changed(scheduleId); });
    dialog->open();
}

void ScheduledReportsPage::setSelectedEnabled(bool enabled)
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0 || !m_actor.can({ud::Entity::ScheduledTasks, ud::Action::Edit}))
        return;
    const ud::Schedule &schedule = m_model->rowAt(row).schedule;
    const qint64 id = schedule.id;
    const QString text = enabled ? tr("Enable the scheduled report \"%1\"?").arg(schedule.name)
                                 : tr("Disable the scheduled report \"%1\"?").arg(schedule.name);
    if (!m_prompt(enabled ? tr("Enable Scheduled Report") : tr("Disable Scheduled Report"), text,
                  tr("Confirm")))
        return;
    runChange([id, enabled](ud::ScheduleStore &store) { return store.setEnabled(id, enabled); },
              id);
}

void ScheduledReportsPage::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0 || !m_actor.can({ud::Entity::ScheduledTasks, ud::Action::Remove}))
        return;
    const ud::Schedule &schedule = m_model->rowAt(row).schedule;
    const qint64 id = schedule.id;
    if (!m_prompt(tr("Delete Scheduled Report"),
                  tr("Delete the scheduled report \"%1\"? Its delivery log is deleted with it.")
                      .arg(schedule.name),
                  tr("Delete")))
        return;
    runChange([id](ud::ScheduleStore &store) { return store.remove(id); }, 0);
}

void ScheduledReportsPage::runChange(const std::function<ud::Status(ud::ScheduleStore &)> &change,
                                     qint64 selectAfter)
{
    m_calls.removeAll(nullptr);
    m_calls << runInBackground<ud::Status>(
        this,
        [target = m_connection.target(), actor = m_actor, clock = m_clock, change]() -> ud::Status {
            auto connection = ud::Connection::open(target, QStringLiteral("schedule-change"));
            if (!connection)
                return connection.error();
            ud::ScheduleStore store(**connection, actor, clock);
            return change(store);
        },
        [this, selectAfter](const ud::Status &done) {
            if (done)
                changed(selectAfter);
            else
                showError(done.error().message);
            Q_EMIT changeFinished(bool(done));
        });
}

void ScheduledReportsPage::openDeliveryLog()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    auto *dialog =
        new DeliveryLogDialog(m_connection, m_actor, m_clock, m_model->rowAt(row).schedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { refresh(); });
    dialog->open();
}

void ScheduledReportsPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->scheduleTable->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->scheduleTable->selectRow(index.row());
    QMenu menu(this);
    const qint64 id = selectedId();
    QAction *edit = menu.addAction(tr("&Edit…"));
    connect(edit, &QAction::triggered, this, [this, id] { editSchedule(id); });
    for (QPushButton *button :
         {m_ui->enableButton, m_ui->disableButton, m_ui->deleteButton, m_ui->logButton}) {
        if (button->isHidden())
            continue;
        QAction *action = menu.addAction(button->text());
        action->setEnabled(button->isEnabled());
        connect(action, &QAction::triggered, button, &QPushButton::click);
    }
    menu.exec(m_ui->scheduleTable->viewport()->mapToGlobal(position));
}
