#pragma once

#include "access/Actor.h"
#include "storage/Connection.h"

#include <QWidget>

class AdministratorsPage;
class QTabWidget;
class RolesPage;

// Members: the Roles and Administrators tabs, each shown only when the
// signed-in administrator may view it.
class MembersPage : public QWidget
{
    Q_OBJECT

public:
    MembersPage(const ud::Connection &connection, const ud::Actor &actor,
                QWidget *parent = nullptr);

    RolesPage *rolesPage() const { return m_roles; }
    AdministratorsPage *administratorsPage() const { return m_administrators; }
    void showRoles();
    void showAdministrators();

private:
    QTabWidget *m_tabs;
    RolesPage *m_roles = nullptr;
    AdministratorsPage *m_administrators = nullptr;
};
