#include "ReportsPage.h"

#include "BackgroundCall.h"
#include "CancelReportPrompt.h"
#include "MessageBox.h"
#include "ProgressText.h"
#include "RenameReportDialog.h"
#include "ReportComparePage.h"
#include "ReportViewPage.h"
#include "RowContextMenu.h"
#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "reports/ReportArchive.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportListModel.h"
#include "ui_ReportsPage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;
using ud::ReportListModel;

namespace {

// The view's sort goes to ReportListModel, which sorts on keys computed once
// per row; a QSortFilterProxyModel sorting by itself calls data() twice per
// comparison and held the window 80-220 ms at 10,000 reports
// (docs/benchmarks.md, "Pages at full size"). The proxy stays for the
// selection mapping the page and its tests use.
class SourceSortingProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void sort(int column, Qt::SortOrder order) override { sourceModel()->sort(column, order); }
};

} // namespace

namespace {

const QString kExportFolderKey = u"reports/exportFolder"_s;

} // namespace

ReportsPage::ReportsPage(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportsPage>())
    , m_connection(connection)
    , m_actor(actor)
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_chooseFile = [](QWidget *owner, const QString &caption, const QString &suggested,
                      const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, suggested, filter);
    };
    m_runPrompt = [](QMessageBox &prompt) {
        prompt.exec();
    };
    m_runDialog = [](QDialog &dialog) {
        dialog.exec();
    };

    m_model = new ReportListModel(connection.target(), actor, m_clock, this);
    m_proxy = new SourceSortingProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportListModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->sortByColumn(ReportListModel::CreatedAt, Qt::DescendingOrder);
    QHeaderView *header = m_ui->table->horizontalHeader();
    m_columnsRemembered = ViewStateMemory::remember(header, u"reportsPage/header"_s);
    if (m_columnsRemembered)
        m_ui->table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_ui->jobsArea->hide();

    m_viewPage = new ReportViewPage(connection.target(), actor, m_clock, this);
    m_comparePage = new ReportComparePage(connection.target(), actor, m_clock, this);
    m_comparePage->setSaveFileChooser([this](const QString &suggestedName) {
        return chooseSaveFile(tr("Export Comparison"), suggestedName, tr("CSV files (*.csv)"));
    });
    m_ui->stack->addWidget(m_viewPage);
    m_ui->stack->addWidget(m_comparePage);
    connect(m_viewPage, &ReportViewPage::backRequested, this, &ReportsPage::showList);
    connect(m_comparePage, &ReportComparePage::backRequested, this, &ReportsPage::showList);

    buildActions();
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportsPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ReportsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReportsPage::updateActions);
    connect(m_ui->table, &QTableView::customContextMenuRequested, this,
            &ReportsPage::openContextMenu);
    RowContextMenu::enableKeyboard(m_ui->table);
    // A double click, or Enter on the current row, views the report.
    connect(m_ui->table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->reportIdAt(m_proxy->mapToSource(index).row());
        if (id != 0)
            viewReport(id);
    });
    connect(m_model, &ReportListModel::loaded, this, [this](bool ok, const QString &message) {
        if (!ok)
            m_ui->statusLabel->setText(message);
        // Fitted to the first list until the administrator sizes them.
        if (!m_columnsRemembered) {
            m_ui->table->resizeColumnsToContents();
            m_columnsRemembered = ok && m_model->rowCount() > 0;
        }
        Q_EMIT listLoaded(ok, message);
    });
    updateActions();
    reload();
}

ReportsPage::~ReportsPage()
{
    for (QPointer<QThread> &thread : m_calls)
        waitFor(thread);
    // Each job cancels and waits for its thread as it goes.
    m_jobs.clear();
}

void ReportsPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

QTableView *ReportsPage::view() const
{
    return m_ui->table;
}

