#pragma once

#include "access/AdministrationService.h"

#include <QWidget>
#include <memory>

class AdministratorTableModel;
class QSortFilterProxyModel;

namespace Ui {
class AdministratorsPage;
}

// Members > Administrators: the list (user name, display name, e-mail, role,
// enabled, locked) with Add, Edit, Disable/Enable, Reset Password and Remove.
// Buttons the signed-in administrator's role does not allow are hidden; those
// for an administrator whose role it does not manage are disabled.
class AdministratorsPage : public QWidget
{
    Q_OBJECT

public:
    AdministratorsPage(const ud::Connection &connection, const ud::Actor &actor,
                       QWidget *parent = nullptr);
    ~AdministratorsPage() override;

    void reload();
    bool selectAdministrator(const QString &userName);

    // Each opens its dialog (window-modal, not blocking) or asks to confirm.
    void addAdministrator();
    void editSelected();
    void toggleEnabledSelected();
    void resetPasswordSelected();
    void removeSelected();

private:
    int selectedRow() const;
    void updateButtons();
    void showMessage(const QString &message);
    void reloadAndSelect(qint64 adminId);

    std::unique_ptr<Ui::AdministratorsPage> m_ui;
    ud::AdministrationService m_service;
    AdministratorTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
