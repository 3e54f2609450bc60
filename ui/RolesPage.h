#pragma once

#include "access/AdministrationService.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;
class RoleEditorPage;
class RoleTableModel;

namespace Ui {
class RolesPage;
}

// Members > Roles: the Roles List (name, description, built-in, number of
// administrators) with Add Role, Edit, View and Delete, and the Add Role /
// Edit Role page in its place while one is open. Buttons the signed-in
// administrator may not use are hidden; built-in roles can only be viewed.
class RolesPage : public QWidget
{
    Q_OBJECT

public:
    RolesPage(const ud::Connection &connection, const ud::Actor &actor, QWidget *parent = nullptr);
    ~RolesPage() override;

    void reload();
    RoleEditorPage *editor() const { return m_editor; }
    bool isEditorOpen() const;
    // Selects the role's row in the list (false when it is not there).
    bool selectRole(const QString &name);

    void addRole();
    void editSelected();
    void viewSelected();
    void deleteSelected();

Q_SIGNALS:
    // A role was added, changed or deleted (the administrators page shows role names).
    void rolesChanged();

private:
    int selectedRow() const;
    void openSelected();
    void updateButtons();
    void editorFinished(qint64 roleId);
    void showMessage(const QString &message);

    std::unique_ptr<Ui::RolesPage> m_ui;
    ud::AdministrationService m_service;
    RoleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    RoleEditorPage *m_editor;
};
