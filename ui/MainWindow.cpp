#include "MainWindow.h"

#include "AuditLogPage.h"
#include "MembersPage.h"
#include "PlaceholderPage.h"
#include "ReportsPage.h"
#include "ScheduledReportsPage.h"
#include "SettingsPage.h"
#include "TenantsPage.h"
#include "ViewStateMemory.h"
#include "schedules/ScheduleRunLoop.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>

MainWindow::MainWindow(const ud::Connection &connection, const ud::Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connection(connection)
    , m_actor(actor)
{
    m_ui->setupUi(this);

    using ud::Action;
    using ud::Entity;
    const QString notAllowed = tr("Your role does not allow this page.");
    const bool tenants = actor.can({Entity::Tenants, Action::View});
    QWidget *tenantsWidget = nullptr;
    if (tenants)
        tenantsWidget = m_tenants = new TenantsPage(connection, actor, ud::systemClock(), this);
    else
        tenantsWidget = new PlaceholderPage(tr("Tenants List"), notAllowed, this);
    addPage(Page::Tenants, tr("Tenants"), tenantsWidget, QKeySequence(tr("Ctrl+1")), tenants);
    const bool reports = actor.can({Entity::ExportReports, Action::View});
    QWidget *reportsWidget = nullptr;
    if (reports)
        reportsWidget = m_reports = new ReportsPage(connection, actor, ud::systemClock(), this);
    else
        reportsWidget = new PlaceholderPage(tr("Reports"), notAllowed, this);
    addPage(Page::Reports, tr("Reports"), reportsWidget, QKeySequence(tr("Ctrl+2")), reports);
    if (m_tenants && m_reports) {
        connect(m_tenants, &TenantsPage::reportRequested, this,
                [this](const ud::ReportRequest &request) {
                    m_reports->generate(request);
                    showPage(Page::Reports);
                });
    }
    const bool scheduled = actor.can({Entity::ScheduledTasks, Action::View});
    QWidget *scheduledWidget = nullptr;
    if (scheduled)
        scheduledWidget = m_scheduled =
            new ScheduledReportsPage(connection, actor, ud::systemClock(), this);
    else
        scheduledWidget = new PlaceholderPage(tr("Scheduled Reports"), notAllowed, this);
    addPage(Page::ScheduledReports, tr("Scheduled Reports"), scheduledWidget,
            QKeySequence(tr("Ctrl+3")), scheduled);

    const bool members = actor.can({Entity::Roles, Action::View}) ||
                         actor.can({Entity::Administrators, Action::View});
    QWidget *membersWidget = nullptr;
    if (members)
        membersWidget = m_members = new MembersPage(connection, actor, this);
    else
        membersWidget = new PlaceholderPage(tr("Members"), notAllowed, this);
    addPage(Page::Members, tr("Members"), membersWidget, QKeySequence(tr("Ctrl+4")), members);

    const bool audit = actor.can({Entity::AuditLog, Action::View});
    QWidget *auditWidget = nullptr;
    if (audit)
        auditWidget = m_auditLog = new AuditLogPage(connection, actor, this);
    else
        auditWidget = new PlaceholderPage(tr("Audit Log"), notAllowed, this);
    addPage(Page::AuditLog, tr("Audit Log"), auditWidget, QKeySequence(tr("Ctrl+5")), audit);

    // SMTP is read and changed with the settings grants (access.md).
    const bool settingsAllowed = actor.can({Entity::Settings, Action::View});
    QWidget *settingsWidget = nullptr;
    if (settingsAllowed)
        settingsWidget = m_settings = new SettingsPage(connection, actor, ud::systemClock(), this);
    else
        settingsWidget = new PlaceholderPage(tr("Settings"), notAllowed, this);
    addPage(Page::Settings, tr("Settings"), settingsWidget, QKeySequence(tr("Ctrl+6")),
            settingsAllowed);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto *databaseLabel =
        new QLabel(tr("Database: %1").arg(connection.target().displayName()), this);
    databaseLabel->setAccessibleName(tr("Database in use"));
    m_ui->statusBar->addPermanentWidget(databaseLabel);
    auto *actorLabel =
        new QLabel(tr("Signed in: %1 (%2)").arg(actor.userName, actor.role.name), this);
    actorLabel->setObjectName(QStringLiteral("signedInLabel"));
    actorLabel->setAccessibleName(tr("Signed-in administrator"));
    m_ui->statusBar->addPermanentWidget(actorLabel);

    ViewStateMemory::rememberGeometry(this, QStringLiteral("mainWindow/geometry"));
    if (!ViewStateMemory::remember(m_ui->splitter, QStringLiteral("mainWindow/splitter")))
        m_ui->splitter->setSizes({180, 1000});
    QSettings settings;
    const int saved = settings.value(QStringLiteral("mainWindow/page"), 0).toInt();
    int page = qBound(0, saved, m_ui->navigationList->count() - 1);
    // The remembered page may not be allowed for this administrator.
    for (int i = 0;
         i < m_ui->navigationList->count() && m_ui->navigationList->item(page)->isHidden(); ++i)
        page = i;
    m_ui->navigationList->setCurrentRow(page);
    startRunLoop();
}

MainWindow::~MainWindow()
{
    if (m_runLoop)
        m_runLoop->stop();
}

void MainWindow::startRunLoop()
{
    using ud::Action;
    using ud::Entity;
    if (!QSettings().value(QStringLiteral("schedules/runWhileOpen"), true).toBool() ||
        !m_actor.can({Entity::ExportReports, Action::Add}) ||
        !m_actor.can({Entity::ScheduledTasks, Action::View}))
        return;
    m_runLoop = new ud::ScheduleRunLoop(m_connection.target(), m_actor, ud::systemClock(), this);
    connect(m_runLoop, &ud::ScheduleRunLoop::runEvent, this, &MainWindow::notifyRun);
    connect(m_runLoop, &ud::ScheduleRunLoop::runFinished, this, [this] {
        if (m_scheduled)
            m_scheduled->refresh();
    });
    connect(m_runLoop, &ud::ScheduleRunLoop::runFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Scheduled reports cannot run: %1").arg(message), 15000);
    });
    m_runLoop->start();
}

