#include "MainWindow.h"

#include "AuditLogPage.h"
#include "MembersPage.h"
#include "PlaceholderPage.h"
#include "ReportsPage.h"
#include "TenantsPage.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

MainWindow::MainWindow(const ud::Connection &connection, const ud::Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connection(connection)
    , m_actor(actor)
{
    m_ui->setupUi(this);

    using ud::Action;
    using ud::Entity;
    const QString comingLater = tr("This page is not built yet.");
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
    addPage(Page::ScheduledReports, tr("Scheduled Reports"),
            new PlaceholderPage(tr("Scheduled Reports"), comingLater, this),
            QKeySequence(tr("Ctrl+3")), actor.can({Entity::ScheduledTasks, Action::View}));

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

    addPage(Page::Settings, tr("Settings"), new PlaceholderPage(tr("Settings"), comingLater, this),
            QKeySequence(tr("Ctrl+6")), actor.can({Entity::Settings, Action::View}));

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

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!m_ui->splitter->restoreState(
            settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_ui->splitter->setSizes({180, 1000});
    const int saved = settings.value(QStringLiteral("mainWindow/page"), 0).toInt();
    int page = qBound(0, saved, m_ui->navigationList->count() - 1);
    // The remembered page may not be allowed for this administrator.
    for (int i = 0;
         i < m_ui->navigationList->count() && m_ui->navigationList->item(page)->isHidden(); ++i)
        page = i;
    m_ui->navigationList->setCurrentRow(page);
}

MainWindow::~MainWindow() = default;

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
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->splitter->saveState());
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