void ReportsPage::buildActions()
{
    using ud::Action;
    using ud::Entity;
    m_actionsMenu = new QMenu(this);
    m_exportAction = m_actionsMenu->addAction(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save the selected report as a CSV file"));
    // The list's shortcuts act on the list only, not on the View and Compare
    // pages that replace it in the stack.
    ShortcutHint::assign(m_exportAction, QKeySequence(tr("Ctrl+E")));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPage->addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &ReportsPage::chooseExport);
    m_archiveAction = m_actionsMenu->addAction(tr("Export &Archive…"));
    m_archiveAction->setToolTip(tr("Save the selected reports in one zip file with a checksum "
                                   "manifest"));
    connect(m_archiveAction, &QAction::triggered, this, &ReportsPage::chooseArchive);
    m_viewAction = m_actionsMenu->addAction(tr("&View"));
    m_viewAction->setToolTip(tr("Show the selected report's rows (Enter)"));
    connect(m_viewAction, &QAction::triggered, this, &ReportsPage::viewSelected);
    m_compareAction = m_actionsMenu->addAction(tr("&Compare"));
    m_compareAction->setToolTip(tr("Compare the two selected reports tenant by tenant"));
    connect(m_compareAction, &QAction::triggered, this, &ReportsPage::compareSelected);
    m_actionsMenu->addSeparator();
    m_retryAction = m_actionsMenu->addAction(tr("&Retry"));
    m_retryAction->setToolTip(tr("Generate the report again with the same choices"));
    m_retryAction->setVisible(m_actor.can({Entity::ExportReports, Action::Add}));
    connect(m_retryAction, &QAction::triggered, this, [this] {
        const QList<int> jobs = selectedJobIds();
        if (jobs.size() == 1)
            retry(jobs.constFirst());
    });
    m_dismissAction = m_actionsMenu->addAction(tr("Dis&miss"));
    m_dismissAction->setToolTip(tr("Remove the cancelled or failed generation from the list"));
    connect(m_dismissAction, &QAction::triggered, this, [this] {
        for (const int job : selectedJobIds())
            dismiss(job);
    });
    m_actionsMenu->addSeparator();
    m_renameAction = m_actionsMenu->addAction(tr("Re&name…"));
    ShortcutHint::assign(m_renameAction, QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPage->addAction(m_renameAction);
    m_renameAction->setVisible(m_actor.can({Entity::ExportReports, Action::Edit}));
    connect(m_renameAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedReportIds();
        if (ids.size() == 1 && m_renameAction->isEnabled())
            chooseRename(ids.constFirst());
    });
    m_deleteAction = m_actionsMenu->addAction(tr("&Delete…"));
    ShortcutHint::assign(m_deleteAction, QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPage->addAction(m_deleteAction);
    const bool mayRemove = m_actor.can({Entity::ExportReports, Action::Remove});
    m_deleteAction->setVisible(mayRemove);
    connect(m_deleteAction, &QAction::triggered, this, &ReportsPage::deleteSelected);

    m_actionsMenu->addSeparator();
    m_refreshAction = m_actionsMenu->addAction(tr("Re&fresh"));
    ShortcutHint::assign(m_refreshAction, QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPage->addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &ReportsPage::reload);

    m_ui->actionsButton->setMenu(m_actionsMenu);
    m_ui->exportButton->setDefaultAction(m_exportAction);
    m_ui->viewButton->setDefaultAction(m_viewAction);
    m_ui->compareButton->setDefaultAction(m_compareAction);
}

QList<int> ReportsPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> ReportsPage::selectedReportIds() const
{
    QList<qint64> ids;
    for (const int row : selectedSourceRows()) {
        if (const qint64 id = m_model->reportIdAt(row))
            ids << id;
    }
    return ids;
}

QList<int> ReportsPage::selectedJobIds() const
{
    QList<int> ids;
    for (const int row : selectedSourceRows()) {
        if (const int job = m_model->jobIdAt(row))
            ids << job;
    }
    return ids;
}

void ReportsPage::updateActions()
{
    const QList<qint64> reports = selectedReportIds();
    const QList<int> jobs = selectedJobIds();
    const bool onlyReports = jobs.isEmpty();
    bool allDone = !jobs.isEmpty();
    for (const int job : jobs) {
        if (m_model->stateAt(m_model->rowOfJob(job)) == ReportListModel::State::Generating)
            allDone = false;
    }
    m_exportAction->setEnabled(onlyReports && reports.size() == 1);
    m_archiveAction->setEnabled(onlyReports && !reports.isEmpty());
    m_viewAction->setEnabled(onlyReports && reports.size() == 1);
    m_compareAction->setEnabled(onlyReports && reports.size() == 2);
    m_deleteAction->setEnabled(m_deleteAction->isVisible() && onlyReports && reports.size() == 1);
    m_renameAction->setEnabled(m_renameAction->isVisible() && onlyReports && reports.size() == 1);
    m_dismissAction->setEnabled(reports.isEmpty() && allDone);
    m_retryAction->setEnabled(m_retryAction->isVisible() && reports.isEmpty() && jobs.size() == 1 &&
                              allDone);
}

void ReportsPage::openContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->table->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_ui->table->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_ui->table->selectRow(index.row());
    m_actionsMenu->popup(m_ui->table->viewport()->mapToGlobal(position));
}

