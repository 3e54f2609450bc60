#include "MembersPage.h"

#include "AdministratorsPage.h"
#include "RolesPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

MembersPage::MembersPage(const ud::Connection &connection, const ud::Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setAccessibleName(tr("Members"));
    m_tabs->setObjectName(QStringLiteral("membersTabs"));
    m_tabs->setAccessibleName(tr("Members"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    if (actor.can({ud::Entity::Roles, ud::Action::View})) {
        m_roles = new RolesPage(connection, actor, this);
        m_tabs->addTab(m_roles, tr("&Roles"));
    }
    if (actor.can({ud::Entity::Administrators, ud::Action::View})) {
        m_administrators = new AdministratorsPage(connection, actor, this);
        m_tabs->addTab(m_administrators, tr("A&dministrators"));
    }
    // Role names and counts shown on one tab change with the other.
    if (m_roles && m_administrators) {
        connect(m_roles, &RolesPage::rolesChanged, m_administrators, &AdministratorsPage::reload);
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (m_tabs->widget(index) == m_roles && !m_roles->isEditorOpen())
                m_roles->reload();
        });
    }
}

void MembersPage::showRoles()
{
    if (m_roles)
        m_tabs->setCurrentWidget(m_roles);
}

void MembersPage::showAdministrators()
{
    if (m_administrators)
        m_tabs->setCurrentWidget(m_administrators);
}
