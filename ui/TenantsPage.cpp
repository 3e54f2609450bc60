#include "TenantsPage.h"

#include "FileExportJob.h"
#include "FilterChipBar.h"
#include "FilterDialog.h"
#include "GenerateReportDialog.h"
#include "MessageBox.h"
#include "RowActionsColumnProxy.h"
#include "RowActionsDelegate.h"
#include "RowContextMenu.h"
#include "SaveFilterDialog.h"
#include "SavedFiltersMenu.h"
#include "ShortcutHint.h"
#include "TenantDialog.h"
#include "TenantUsagePage.h"
#include "ViewStateMemory.h"
#include "settings/ReportingToday.h"
#include "tenants/TenantAdministration.h"
#include "tenants/TenantListExport.h"
#include "tenants/TenantTableModel.h"
#include "ui_TenantsPage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;
using ud::Action;
using ud::Entity;
using ud::TenantTableModel;

namespace {

const QString kHeaderKey = u"tenantsPage/header"_s;
const QString kExportFolderKey = u"tenantsPage/exportFolder"_s;

} // namespace

TenantsPage::TenantsPage(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TenantsPage>())
    , m_connection(connection)
    , m_actor(actor)
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_ui->cancelExportButton->hide();

    m_model = new TenantTableModel(connection.target(), actor, m_clock, this);
    m_proxy = new RowActionsColumnProxy(this);
    m_proxy->setSourceModel(m_model);

    QTableView *view = m_ui->tenantView;
    view->setModel(m_proxy);
    view->verticalHeader()->hide();
    // Rows of one height let the view place a million of them without
    // asking each for its size.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    auto *actionsDelegate = new RowActionsDelegate(view);
    view->setItemDelegateForColumn(m_proxy->actionsColumn(), actionsDelegate);
    connect(actionsDelegate, &RowActionsDelegate::actionsRequested, this,
            &TenantsPage::openRowMenu);

    QHeaderView *header = view->horizontalHeader();
    header->setSortIndicator(TenantTableModel::Hostname, Qt::AscendingOrder);
    if (!ViewStateMemory::remember(header, kHeaderKey)) {
        // Wide enough for each title; sizing to the contents would read rows.
        for (int column = 0; column < TenantTableModel::ColumnCount; ++column) {
            const QString title = m_model->headerData(column, Qt::Horizontal).toString();
            view->setColumnWidth(column, header->fontMetrics().horizontalAdvance(title) + 28);
        }
        view->setColumnWidth(TenantTableModel::Hostname, 260);
        view->setColumnWidth(TenantTableModel::CompanyName, 230);
    }
    // The "⋯" buttons come first, where they stay in view however many
    // columns the window shows.
    if (header->visualIndex(m_proxy->actionsColumn()) != 0)
        header->moveSection(header->visualIndex(m_proxy->actionsColumn()), 0);
    header->setSectionResizeMode(m_proxy->actionsColumn(), QHeaderView::Fixed);
    view->setColumnWidth(m_proxy->actionsColumn(), 40);
    if (header->sortIndicatorSection() == m_proxy->actionsColumn() ||
        header->sortIndicatorSection() < 0)
        header->setSortIndicator(TenantTableModel::Hostname, Qt::AscendingOrder);
    // Sorting asks the model, which asks the database (an index per column).
    view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (section != m_proxy->actionsColumn())
            return;
        // The actions column has nothing to sort by: keep the last order.
        const QSignalBlocker block(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_chips = new FilterChipBar(m_ui->chipArea);
    m_ui->chipLayout->addWidget(m_chips);
    connect(m_chips, &FilterChipBar::filterChanged, this, &TenantsPage::setFilter);

    m_savedFilters = new SavedFiltersMenu(connection, actor, m_clock, this);
    m_ui->savedFiltersButton->setMenu(m_savedFilters);
    connect(m_savedFilters, &SavedFiltersMenu::filterChosen, this,
            [this](const ud::TenantFilter &chosen, const QString &) { setFilter(chosen); });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &TenantsPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &TenantsPage::applySearch);

    connect(m_ui->filtersButton, &QPushButton::clicked, this, &TenantsPage::openFiltersDialog);
    m_ui->filtersButton->setToolTip(tr("Filter the list"));
    ShortcutHint::assign(m_ui->filtersButton, QKeySequence(tr("Ctrl+Shift+F")));
    m_ui->searchEdit->setToolTip(
        ShortcutHint::toolTip(m_ui->searchEdit->placeholderText(), QKeySequence::Find));
    auto *findShortcut = new QShortcut(QKeySequence::Find, m_ui->listPage);
    connect(findShortcut, &QShortcut::activated, m_ui->searchEdit, qOverload<>(&QWidget::setFocus));

    buildListMenu();

    RowContextMenu::enableKeyboard(view);
    connect(view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showUsage(index.row()); });
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        QModelIndex index = view->indexAt(at);
        QPoint where = view->viewport()->mapToGlobal(at);
        if (!index.isValid()) { // the keyboard's menu key: the current row
            index = view->currentIndex();
            if (index.isValid())
                where = view->viewport()->mapToGlobal(view->visualRect(index).bottomLeft());
        }
        if (index.isValid())
            openRowMenu(index, where);
    });

    connect(m_model, &TenantTableModel::totalCountChanged, this, &TenantsPage::updateCount);
    connect(m_model, &TenantTableModel::loadingChanged, this, &TenantsPage::updateCount);
    connect(m_model, &TenantTableModel::loadFailed, this, [this](const QString &message) {
        m_ui->messageLabel->setText(MessageBox::sentence(message));
    });

    m_usage = new TenantUsagePage(connection, actor, m_clock, this);
    m_ui->stack->addWidget(m_usage);
    connect(m_usage, &TenantUsagePage::backRequested, this, &TenantsPage::showList);

    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &TenantsPage::cancelExport);
    connect(this, &TenantsPage::exportProgress, this, [this](qint64 tenants) {
        if (isExporting())
            m_ui->messageLabel->setText(
                tr("Exporting… %1 tenants written.").arg(QLocale().toString(tenants)));
    });

    updateFilterActions();
    updateCount();
}

