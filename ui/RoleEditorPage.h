#pragma once

#include "access/AdministrationService.h"
#include "access/Role.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ui {
class RoleEditorPage;
}

// The Add Role / Edit Role page of the seed's procedure: Name, Description,
// Manage All Roles or the Select Roles to Manage drop-down that fills the
// "Administrator is allowed to manage these roles" list, and the System
// Entities grid (a checkbox per action, an All button per entity). Built-in
// roles open read-only. Grants and managed roles beyond the signed-in
// administrator's own are disabled; the model refuses them anyway.
class RoleEditorPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Edit,
        View
    };

    explicit RoleEditorPage(ud::AdministrationService &service, QWidget *parent = nullptr);
    ~RoleEditorPage() override;

    // `allRoles` feeds the Select Roles to Manage drop-down.
    void startAdd(const QList<ud::Role> &allRoles);
    void startEdit(const ud::Role &role, const QList<ud::Role> &allRoles);
    void startView(const ud::Role &role, const QList<ud::Role> &allRoles);

    Mode mode() const { return m_mode; }
    ud::GrantSet grants() const;
    QList<qint64> managedRoleIds() const { return m_managed; }

    // For tests and keyboard users: the grid's controls.
    QCheckBox *actionCheckBox(ud::Entity entity, ud::Action action) const;
    QPushButton *allButton(ud::Entity entity) const;

Q_SIGNALS:
    // The role was added or saved (its id), or the page was left (0).
    void finished(qint64 roleId);

private:
    void start(Mode mode, const ud::Role &role, const QList<ud::Role> &allRoles);
    void buildEntityGrid();
    void fillManageCombo();
    void showManagedRoles();
    void manageComboChanged(int index);
    void removeSelectedManagedRoles();
    void checkAll(ud::Entity entity);
    void updateManageControls();
    bool validate();
    void submit();
    static void showError(QLabel *label, const QString &message);
    QString roleName(qint64 roleId) const;

    std::unique_ptr<Ui::RoleEditorPage> m_ui;
    ud::AdministrationService &m_service;
    Mode m_mode = Mode::Add;
    qint64 m_roleId = 0;
    QList<ud::Role> m_allRoles;
    QList<qint64> m_managed;
    QHash<int, QCheckBox *> m_checks; // key: permissionKey()
    QHash<int, QPushButton *> m_allButtons;
};
