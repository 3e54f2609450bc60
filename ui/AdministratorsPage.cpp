#include "AdministratorsPage.h"

#include "AdministratorDialog.h"
#include "AdministratorTableModel.h"
#include "MessageBox.h"
#include "ResetPasswordDialog.h"
#include "RowContextMenu.h"
#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "ui_AdministratorsPage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

AdministratorsPage::AdministratorsPage(const ud::Connection &connection, const ud::Actor &actor,
                                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AdministratorsPage>())
    , m_service(connection, actor, ud::systemClock())
    , m_model(new AdministratorTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AdministratorTableModel::RawValueRole);
    m_ui->administratorsView->setModel(m_proxy);
    m_ui->administratorsView->verticalHeader()->hide();
    m_ui->administratorsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->administratorsView->sortByColumn(AdministratorTableModel::UserName, Qt::AscendingOrder);
    const bool savedColumns = ViewStateMemory::remember(
        m_ui->administratorsView->horizontalHeader(), u"administratorsPage/header"_s);

    const bool mayEdit = actor.can({ud::Entity::Administrators, ud::Action::Edit});
    m_ui->addButton->setVisible(actor.can({ud::Entity::Administrators, ud::Action::Add}));
    m_ui->editButton->setVisible(mayEdit);
    m_ui->enableButton->setVisible(mayEdit);
    m_ui->resetPasswordButton->setVisible(mayEdit);
    m_ui->removeButton->setVisible(actor.can({ud::Entity::Administrators, ud::Action::Remove}));
    ShortcutHint::assign(m_ui->addButton, QKeySequence::New);
    ShortcutHint::assign(m_ui->removeButton, QKeySequence::Delete);
    ShortcutHint::assign(m_ui->refreshButton, QKeySequence::Refresh);
    RowContextMenu::offerButtons(
        m_ui->administratorsView,
        {m_ui->editButton, m_ui->enableButton, m_ui->resetPasswordButton, m_ui->removeButton});
    m_ui->messageLabel->hide();

    connect(m_ui->addButton, &QPushButton::clicked, this, &AdministratorsPage::addAdministrator);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AdministratorsPage::editSelected);
    connect(m_ui->enableButton, &QPushButton::clicked, this,
            &AdministratorsPage::toggleEnabledSelected);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this,
            &AdministratorsPage::resetPasswordSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AdministratorsPage::removeSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AdministratorsPage::reload);
    connect(m_ui->administratorsView, &QTableView::doubleClicked, this,
            &AdministratorsPage::editSelected);
    connect(m_ui->administratorsView, &QTableView::activated, this,
            &AdministratorsPage::editSelected);
    connect(m_ui->administratorsView->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &AdministratorsPage::updateButtons);

    reload();
    if (!savedColumns) {
        const int widths[] = {140, 200, 260, 240, 80};
        for (int column = 0; column < 5; ++column)
            m_ui->administratorsView->setColumnWidth(column, widths[column]);
    }
}

AdministratorsPage::~AdministratorsPage() = default;

void AdministratorsPage::reload()
{
    const auto administrators = m_service.administrators();
    if (!administrators) {
        showMessage(administrators.error().message);
        m_model->setAdministrators({}, QDateTime::currentDateTimeUtc());
    } else {
        showMessage(QString());
        m_model->setAdministrators(*administrators, QDateTime::currentDateTimeUtc());
    }
    updateButtons();
}

void AdministratorsPage::reloadAndSelect(qint64 adminId)
{
    reload();
    const int sourceRow = m_model->rowOf(adminId);
    if (sourceRow >= 0)
        m_ui->administratorsView->selectRow(
            m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row());
}

bool AdministratorsPage::selectAdministrator(const QString &userName)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->administrator(row).userName == userName) {
            m_ui->administratorsView->selectRow(
                m_proxy->mapFromSource(m_model->index(row, 0)).row());
            return true;
        }
    }
    return false;
}

int AdministratorsPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->administratorsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void AdministratorsPage::updateButtons()
{
    const int row = selectedRow();
    const ud::Actor &actor = m_service.actor();
    const bool manageable = row >= 0 && actor.manages(m_model->administrator(row).roleId);
    const QString why = row >= 0 && !manageable
                            ? tr("Your role does not manage administrators with the role %1.")
                                  .arg(m_model->administrator(row).roleName)
                            : QString();
    for (QPushButton *button :
         {m_ui->editButton, m_ui->enableButton, m_ui->resetPasswordButton, m_ui->removeButton}) {
        button->setEnabled(manageable);
        button->setToolTip(why);
    }
    const bool enabled = row >= 0 && m_model->administrator(row).enabled;
    m_ui->enableButton->setText(row >= 0 && !enabled ? tr("E&nable") : tr("Di&sable"));
}

void AdministratorsPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(MessageBox::sentence(message));
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void AdministratorsPage::addAdministrator()
{
    if (!m_ui->addButton->isVisibleTo(this))
        return;
    auto *dialog = new AdministratorDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { reloadAndSelect(dialog->administratorId()); });
    dialog->open();
}

void AdministratorsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_ui->editButton->isVisibleTo(this) || !m_ui->editButton->isEnabled())
        return;
    auto *dialog = new AdministratorDialog(m_service, m_model->administrator(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { reloadAndSelect(dialog->administratorId()); });
    dialog->open();
}

void AdministratorsPage::toggleEnabledSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_ui->enableButton->isVisibleTo(this) || !m_ui->enableButton->isEnabled())
        return;
    const ud::Administrator administrator = m_model->administrator(row);
    const bool enable = !administrator.enabled;
    const QString title = enable ? tr("Enable Administrator") : tr("Disable Administrator");
    const QString question =
        enable ? tr("Enable %1? They can sign in again.").arg(administrator.userName)
               : tr("Disable %1? They can no longer sign in.").arg(administrator.userName);
    if (!MessageBox::confirm(this, title, question, enable ? tr("E&nable") : tr("Di&sable")))
        return;
    ud::AdministratorChange change;
    change.enabled = enable;
    const ud::Status changed = m_service.editAdministrator(administrator.id, change);
    if (!changed) {
        MessageBox::warning(this, title, MessageBox::sentence(changed.error().message));
        return;
    }
    reloadAndSelect(administrator.id);
}

void AdministratorsPage::resetPasswordSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_ui->resetPasswordButton->isVisibleTo(this) ||
        !m_ui->resetPasswordButton->isEnabled())
        return;
    auto *dialog = new ResetPasswordDialog(m_service, m_model->administrator(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AdministratorsPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_ui->removeButton->isVisibleTo(this) || !m_ui->removeButton->isEnabled())
        return;
    const ud::Administrator administrator = m_model->administrator(row);
    if (!MessageBox::confirm(
            this, tr("Remove Administrator"),
            tr("Remove the administrator %1? This cannot be undone.").arg(administrator.userName),
            tr("&Remove")))
        return;
    const ud::Status removed = m_service.deleteAdministrator(administrator.id);
    if (!removed) {
        MessageBox::warning(this, tr("Remove Administrator"),
                            MessageBox::sentence(removed.error().message));
        return;
    }
    reload();
}