// An export in flight is cancelled by its job.
TenantsPage::~TenantsPage() = default;

QTableView *TenantsPage::view() const
{
    return m_ui->tenantView;
}

bool TenantsPage::isShowingUsage() const
{
    return m_ui->stack->currentWidget() == m_usage;
}

void TenantsPage::buildListMenu()
{
    m_listMenu = new QMenu(this);
    m_listMenu->setToolTipsVisible(true);
    m_generateAction = m_listMenu->addAction(tr("&Generate Usage Report…"));
    // Kept in view when the role may not generate, saying which grant is
    // missing, so the seed's procedure can be followed to its end.
    m_generateAction->setEnabled(generateRefusal().isEmpty());
    m_generateAction->setToolTip(generateRefusal());
    connect(m_generateAction, &QAction::triggered, this, &TenantsPage::generateReportForList);
    m_exportAction = m_listMenu->addAction(tr("&Export List to CSV…"));
    // Shortcuts of the list act on the list only, not on the usage page
    // that replaces it in the stack (it has its own Export).
    ShortcutHint::assign(m_exportAction, QKeySequence(tr("Ctrl+E")));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPage->addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &TenantsPage::chooseExportFile);
    m_saveFilterAction = m_listMenu->addAction(tr("&Save Filter…"));
    connect(m_saveFilterAction, &QAction::triggered, this, &TenantsPage::openSaveFilterDialog);
    m_listMenu->addSeparator();
    m_addAction = m_listMenu->addAction(tr("&Add Tenant…"));
    ShortcutHint::assign(m_addAction, QKeySequence::New);
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPage->addAction(m_addAction);
    m_addAction->setVisible(m_actor.can({Entity::Tenants, Action::Add}));
    m_addAction->setEnabled(m_actor.can({Entity::Tenants, Action::Add}));
    connect(m_addAction, &QAction::triggered, this, &TenantsPage::addTenant);
    m_refreshAction = m_listMenu->addAction(tr("Re&fresh"));
    ShortcutHint::assign(m_refreshAction, QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPage->addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, m_model, &TenantTableModel::reload);
    m_ui->actionsButton->setMenu(m_listMenu);
}

void TenantsPage::updateFilterActions()
{
    const bool filtered = !m_model->filter().conditions.isEmpty();
    m_generateAction->setText(filtered ? tr("&Generate Usage Report for the Filtered List…")
                                       : tr("&Generate Usage Report for All Tenants…"));
    m_saveFilterAction->setEnabled(filtered);
    m_saveFilterAction->setToolTip(filtered ? QString()
                                            : tr("Apply a filter first, then save it by name."));
}

ud::TenantFilter TenantsPage::filter() const
{
    return m_model->filter();
}

void TenantsPage::setFilter(const ud::TenantFilter &filter)
{
    m_model->setFilter(filter);
    m_chips->setFilter(filter);
    updateFilterActions();
    updateCount();
}

void TenantsPage::applySearch()
{
    m_searchDelay->stop();
    if (m_ui->searchEdit->text() != m_model->quickSearch()) {
        m_model->setQuickSearch(m_ui->searchEdit->text());
        updateCount();
    }
}

