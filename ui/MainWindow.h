#pragma once

#include "storage/DatabaseTarget.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

// The application shell: a navigation list on the left, one page per entry.
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

    explicit MainWindow(const ud::DatabaseTarget &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QString &title, QWidget *widget, const QKeySequence &shortcut);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ud::DatabaseTarget m_database;
};
