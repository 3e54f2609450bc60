#pragma once

#include "access/Actor.h"
#include "storage/Connection.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

class AuditLogPage;
class MembersPage;
class ReportsPage;
class TenantsPage;

// The application shell: a navigation list on the left, one page per entry.
// It works on behalf of the signed-in administrator (`actor`) through the
// GUI thread's connection, which must outlive the window. Pages the actor may
// not use are hidden.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Tenants,
        Reports,
        ScheduledReports,
        Members,
        AuditLog,
        Settings
    };

    MainWindow(const ud::Connection &connection, const ud::Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    bool isPageAvailable(Page page) const;
    TenantsPage *tenantsPage() const { return m_tenants; }
    MembersPage *membersPage() const { return m_members; }
    ReportsPage *reportsPage() const { return m_reports; }
    AuditLogPage *auditLogPage() const { return m_auditLog; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QString &title, QWidget *widget, const QKeySequence &shortcut,
                 bool available = true);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    TenantsPage *m_tenants = nullptr;
    MembersPage *m_members = nullptr;
    ReportsPage *m_reports = nullptr;
    AuditLogPage *m_auditLog = nullptr;
    QList<QAction *> m_goActions;
};