void TenantsPage::openFiltersDialog()
{
    FilterDialog dialog(this);
    dialog.setFilter(m_model->filter());
    if (dialog.exec() == QDialog::Accepted)
        setFilter(dialog.filter());
}

void TenantsPage::openSaveFilterDialog()
{
    if (m_model->filter().conditions.isEmpty())
        return;
    SaveFilterDialog dialog(m_connection, m_actor, m_clock, m_model->filter(), this);
    dialog.exec();
}

void TenantsPage::updateCount()
{
    const std::optional<qint64> total = m_model->totalCount();
    const bool narrowed =
        !m_model->filter().conditions.isEmpty() || !m_model->quickSearch().trimmed().isEmpty();
    // Tenant counts stay far below INT_MAX (the list pages through at most
    // millions), so n carries the number itself.
    QString text;
    if (!total)
        text = tr("Counting…");
    else if (narrowed)
        text = tr("%Ln tenant(s) match", nullptr, int(*total));
    else
        text = tr("%Ln tenant(s)", nullptr, int(*total));
    m_ui->countLabel->setText(text);
    if (!isExporting())
        m_ui->messageLabel->setText(m_model->isLoading() ? tr("Loading…") : QString());
}

QMenu *TenantsPage::rowMenu(int row)
{
    delete m_rowMenu;
    m_rowMenu = new QMenu(this);
    m_rowMenu->setToolTipsVisible(true);
    QAction *generate = m_rowMenu->addAction(tr("&Generate Usage Report…"));
    generate->setEnabled(generateRefusal().isEmpty());
    generate->setToolTip(generateRefusal());
    connect(generate, &QAction::triggered, this, [this, row] { generateReportForRow(row); });
    QAction *usage = m_rowMenu->addAction(tr("&View Usage"));
    const bool mayViewUsage = m_actor.can({Entity::UsageData, Action::View});
    usage->setEnabled(mayViewUsage);
    if (!mayViewUsage)
        usage->setToolTip(tr("Your role does not include viewing usage data."));
    connect(usage, &QAction::triggered, this, [this, row] { showUsage(row); });

    const bool mayEdit = m_actor.can({Entity::Tenants, Action::Edit});
    const bool mayRemove = m_actor.can({Entity::Tenants, Action::Remove});
    if (mayEdit || mayRemove)
        m_rowMenu->addSeparator();
    if (mayEdit) {
        QAction *edit = m_rowMenu->addAction(tr("&Edit Tenant…"));
        connect(edit, &QAction::triggered, this, [this, row] { editTenant(row); });
    }
    if (mayRemove) {
        QAction *remove = m_rowMenu->addAction(tr("&Remove Tenant…"));
        connect(remove, &QAction::triggered, this, [this, row] { removeTenant(row); });
    }
    if (!m_model->tenantAt(row)) { // not loaded yet: nothing to act on
        for (QAction *action : m_rowMenu->actions())
            action->setEnabled(false);
    }
    return m_rowMenu;
}

void TenantsPage::openRowMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    if (!index.isValid())
        return;
    m_ui->tenantView->setCurrentIndex(index);
    rowMenu(index.row())->popup(globalPosition);
}

void TenantsPage::showUsage(int row)
{
    if (!m_actor.can({Entity::UsageData, Action::View}))
        return;
    const QModelIndex index = m_model->index(row, 0);
    const QVariant key = m_model->data(index, TenantTableModel::TenantKeyRole);
    if (!key.isValid())
        return; // not loaded yet
    m_usage->showTenant(key.toLongLong());
    m_ui->stack->setCurrentWidget(m_usage);
}

void TenantsPage::showList()
{
    m_ui->stack->setCurrentWidget(m_ui->listPage);
    m_ui->tenantView->setFocus();
}

