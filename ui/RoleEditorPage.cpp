#include "RoleEditorPage.h"

#include "MessageBox.h"
#include "core/FieldRules.h"
#include "ui_RoleEditorPage.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>

namespace {

int permissionKey(ud::Entity entity, ud::Action action)
{
    return static_cast<int>(entity) * 8 + static_cast<int>(action);
}

const QList<ud::Action> kGridActions = {ud::Action::View, ud::Action::Add, ud::Action::Edit,
                                        ud::Action::Remove};

} // namespace

RoleEditorPage::RoleEditorPage(ud::AdministrationService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoleEditorPage>())
    , m_service(service)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->submitButton->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_ui->cancelButton->setShortcut(QKeySequence::Cancel);
    buildEntityGrid();

    connect(m_ui->manageAllCheck, &QCheckBox::toggled, this, &RoleEditorPage::updateManageControls);
    connect(m_ui->manageRolesCombo, &QComboBox::currentIndexChanged, this,
            &RoleEditorPage::manageComboChanged);
    connect(m_ui->removeManagedButton, &QPushButton::clicked, this,
            &RoleEditorPage::removeSelectedManagedRoles);
    connect(m_ui->managedRolesList, &QListWidget::itemSelectionChanged, this,
            &RoleEditorPage::updateManageControls);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_ui->managedRolesList);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this,
            &RoleEditorPage::removeSelectedManagedRoles);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &RoleEditorPage::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { Q_EMIT finished(0); });
}

RoleEditorPage::~RoleEditorPage() = default;

void RoleEditorPage::buildEntityGrid()
{
    auto *grid = m_ui->entitiesGrid;
    auto *entityHeader = new QLabel(tr("System Entity"), m_ui->entitiesGroup);
    QFont bold = entityHeader->font();
    bold.setBold(true);
    entityHeader->setFont(bold);
    grid->addWidget(entityHeader, 0, 0);
    for (int column = 0; column < kGridActions.size(); ++column) {
        auto *header =
            new QLabel(ud::actionDisplayName(kGridActions.at(column)), m_ui->entitiesGroup);
        header->setFont(bold);
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, column + 1);
    }

    const ud::Actor &actor = m_service.actor();
    QWidget *previous = m_ui->removeManagedButton;
    int row = 1;
    for (const ud::Entity entity : ud::allEntities()) {
        const QString entityName = ud::entityDisplayName(entity);
        grid->addWidget(new QLabel(entityName, m_ui->entitiesGroup), row, 0);
        const QList<ud::Action> actions = ud::actionsOf(entity);
        for (int column = 0; column < kGridActions.size(); ++column) {
            const ud::Action action = kGridActions.at(column);
            if (!actions.contains(action))
                continue;
            auto *check = new QCheckBox(m_ui->entitiesGroup);
            check->setObjectName(
                QStringLiteral("grant_%1_%2").arg(ud::entityId(entity), ud::actionId(action)));
            check->setAccessibleName(tr("%1: %2").arg(entityName, ud::actionDisplayName(action)));
            if (!actor.can({entity, action}))
                check->setToolTip(
                    tr("Your role does not hold this permission, so you cannot grant it."));
            grid->addWidget(check, row, column + 1, Qt::AlignCenter);
            m_checks.insert(permissionKey(entity, action), check);
            QWidget::setTabOrder(previous, check);
            previous = check;
        }
        auto *all = new QPushButton(tr("All"), m_ui->entitiesGroup);
        all->setObjectName(QStringLiteral("all_%1").arg(ud::entityId(entity)));
        all->setAccessibleName(tr("All permissions for %1").arg(entityName));
        all->setToolTip(tr("Check every action of %1").arg(entityName));
        connect(all, &QPushButton::clicked, this, [this, entity] { checkAll(entity); });
        grid->addWidget(all, row, static_cast<int>(kGridActions.size()) + 1);
        m_allButtons.insert(static_cast<int>(entity), all);
        QWidget::setTabOrder(previous, all);
        previous = all;
        ++row;
    }
    grid->setColumnStretch(static_cast<int>(kGridActions.size()) + 2, 1);
    QWidget::setTabOrder(previous, m_ui->submitButton);
    QWidget::setTabOrder(m_ui->submitButton, m_ui->cancelButton);
}