void ReportsPage::reload()
{
    m_model->reload();
}

bool ReportsPage::isShowingList() const
{
    return m_ui->stack->currentWidget() == m_ui->listPage;
}

void ReportsPage::showList()
{
    m_ui->stack->setCurrentWidget(m_ui->listPage);
}

QString ReportsPage::reportName(qint64 id) const
{
    return m_model->nameAt(m_model->rowOfReport(id));
}

QString ReportsPage::chooseSaveFile(const QString &caption, const QString &suggestedName,
                                    const QString &filter)
{
    QSettings settings;
    const QString folder =
        settings
            .value(kExportFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = m_chooseFile(this, caption, folder + u'/' + suggestedName, filter);
    if (!path.isEmpty())
        settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void ReportsPage::chooseExport()
{
    const QList<qint64> ids = selectedReportIds();
    if (ids.size() != 1)
        return;
    const QString path = chooseSaveFile(
        tr("Export Report"), ud::ReportArchive::safeName(reportName(ids.constFirst())) + u".csv"_s,
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportReport(ids.constFirst(), path);
}

void ReportsPage::chooseArchive()
{
    const QList<qint64> ids = selectedReportIds();
    if (ids.isEmpty())
        return;
    const QString suggested =
        u"reports-"_s + m_clock().toUTC().date().toString(Qt::ISODate) + u".zip"_s;
    const QString path =
        chooseSaveFile(tr("Export Archive"), suggested, tr("Zip archives (*.zip)"));
    if (!path.isEmpty())
        exportArchive(ids, path);
}

void ReportsPage::viewSelected()
{
    const QList<qint64> ids = selectedReportIds();
    if (ids.size() == 1)
        viewReport(ids.constFirst());
}

void ReportsPage::compareSelected()
{
    // The older report is the baseline (A), so the change reads as "since then".
    QList<qint64> ids = selectedReportIds();
    if (ids.size() != 2)
        return;
    const ud::ReportInfo *first = m_model->reportAt(m_model->rowOfReport(ids.at(0)));
    const ud::ReportInfo *second = m_model->reportAt(m_model->rowOfReport(ids.at(1)));
    if (first && second &&
        std::pair(first->createdAt, first->id) > std::pair(second->createdAt, second->id))
        std::swap(ids[0], ids[1]);
    compare(ids.at(0), ids.at(1));
}

void ReportsPage::chooseRename(qint64 id)
{
    RenameReportDialog dialog(reportName(id), this);
    m_runDialog(dialog);
    if (dialog.result() == QDialog::Accepted)
        renameReport(id, dialog.name());
}

void ReportsPage::renameReport(qint64 id, const QString &name)
{
    m_calls.removeAll(nullptr);
    m_calls << runInBackground<ud::Status>(
        this,
        [target = m_connection.target(), actor = m_actor, clock = m_clock, id,
         name]() -> ud::Status {
            auto connection = ud::Connection::open(target, u"report-rename"_s);
            if (!connection)
                return connection.error();
            return ud::ReportCatalog(**connection, actor, clock).rename(id, name);
        },
        [this, id, name](const ud::Status &renamed) {
            QString message;
            if (renamed) {
                m_model->reload();
                message = tr("Renamed the report to \"%1\".").arg(name);
            } else {
                message = MessageBox::sentence(renamed.error().message);
            }
            m_ui->statusLabel->setText(message);
            Q_EMIT reportRenamed(id, bool(renamed), message);
        });
}

void ReportsPage::deleteSelected()
{
    const QList<qint64> ids = selectedReportIds();
    if (ids.size() == 1 && m_deleteAction->isEnabled())
        deleteReport(ids.constFirst());
}

void ReportsPage::generate(const ud::ReportRequest &request)
{
    auto job = ud::ReportJob::generate(m_connection.target(), m_actor, m_clock, request);
    const int id =
        startJob(std::move(job), tr("Generating \"%1\"").arg(request.name), request.name);
    m_model->addJob(id, request, m_actor.userName, m_clock());
}

void ReportsPage::exportReport(qint64 reportId, const QString &path)
{
    const QString name = reportName(reportId);
    auto job = ud::ReportJob::exportToFile(m_connection.target(), m_actor, m_clock, reportId, path);
    startJob(std::move(job), tr("Exporting \"%1\" to %2").arg(name, QFileInfo(path).fileName()),
             name);
}

void ReportsPage::exportArchive(const QList<qint64> &ids, const QString &path)
{
    auto job = ud::ReportJob::archive(m_connection.target(), m_actor, m_clock, ids, path);
    const QString name = QFileInfo(path).fileName();
    startJob(std::move(job), tr("Archiving %n report(s) to %1", nullptr, int(ids.size())).arg(name),
             name);
}

int ReportsPage::startJob(std::unique_ptr<ud::ReportJob> job, const QString &title,
                          const QString &name)
{
    const int id = m_nextJobId++;
    RunningJob running;
    running.name = name;
    running.panel = new QWidget(m_ui->jobsArea);
    running.panel->setObjectName(u"jobPanel%1"_s.arg(id));
    auto *layout = new QHBoxLayout(running.panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, running.panel);
    running.bar = new QProgressBar(running.panel);
    running.bar->setRange(0, 0); // busy until the total is known
    running.bar->setAccessibleName(title);
    running.rate = new QLabel(ProgressText::describe(0.0, std::nullopt), running.panel);
    running.rate->setObjectName(u"rateLabel"_s);
    running.cancel = new QPushButton(tr("Cancel…"), running.panel);
    running.cancel->setObjectName(u"cancelJobButton"_s);
    running.cancel->setAccessibleName(tr("Cancel: %1").arg(title));
    layout->addWidget(label);
    layout->addWidget(running.bar, 1);
    layout->addWidget(running.rate);
    layout->addWidget(running.cancel);
    m_ui->jobsLayout->addWidget(running.panel);
    m_ui->jobsArea->show();
    // Queued: the prompt runs outside the button's click, so the panel can go
    // away (the job finished meanwhile) while the prompt is open.
    connect(
        running.cancel, &QPushButton::clicked, this, [this, id] { requestCancel(id); },
        Qt::QueuedConnection);

    ud::ReportJob *raw = job.get();
    const ud::ReportJob::Kind kind = raw->kind();
    connect(raw, &ud::ReportJob::progressed, this,
            [this, id](const ud::ReportJobProgress &progress) { onJobProgressed(id, progress); });
    connect(raw, &ud::ReportJob::finished, this,
            [this, id](ud::ReportJobOutcome outcome, const QString &message, qint64) {
                onJobFinished(id, outcome, message);
            });
    running.job = std::move(job);
    m_jobs.emplace(id, std::move(running));
    raw->start();
    Q_EMIT jobStarted(id, kind);
    return id;
}

void ReportsPage::onJobProgressed(int jobId, const ud::ReportJobProgress &progress)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    RunningJob &running = it->second;
    const int percent = progress.total > 0
                            ? int(std::clamp<qint64>(progress.done * 100 / progress.total, 0, 100))
                            : 0;
    if (progress.total > 0) {
        running.bar->setRange(0, 100);
        running.bar->setValue(percent);
    }
    const auto unit = running.job->kind() == ud::ReportJob::Kind::Archive
                          ? ProgressText::Unit::Reports
                          : ProgressText::Unit::Rows;
    if (!running.job->isCancelRequested())
        running.rate->setText(
            ProgressText::describe(progress.ratePerSecond, progress.secondsLeft, unit));
    if (running.job->kind() == ud::ReportJob::Kind::Generate)
        m_model->setJobProgress(jobId, percent);
    Q_EMIT jobProgressed(jobId, progress);
}

void ReportsPage::onJobFinished(int jobId, ud::ReportJobOutcome outcome, const QString &message)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    // The job is in the middle of emitting: it goes once that returns.
    ud::ReportJob *job = it->second.job.release();
    job->deleteLater();
    it->second.panel->deleteLater();
    const bool generation = job->kind() == ud::ReportJob::Kind::Generate;
    if (generation) {
        switch (outcome) {
        case ud::ReportJobOutcome::Done:
            if (job->report().id != 0) {
                m_model->completeJob(jobId, job->report());
            } else {
                m_model->removeJob(jobId);
                m_model->reload();
            }
            break;
        case ud::ReportJobOutcome::Cancelled:
            m_model->setJobState(jobId, ReportListModel::State::Cancelled);
            break;
        case ud::ReportJobOutcome::Failed:
            m_model->setJobState(jobId, ReportListModel::State::Failed, message);
            break;
        }
    }
    m_jobs.erase(it);
    if (m_jobs.empty())
        m_ui->jobsArea->hide();
    m_ui->statusLabel->setText(message);
    Q_EMIT jobFinished(jobId, outcome, message);
}

QList<int> ReportsPage::runningJobs() const
{
    QList<int> ids;
    for (const auto &[id, running] : m_jobs)
        ids << id;
    return ids;
}

QPushButton *ReportsPage::cancelButton(int jobId) const
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? nullptr : it->second.cancel;
}