void MainWindow::notifyRun(const ud::RunEvent &event)
{
    const bool delivered = event.status == QLatin1String("delivered");
    const QString title = delivered ? tr("Scheduled report sent") : tr("Scheduled report not sent");
    const QString text = tr("%1: %2").arg(event.scheduleName, event.message);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, text,
                            delivered ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    } else {
        statusBar()->showMessage(tr("%1 — %2").arg(title, text), 15000);
    }
}

void MainWindow::addPage(Page page, const QString &title, QWidget *widget,
                         const QKeySequence &shortcut, bool available)
{
    Q_ASSERT(static_cast<int>(page) == m_ui->pages->count());
    m_ui->navigationList->addItem(title);
    m_ui->navigationList->item(m_ui->navigationList->count() - 1)->setHidden(!available);
    m_ui->pages->addWidget(widget);
    auto *goTo = m_ui->goMenu->addAction(title);
    goTo->setShortcut(shortcut);
    goTo->setVisible(available);
    m_goActions << goTo;
    connect(goTo, &QAction::triggered, this, [this, page] { showPage(page); });
}

bool MainWindow::isPageAvailable(Page page) const
{
    return !m_ui->navigationList->item(static_cast<int>(page))->isHidden();
}

void MainWindow::showPage(Page page)
{
    if (!isPageAvailable(page))
        return;
    m_ui->navigationList->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/page"), m_ui->navigationList->currentRow());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About UsageDesk"),
        tr("UsageDesk %1\nUsage reports for the tenants of an identity and MFA "
           "cloud service.\nDatabase: %2")
            .arg(QCoreApplication::applicationVersion(), m_connection.target().displayName()));
}