QCheckBox *RoleEditorPage::actionCheckBox(ud::Entity entity, ud::Action action) const
{
    return m_checks.value(permissionKey(entity, action));
}

QPushButton *RoleEditorPage::allButton(ud::Entity entity) const
{
    return m_allButtons.value(static_cast<int>(entity));
}

void RoleEditorPage::startAdd(const QList<ud::Role> &allRoles)
{
    start(Mode::Add, ud::Role(), allRoles);
}

void RoleEditorPage::startEdit(const ud::Role &role, const QList<ud::Role> &allRoles)
{
    start(Mode::Edit, role, allRoles);
}

void RoleEditorPage::startView(const ud::Role &role, const QList<ud::Role> &allRoles)
{
    start(Mode::View, role, allRoles);
}

void RoleEditorPage::start(Mode mode, const ud::Role &role, const QList<ud::Role> &allRoles)
{
    m_mode = mode;
    m_roleId = role.id;
    m_allRoles = allRoles;
    m_managed = role.managedRoleIds;
    const bool editable = mode != Mode::View;
    const ud::Actor &actor = m_service.actor();

    switch (mode) {
    case Mode::Add:
        m_ui->titleLabel->setText(tr("Add Role"));
        m_ui->submitButton->setText(tr("&Add"));
        m_ui->submitButton->setAccessibleName(tr("Add"));
        m_ui->cancelButton->setText(tr("&Cancel"));
        break;
    case Mode::Edit:
        m_ui->titleLabel->setText(tr("Edit Role"));
        m_ui->submitButton->setText(tr("&Save"));
        m_ui->submitButton->setAccessibleName(tr("Save"));
        m_ui->cancelButton->setText(tr("&Cancel"));
        break;
    case Mode::View:
        m_ui->titleLabel->setText(role.isBuiltIn()
                                      ? tr("Role: %1 (built-in, not editable)").arg(role.name)
                                      : tr("Role: %1").arg(role.name));
        m_ui->cancelButton->setText(tr("&Back"));
        break;
    }
    m_ui->submitButton->setVisible(editable);
    m_ui->submitButton->setDefault(editable);

    m_ui->nameEdit->setText(role.name);
    m_ui->nameEdit->setReadOnly(!editable);
    m_ui->descriptionEdit->setPlainText(role.description);
    m_ui->descriptionEdit->setReadOnly(!editable);
    {
        const QSignalBlocker blocker(m_ui->manageAllCheck);
        m_ui->manageAllCheck->setChecked(role.manageAll ||
                                         role.builtIn == ud::BuiltInRole::SuperAdministrator);
    }
    m_ui->manageAllCheck->setEnabled(editable && actor.managesAllRoles());
    m_ui->manageAllCheck->setToolTip(
        actor.managesAllRoles()
            ? tr("Administrators with this role may manage administrators of every role.")
            : tr("Your role does not manage all roles, so you cannot grant that."));

    for (const ud::Entity entity : ud::allEntities()) {
        bool anyEnabled = false;
        for (const ud::Action action : ud::actionsOf(entity)) {
            QCheckBox *check = actionCheckBox(entity, action);
            check->setChecked(role.grants.has({entity, action}));
            const bool allowed = editable && actor.can({entity, action});
            check->setEnabled(allowed);
            anyEnabled = anyEnabled || allowed;
        }
        allButton(entity)->setEnabled(anyEnabled);
    }

    showError(m_ui->nameError, QString());
    showError(m_ui->descriptionError, QString());
    showError(m_ui->formError, QString());
    fillManageCombo();
    showManagedRoles();
    updateManageControls();
    m_ui->scrollArea->ensureVisible(0, 0);
    if (editable)
        m_ui->nameEdit->setFocus();
    else
        m_ui->cancelButton->setFocus();
}

QString RoleEditorPage::roleName(qint64 roleId) const
{
    for (const ud::Role &role : m_allRoles) {
        if (role.id == roleId)
            return role.name;
    }
    return tr("(role %1)").arg(roleId);
}

void RoleEditorPage::fillManageCombo()
{
    const QSignalBlocker blocker(m_ui->manageRolesCombo);
    m_ui->manageRolesCombo->clear();
    m_ui->manageRolesCombo->addItem(tr("Select a role…"), QVariant::fromValue<qint64>(0));
    const ud::Actor &actor = m_service.actor();
    for (const ud::Role &role : m_allRoles) {
        // Already chosen roles are hidden; so are roles the signed-in
        // administrator does not manage (nobody grants beyond their own).
        if (m_managed.contains(role.id) || !actor.manages(role.id))
            continue;
        m_ui->manageRolesCombo->addItem(role.name, QVariant::fromValue<qint64>(role.id));
    }
    m_ui->manageRolesCombo->setCurrentIndex(0);
}

