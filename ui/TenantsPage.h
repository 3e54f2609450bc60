#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "filters/TenantFilter.h"
#include "reports/ReportRequest.h"
#include "reports/ReportScope.h"
#include "storage/Connection.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class FileExportJob;
class FilterChipBar;
class GenerateReportDialog;
class QMenu;
class QTableView;
class QTimer;
class RowActionsColumnProxy;
class SavedFiltersMenu;
class TenantUsagePage;

namespace ud {
class TenantTableModel;
}

namespace Ui {
class TenantsPage;
}

// The Tenants List (product.md, page 1): every tenant in a table that stays
// fluid at a million rows (TenantTableModel loads pages in the background),
// sorted by the database, narrowed by the Filters dialog (shown as chips)
// and a quick search, with an actions menu per row ("⋯", context menu) and
// for the list. View Usage shows the tenant's usage page in place; Back
// returns to the list as it was.
class TenantsPage : public QWidget
{
    Q_OBJECT

public:
    // How long typing in the quick search rests before the list follows.
    static constexpr int kSearchDelayMs = 250;

    TenantsPage(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                QWidget *parent = nullptr);
    ~TenantsPage() override;

    ud::TenantTableModel *model() const { return m_model; }
    QTableView *view() const;
    TenantUsagePage *usagePage() const { return m_usage; }
    bool isShowingUsage() const;

    ud::TenantFilter filter() const;
    void setFilter(const ud::TenantFilter &filter);
    void openFiltersDialog();
    void openSaveFilterDialog();

    // The actions menu of a row (the "⋯" button and the context menu), and
    // of the list (the Actions button). Built on demand; owned by the page.
    QMenu *rowMenu(int row);
    QMenu *listMenu() const { return m_listMenu; }

    void showUsage(int row);
    void showList();
    void addTenant();
    void editTenant(int row);
    void removeTenant(int row);

    // Writes the listed tenants (filter and quick search) as CSV to `path`,
    // replaced only when the export completes; exportFinished() says how.
    void exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return m_export != nullptr; }

    // Generate Usage Report, the three ways of the seed: a row's tenant, or
    // the list (all tenants, or the chips' filter when one is active). Each
    // opens the dialog window-modal and returns it (nullptr when the role
    // may not generate, or the row is not loaded yet); Confirm emits
    // reportRequested() and the dialog deletes itself when closed.
    GenerateReportDialog *generateReportForRow(int row);
    GenerateReportDialog *generateReportForList();
    GenerateReportDialog *openGenerateDialog(const ud::ReportScope &scope);
    // The dialog open now, if any.
    GenerateReportDialog *generateDialog() const;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void exportProgress(qint64 tenants);
    void reportRequested(const ud::ReportRequest &request);

private:
    void buildListMenu();
    void applySearch();
    void updateCount();
    void updateFilterActions();
    void openRowMenu(const QModelIndex &index, const QPoint &globalPosition);
    void chooseExportFile();
    void finishExport(bool ok, const QString &message);
    QString generateRefusal() const;

    std::unique_ptr<Ui::TenantsPage> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    ud::TenantTableModel *m_model = nullptr;
    RowActionsColumnProxy *m_proxy = nullptr;
    FilterChipBar *m_chips = nullptr;
    SavedFiltersMenu *m_savedFilters = nullptr;
    TenantUsagePage *m_usage = nullptr;
    QTimer *m_searchDelay = nullptr;
    QMenu *m_listMenu = nullptr;
    QMenu *m_rowMenu = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_saveFilterAction = nullptr;
    FileExportJob *m_export = nullptr;
    QPointer<GenerateReportDialog> m_generateDialog;
};
