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
class ScheduledReportsPage;
class SettingsPage;
class TenantsPage;
class QSystemTrayIcon;

namespace ud {
class ScheduleRunLoop;
struct RunEvent;
} // namespace ud

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
    ScheduledReportsPage *scheduledReportsPage() const { return m_scheduled; }
    SettingsPage *settingsPage() const { return m_settings; }
    // Runs due schedules while the window is open (schedules.md), when the
    // role may run them and QSettings "schedules/runWhileOpen" (default true)
    // allows it; nullptr otherwise.
    ud::ScheduleRunLoop *runLoop() const { return m_runLoop; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QString &title, QWidget *widget, const QKeySequence &shortcut,
                 bool available = true);
    void showAbout();
    void startRunLoop();
    void notifyRun(const ud::RunEvent &event);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    TenantsPage *m_tenants = nullptr;
    MembersPage *m_members = nullptr;
    ReportsPage *m_reports = nullptr;
    AuditLogPage *m_auditLog = nullptr;
    ScheduledReportsPage *m_scheduled = nullptr;
    SettingsPage *m_settings = nullptr;
    ud::ScheduleRunLoop *m_runLoop = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QList<QAction *> m_goActions;
};