void ReportsPage::requestCancel(int jobId)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    const auto subject = it->second.job->kind() == ud::ReportJob::Kind::Generate
                             ? CancelReportPrompt::Subject::Generation
                             : CancelReportPrompt::Subject::Export;
    CancelReportPrompt prompt(subject, it->second.name, this);
    m_runPrompt(prompt);
    if (!prompt.cancelChosen())
        return;
    // The job may have finished while the prompt was open.
    it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    it->second.job->cancel();
    it->second.cancel->setEnabled(false);
    it->second.rate->setText(tr("Cancelling…"));
}

void ReportsPage::dismiss(int jobId)
{
    const int row = m_model->rowOfJob(jobId);
    if (row < 0 || m_model->stateAt(row) == ReportListModel::State::Generating)
        return;
    m_model->removeJob(jobId);
}

void ReportsPage::retry(int jobId)
{
    const int row = m_model->rowOfJob(jobId);
    if (row < 0 || m_model->stateAt(row) == ReportListModel::State::Generating ||
        !m_actor.can({ud::Entity::ExportReports, ud::Action::Add}))
        return;
    const ud::ReportRequest request = *m_model->requestAt(row);
    m_model->removeJob(jobId);
    generate(request);
}

void ReportsPage::viewReport(qint64 id)
{
    m_viewPage->showReport(id);
    m_ui->stack->setCurrentWidget(m_viewPage);
}

