#include "RolesPage.h"

#include "MessageBox.h"
#include "RoleEditorPage.h"
#include "RoleTableModel.h"
#include "RowContextMenu.h"
#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "ui_RolesPage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

RolesPage::RolesPage(const ud::Connection &connection, const ud::Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RolesPage>())
    , m_service(connection, actor, ud::systemClock())
    , m_model(new RoleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_editor = new RoleEditorPage(m_service, this);
    m_ui->stack->addWidget(m_editor);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RoleTableModel::RawValueRole);
    m_ui->rolesView->setModel(m_proxy);
    m_ui->rolesView->verticalHeader()->hide();
    m_ui->rolesView->horizontalHeader()->setStretchLastSection(false);
    m_ui->rolesView->horizontalHeader()->setSectionResizeMode(RoleTableModel::Description,
                                                              QHeaderView::Stretch);
    m_ui->rolesView->sortByColumn(RoleTableModel::Name, Qt::AscendingOrder);
    const bool savedColumns =
        ViewStateMemory::remember(m_ui->rolesView->horizontalHeader(), u"rolesPage/header"_s);

    // Only what the role allows is offered (the model refuses the rest anyway).
    m_ui->addButton->setVisible(actor.can({ud::Entity::Roles, ud::Action::Add}));
    m_ui->editButton->setVisible(actor.can({ud::Entity::Roles, ud::Action::Edit}));
    m_ui->deleteButton->setVisible(actor.can({ud::Entity::Roles, ud::Action::Remove}));
    ShortcutHint::assign(m_ui->addButton, QKeySequence::New);
    ShortcutHint::assign(m_ui->deleteButton, QKeySequence::Delete);
    ShortcutHint::assign(m_ui->refreshButton, QKeySequence::Refresh);
    RowContextMenu::offerButtons(m_ui->rolesView,
                                 {m_ui->editButton, m_ui->viewButton, m_ui->deleteButton});
    m_ui->messageLabel->hide();

    connect(m_ui->addButton, &QPushButton::clicked, this, &RolesPage::addRole);
    connect(m_ui->editButton, &QPushButton::clicked, this, &RolesPage::editSelected);
    connect(m_ui->viewButton, &QPushButton::clicked, this, &RolesPage::viewSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RolesPage::deleteSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RolesPage::reload);
    connect(m_ui->rolesView, &QTableView::doubleClicked, this, &RolesPage::openSelected);
    connect(m_ui->rolesView, &QTableView::activated, this, &RolesPage::openSelected);
    connect(m_ui->rolesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RolesPage::updateButtons);
    connect(m_editor, &RoleEditorPage::finished, this, &RolesPage::editorFinished);

    reload();
    if (!savedColumns) {
        m_ui->rolesView->setColumnWidth(RoleTableModel::Name, 260);
        m_ui->rolesView->setColumnWidth(RoleTableModel::BuiltIn, 80);
        m_ui->rolesView->setColumnWidth(RoleTableModel::Administrators, 120);
    }
}

RolesPage::~RolesPage() = default;

void RolesPage::reload()
{
    const auto roles = m_service.roles();
    if (!roles) {
        showMessage(roles.error().message);
        m_model->setRoles({});
    } else {
        showMessage(QString());
        m_model->setRoles(*roles);
    }
    updateButtons();
}

bool RolesPage::isEditorOpen() const
{
    return m_ui->stack->currentWidget() == m_editor;
}

bool RolesPage::selectRole(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, RoleTableModel::Name);
        if (index.data().toString() == name) {
            m_ui->rolesView->selectRow(row);
            m_ui->rolesView->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

int RolesPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->rolesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void RolesPage::updateButtons()
{
    const int row = selectedRow();
    const bool selected = row >= 0;
    const bool builtIn = selected && m_model->role(row).isBuiltIn();
    m_ui->viewButton->setEnabled(selected);
    m_ui->editButton->setEnabled(selected && !builtIn);
    m_ui->deleteButton->setEnabled(selected && !builtIn);
    const QString why = builtIn ? tr("Built-in roles cannot be edited or deleted; use View to see "
                                     "their permissions.")
                                : QString();
    m_ui->editButton->setToolTip(why.isEmpty() ? tr("Edit the selected role") : why);
    m_ui->deleteButton->setToolTip(why.isEmpty() ? tr("Delete the selected role") : why);
}

void RolesPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(MessageBox::sentence(message));
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void RolesPage::addRole()
{
    if (!m_ui->addButton->isVisibleTo(this))
        return;
    const auto roles = m_service.roles();
    if (!roles) {
        showMessage(roles.error().message);
        return;
    }
    m_editor->startAdd(*roles);
    m_ui->stack->setCurrentWidget(m_editor);
}

void RolesPage::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (m_ui->editButton->isVisibleTo(this) && !m_model->role(row).isBuiltIn())
        editSelected();
    else
        viewSelected();
}

void RolesPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->role(row).isBuiltIn() || !m_ui->editButton->isVisibleTo(this))
        return;
    const auto roles = m_service.roles();
    if (!roles) {
        showMessage(roles.error().message);
        return;
    }
    m_editor->startEdit(m_model->role(row), *roles);
    m_ui->stack->setCurrentWidget(m_editor);
}

void RolesPage::viewSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto roles = m_service.roles();
    if (!roles) {
        showMessage(roles.error().message);
        return;
    }
    m_editor->startView(m_model->role(row), *roles);
    m_ui->stack->setCurrentWidget(m_editor);
}

void RolesPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->role(row).isBuiltIn() || !m_ui->deleteButton->isVisibleTo(this))
        return;
    const ud::Role role = m_model->role(row);
    if (!MessageBox::confirm(this, tr("Delete Role"),
                             tr("Delete the role \"%1\"? This cannot be undone.").arg(role.name),
                             tr("&Delete")))
        return;
    const ud::Status deleted = m_service.deleteRole(role.id);
    if (!deleted) {
        MessageBox::warning(
            this, tr("Delete Role"),
            tr("The role \"%1\" was not deleted: %2").arg(role.name, deleted.error().message));
        return;
    }
    reload();
    Q_EMIT rolesChanged();
}

void RolesPage::editorFinished(qint64 roleId)
{
    m_ui->stack->setCurrentIndex(0);
    if (roleId == 0) {
        m_ui->rolesView->setFocus();
        return;
    }
    reload();
    const int sourceRow = m_model->rowOf(roleId);
    if (sourceRow >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        m_ui->rolesView->selectRow(index.row());
    }
    m_ui->rolesView->setFocus();
    Q_EMIT rolesChanged();
}