void RoleEditorPage::showManagedRoles()
{
    m_ui->managedRolesList->clear();
    for (const qint64 id : std::as_const(m_managed)) {
        auto *item = new QListWidgetItem(roleName(id), m_ui->managedRolesList);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
    }
}

void RoleEditorPage::manageComboChanged(int index)
{
    const qint64 id = m_ui->manageRolesCombo->itemData(index).toLongLong();
    if (index <= 0 || id == 0)
        return;
    m_managed << id;
    showManagedRoles();
    fillManageCombo();
    updateManageControls();
}

void RoleEditorPage::removeSelectedManagedRoles()
{
    if (m_mode == Mode::View || m_ui->manageAllCheck->isChecked())
        return;
    const auto selected = m_ui->managedRolesList->selectedItems();
    if (selected.isEmpty())
        return;
    for (const QListWidgetItem *item : selected)
        m_managed.removeAll(item->data(Qt::UserRole).toLongLong());
    showManagedRoles();
    fillManageCombo();
    updateManageControls();
}

void RoleEditorPage::updateManageControls()
{
    const bool editable = m_mode != Mode::View;
    const bool list = editable && !m_ui->manageAllCheck->isChecked();
    m_ui->manageRolesCombo->setEnabled(list && m_ui->manageRolesCombo->count() > 1);
    m_ui->managedRolesList->setEnabled(!m_ui->manageAllCheck->isChecked());
    m_ui->removeManagedButton->setEnabled(list &&
                                          !m_ui->managedRolesList->selectedItems().isEmpty());
}

void RoleEditorPage::checkAll(ud::Entity entity)
{
    for (const ud::Action action : ud::actionsOf(entity)) {
        QCheckBox *check = actionCheckBox(entity, action);
        if (check->isEnabled())
            check->setChecked(true);
    }
}

ud::GrantSet RoleEditorPage::grants() const
{
    ud::GrantSet grants;
    for (const ud::Entity entity : ud::allEntities()) {
        for (const ud::Action action : ud::actionsOf(entity)) {
            if (actionCheckBox(entity, action)->isChecked())
                grants.add({entity, action});
        }
    }
    return grants;
}

void RoleEditorPage::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}

bool RoleEditorPage::validate()
{
    const auto name = ud::validateName(tr("Name"), m_ui->nameEdit->text());
    showError(m_ui->nameError, name ? QString() : name.error().message);
    const auto description =
        ud::validateDescription(tr("Description"), m_ui->descriptionEdit->toPlainText());
    showError(m_ui->descriptionError, description ? QString() : description.error().message);
    if (!name)
        m_ui->nameEdit->setFocus();
    else if (!description)
        m_ui->descriptionEdit->setFocus();
    return name.ok() && description.ok();
}

void RoleEditorPage::submit()
{
    if (m_mode == Mode::View)
        return;
    showError(m_ui->formError, QString());
    if (!validate())
        return;
    ud::RoleDraft draft;
    draft.name = m_ui->nameEdit->text().trimmed();
    draft.description = m_ui->descriptionEdit->toPlainText();
    draft.manageAll = m_ui->manageAllCheck->isChecked();
    draft.grants = grants();
    if (!draft.manageAll)
        draft.managedRoleIds = m_managed;

    qint64 savedId = m_roleId;
    ud::Status saved;
    if (m_mode == Mode::Add) {
        const auto added = m_service.addRole(draft);
        if (added)
            savedId = *added;
        else
            saved = added.error();
    } else {
        saved = m_service.editRole(m_roleId, draft);
    }
    if (!saved) {
        // Field problems the model finds (a name already taken) go next to
        // the name; refusals and storage errors below the form.
        if (saved.error().kind == ud::ErrorKind::BadInput) {
            showError(m_ui->nameError, saved.error().message);
            m_ui->nameEdit->setFocus();
        } else {
            showError(m_ui->formError, saved.error().message);
        }
        return;
    }
    Q_EMIT finished(savedId);
}
