#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "reports/ReportJob.h"
#include "reports/ReportRequest.h"
#include "storage/Connection.h"

#include <QList>
#include <QPointer>
#include <QThread>
#include <QWidget>
#include <functional>
#include <map>
#include <memory>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ReportComparePage;
class ReportViewPage;

namespace ud {
class ReportListModel;
}

namespace Ui {
class ReportsPage;
}

// The Reports page (product.md, page 4): the stored reports and this
// session's generations in one sortable list, with Export, Export Archive,
// View, Compare and Delete (and Dismiss and Retry on generations that were
// cancelled or failed), each shown only to roles that may use it. Generation
// and exports run as ReportJobs; each running job has a panel under the list
// with its progress bar, rate, time left and a Cancel button, which asks
// first (CancelReportPrompt). Several jobs may run at once. View and Compare
// open in place, with Back to the list.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    // Asks for a file to save to (QFileDialog::getSaveFileName by default);
    // empty gives up. Tests answer it.
    using SaveFileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedPath,
                              const QString &filter)>;
    // Shows a prompt modally (exec() by default). Tests press its buttons.
    using PromptRunner = std::function<void(QMessageBox &prompt)>;
    // Shows a dialog modally (exec() by default). Tests fill and close it.
    using DialogRunner = std::function<void(QDialog &dialog)>;

    ReportsPage(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setSaveFileChooser(SaveFileChooser chooser);
    void setPromptRunner(PromptRunner runner) { m_runPrompt = std::move(runner); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // The work itself, without dialogs (the actions ask, then call these).
    void generate(const ud::ReportRequest &request);
    void exportReport(qint64 reportId, const QString &path);
    void exportArchive(const QList<qint64> &ids, const QString &path);
    void viewReport(qint64 id);
    void compare(qint64 a, qint64 b);
    // Asks with the report's name ("Delete" / "Keep"), then deletes.
    void deleteReport(qint64 id);
    // Renames through the catalog on a worker thread (a generation may hold
    // SQLite's write lock); reportRenamed() tells the outcome.
    void renameReport(qint64 id, const QString &name);
    // Opens RenameReportDialog for the report, then renameReport().
    void chooseRename(qint64 id);
    // Asks (CancelReportPrompt), then cancels the running job.
    void requestCancel(int jobId);
    // Removes a cancelled or failed generation's row; Retry generates again
    // from the same request.
    void dismiss(int jobId);
    void retry(int jobId);
    void reload();

    ud::ReportListModel *model() const { return m_model; }
    QTableView *view() const;
    ReportViewPage *viewPage() const { return m_viewPage; }
    ReportComparePage *comparePage() const { return m_comparePage; }
    bool isShowingList() const;
    void showList();

    // Ids of running jobs, and the Cancel button of one (nullptr if none).
    QList<int> runningJobs() const;
    QPushButton *cancelButton(int jobId) const;
    // The selection, in list order: stored reports, and session job rows.
    QList<qint64> selectedReportIds() const;
    QList<int> selectedJobIds() const;

    QMenu *actionsMenu() const { return m_actionsMenu; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *archiveAction() const { return m_archiveAction; }
    QAction *viewAction() const { return m_viewAction; }
    QAction *compareAction() const { return m_compareAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *dismissAction() const { return m_dismissAction; }
    QAction *retryAction() const { return m_retryAction; }

Q_SIGNALS:
    // A job started: its id (the generation's row has it as JobIdRole).
    void jobStarted(int jobId, ud::ReportJob::Kind kind);
    void jobProgressed(int jobId, const ud::ReportJobProgress &progress);
    void jobFinished(int jobId, ud::ReportJobOutcome outcome, const QString &message);
    void reportDeleted(qint64 reportId, bool ok, const QString &message);
    void reportRenamed(qint64 reportId, bool ok, const QString &message);
    void listLoaded(bool ok, const QString &message);

private:
    struct RunningJob
    {
        std::unique_ptr<ud::ReportJob> job;
        QString name;
        QWidget *panel = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *rate = nullptr;
        QPushButton *cancel = nullptr;
    };

    void buildActions();
    void updateActions();
    void openContextMenu(const QPoint &position);
    int startJob(std::unique_ptr<ud::ReportJob> job, const QString &title, const QString &name);
    void onJobProgressed(int jobId, const ud::ReportJobProgress &progress);
    void onJobFinished(int jobId, ud::ReportJobOutcome outcome, const QString &message);
    QString chooseSaveFile(const QString &caption, const QString &suggestedName,
                           const QString &filter);
    void chooseExport();
    void chooseArchive();
    void viewSelected();
    void compareSelected();
    void deleteSelected();
    QList<int> selectedSourceRows() const;
    QString reportName(qint64 id) const;

    std::unique_ptr<Ui::ReportsPage> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    ud::ReportListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ReportViewPage *m_viewPage = nullptr;
    ReportComparePage *m_comparePage = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_viewAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_dismissAction = nullptr;
    QAction *m_retryAction = nullptr;
    SaveFileChooser m_chooseFile;
    PromptRunner m_runPrompt;
    DialogRunner m_runDialog;
    std::map<int, RunningJob> m_jobs;
    int m_nextJobId = 1;
    QList<QPointer<QThread>> m_calls;
    bool m_columnsRemembered = false;
};