void ReportsPage::compare(qint64 a, qint64 b)
{
    m_comparePage->compare(a, b);
    m_ui->stack->setCurrentWidget(m_comparePage);
}

void ReportsPage::deleteReport(qint64 id)
{
    const QString name = reportName(id);
    if (!m_actor.can({ud::Entity::ExportReports, ud::Action::Remove})) {
        // The catalog would refuse too; asking first would be a false promise.
        const QString message = tr("Your role does not allow deleting reports.");
        m_ui->statusLabel->setText(message);
        Q_EMIT reportDeleted(id, false, message);
        return;
    }
    QMessageBox prompt(
        QMessageBox::Question, tr("Delete the report?"),
        tr("Delete the report \"%1\"?").arg(name.isEmpty() ? QString::number(id) : name),
        QMessageBox::NoButton, this);
    prompt.setInformativeText(tr("Its stored rows are removed for everyone. Files exported "
                                 "from it stay as they are."));
    QPushButton *remove = prompt.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = prompt.addButton(tr("Keep"), QMessageBox::RejectRole);
    prompt.setDefaultButton(keep);
    prompt.setEscapeButton(keep);
    m_runPrompt(prompt);
    if (prompt.clickedButton() != remove)
        return;
    m_calls.removeAll(nullptr);
    m_calls << runInBackground<ud::Status>(
        this,
        [target = m_connection.target(), actor = m_actor, clock = m_clock, id]() -> ud::Status {
            auto connection = ud::Connection::open(target, u"report-delete"_s);
            if (!connection)
                return connection.error();
            return ud::ReportCatalog(**connection, actor, clock).remove(id);
        },
        [this, id, name](const ud::Status &removed) {
            QString message;
            if (removed) {
                m_model->removeReport(id);
                message = tr("Deleted the report \"%1\".").arg(name);
            } else {
                message = MessageBox::sentence(removed.error().message);
            }
            m_ui->statusLabel->setText(message);
            Q_EMIT reportDeleted(id, bool(removed), message);
        });
}
