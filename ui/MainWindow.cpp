#include "MainWindow.h"

#include "PlaceholderPage.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

MainWindow::MainWindow(const ud::DatabaseTarget &database, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
{
    m_ui->setupUi(this);

    const QString comingLater = tr("This page is not built yet.");
    addPage(Page::Tenants, tr("Tenants"),
            new PlaceholderPage(tr("Tenants List"), comingLater, this), QKeySequence(tr("Ctrl+1")));
    addPage(Page::Reports, tr("Reports"), new PlaceholderPage(tr("Reports"), comingLater, this),
            QKeySequence(tr("Ctrl+2")));
    addPage(Page::ScheduledReports, tr("Scheduled Reports"),
            new PlaceholderPage(tr("Scheduled Reports"), comingLater, this),
            QKeySequence(tr("Ctrl+3")));
    addPage(Page::Members, tr("Members"), new PlaceholderPage(tr("Members"), comingLater, this),
            QKeySequence(tr("Ctrl+4")));
    addPage(Page::AuditLog, tr("Audit Log"),
            new PlaceholderPage(tr("Audit Log"), comingLater, this), QKeySequence(tr("Ctrl+5")));
    addPage(Page::Settings, tr("Settings"), new PlaceholderPage(tr("Settings"), comingLater, this),
            QKeySequence(tr("Ctrl+6")));

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto *databaseLabel = new QLabel(tr("Database: %1").arg(m_database.displayName()), this);
    databaseLabel->setAccessibleName(tr("Database in use"));
    m_ui->statusBar->addPermanentWidget(databaseLabel);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_ui->splitter->restoreState(
        settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    const int page = settings.value(QStringLiteral("mainWindow/page"), 0).toInt();
    m_ui->navigationList->setCurrentRow(qBound(0, page, m_ui->navigationList->count() - 1));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, QWidget *widget,
                         const QKeySequence &shortcut)
{
    Q_ASSERT(static_cast<int>(page) == m_ui->pages->count());
    m_ui->navigationList->addItem(title);
    m_ui->pages->addWidget(widget);
    auto *goTo = m_ui->goMenu->addAction(title);
    goTo->setShortcut(shortcut);
    connect(goTo, &QAction::triggered, this, [this, page] { showPage(page); });
}

void MainWindow::showPage(Page page)
{
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
    QMessageBox::about(this, tr("About UsageDesk"),
                       tr("UsageDesk %1\nUsage reports for the tenants of an identity and MFA "
                          "cloud service.\nDatabase: %2")
                           .arg(QCoreApplication::applicationVersion(), m_database.displayName()));
}