void TenantsPage::addTenant()
{
    ud::TenantAdministration service(m_connection, m_actor, m_clock);
    TenantDialog dialog(service, m_clock().toUTC().date(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_ui->messageLabel->setText(tr("Added %1.").arg(dialog.tenant().hostname));
        m_model->reload();
    }
}

void TenantsPage::editTenant(int row)
{
    const std::optional<ud::Tenant> tenant = m_model->tenantAt(row);
    if (!tenant)
        return;
    ud::TenantAdministration service(m_connection, m_actor, m_clock);
    // Read it again: the list may be older than the database.
    const auto current = service.find(tenant->tenantId);
    if (!current) {
        MessageBox::warning(this, tr("Edit Tenant"), MessageBox::sentence(current.error().message));
        return;
    }
    TenantDialog dialog(service, *current, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_ui->messageLabel->setText(tr("Saved %1.").arg(dialog.tenant().hostname));
        m_model->reload();
    }
}

void TenantsPage::removeTenant(int row)
{
    const std::optional<ud::Tenant> tenant = m_model->tenantAt(row);
    if (!tenant)
        return;
    if (!MessageBox::confirm(this, tr("Remove Tenant"),
                             tr("Remove the tenant %1 (%2) and all of its usage data? Reports "
                                "already generated keep their rows.")
                                 .arg(tenant->hostname, tenant->companyName),
                             tr("Remove tenant")))
        return;
    ud::TenantAdministration service(m_connection, m_actor, m_clock);
    const ud::Status removed = service.remove(tenant->tenantId);
    if (!removed) {
        MessageBox::warning(this, tr("Remove Tenant"),
                            MessageBox::sentence(removed.error().message));
        return;
    }
    m_ui->messageLabel->setText(tr("Removed %1.").arg(tenant->hostname));
    m_model->reload();
}

QString TenantsPage::generateRefusal() const
{
    if (!m_actor.can({Entity::ExportReports, Action::Add}))
        return tr("Your role does not include generating usage reports (Export Reports: Add).");
    if (!m_actor.can({Entity::Tenants, Action::View}))
        return tr("Your role does not include viewing tenants (Tenants: View).");
    return QString();
}

GenerateReportDialog *TenantsPage::generateReportForRow(int row)
{
    const std::optional<ud::Tenant> tenant = m_model->tenantAt(row);
    if (!tenant)
        return nullptr;
    return openGenerateDialog(ud::ReportScope::tenant(tenant->tenantId));
}

GenerateReportDialog *TenantsPage::generateReportForList()
{
    // The chips' filter only: the quick search is not a condition of a
    // scope (a scope is a filter of AND-ed conditions); the dialog says so.
    const ud::TenantFilter filter = m_model->filter();
    GenerateReportDialog *dialog = openGenerateDialog(
        filter.conditions.isEmpty() ? ud::ReportScope::all() : ud::ReportScope::matching(filter));
    if (dialog)
        dialog->setQuickSearchActive(!m_ui->searchEdit->text().trimmed().isEmpty());
    return dialog;
}

GenerateReportDialog *TenantsPage::generateDialog() const
{
    return m_generateDialog;
}

GenerateReportDialog *TenantsPage::openGenerateDialog(const ud::ReportScope &scope)
{
    if (!generateRefusal().isEmpty())
        return nullptr;
    if (m_generateDialog)
        m_generateDialog->close();
    // A database that cannot say its reporting zone falls back to UTC's date;
    // the generator checks the period again anyway.
    const auto today = ud::reportingToday(m_connection, m_clock);
    auto *dialog = new GenerateReportDialog(m_connection.target(), m_actor, scope,
                                            today ? *today : m_clock().toUTC().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT reportRequested(dialog->request()); });
    m_generateDialog = dialog;
    dialog->open();
    return dialog;
}

void TenantsPage::chooseExportFile()
{
    if (isExporting())
        return;
    QSettings settings;
    const QString folder =
        settings
            .value(kExportFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested =
        folder + u"/tenants-"_s + m_clock().toUTC().date().toString(Qt::ISODate) + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tenants List"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    exportTo(path);
}

void TenantsPage::exportTo(const QString &path)
{
    if (isExporting())
        return;
    m_export = new FileExportJob(
        m_connection.target(), path,
        [filter = m_model->filter(), search = m_model->quickSearch(), actor = m_actor,
         clock = m_clock](const ud::Connection &connection, QIODevice &device,
                          const ud::CancellationFlag *cancellation,
                          const FileExportJob::Progress &progress) {
            return ud::TenantListExport::write(connection, actor, clock, filter, search, device,
                                               cancellation, progress);
        },
        this);
    connect(m_export, &FileExportJob::progress, this, &TenantsPage::exportProgress);
    connect(m_export, &FileExportJob::finished, this, [this](bool ok, const QString &message) {
        m_export->deleteLater();
        m_export = nullptr;
        finishExport(ok, message);
    });
    m_exportAction->setEnabled(false);
    m_ui->cancelExportButton->show();
    m_ui->messageLabel->setText(tr("Exporting…"));
    m_export->start();
}

void TenantsPage::cancelExport()
{
    if (m_export)
        m_export->cancel();
}

void TenantsPage::finishExport(bool ok, const QString &message)
{
    m_exportAction->setEnabled(true);
    m_ui->cancelExportButton->hide();
    m_ui->messageLabel->setText(message);
    Q_EMIT exportFinished(ok, message);
}
