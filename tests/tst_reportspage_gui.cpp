// The Reports page as a user drives it: generate through the page's API and
// watch the row go from Generating to Ready; Export and Export Archive through
// the file dialog (answered by the test); View and Compare; Delete answered
// Keep, then Delete; cancelling a generation through the prompt ("Keep
// running" keeps it, "Cancel report" cancels and stores nothing), Dismiss and
// Retry; and what roles see: no Delete for a view-only role, no page without
// export_reports:view.
#include "AccessTestSupport.h"
#include "CancelReportPrompt.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RenameReportDialog.h"
#include "ReportComparePage.h"
#include "ReportViewPage.h"
#include "ReportsPage.h"
#include "TestDatabase.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportComparisonModel.h"
#include "reports/ReportGenerator.h"
#include "reports/ReportListModel.h"
#include "reports/ReportRowsModel.h"
#include "seed/DemoSeeder.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTenants = 30;

ReportRequest request(const QString &name, const QString &period = u"last-month"_s)
{
    ReportRequest r;
    r.name = name;
    r.scope = u"all"_s;
    r.period = period;
    r.today = QDate(2025, 7, 1);
    return r;
}

} // namespace

class TestReportsPageGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    Actor m_actor;
    QStringList m_promptAnswers; // the button each prompt gets, in order
    QList<QMessageBox *> m_prompts;
    QStringList m_promptTitles;

    std::unique_ptr<ReportsPage> makePage(const Actor &actor)
    {
        auto page = std::make_unique<ReportsPage>(*m_connection, actor, systemClock());
        page->setPromptRunner([this](QMessageBox &prompt) {
            m_promptTitles << prompt.windowTitle();
            if (m_promptAnswers.isEmpty())
                qFatal("unexpected prompt: %s", qUtf8Printable(prompt.text()));
            const QString answer = m_promptAnswers.takeFirst();
            // Pressing Escape must never be the destructive choice.
            QVERIFY(prompt.escapeButton() != nullptr);
            QCOMPARE(prompt.escapeButton(), prompt.defaultButton());
            for (QAbstractButton *button : prompt.buttons()) {
                if (button->text() == answer) {
                    button->click();
                    return;
                }
            }
            qFatal("no button %s", qUtf8Printable(answer));
        });
        QSignalSpy loaded(page.get(), &ReportsPage::listLoaded);
        if (!loaded.wait(10'000))
            qFatal("the list did not load");
        return page;
    }

    // Runs `start` and waits for the job it starts to finish.
    static std::pair<ReportJobOutcome, QString> finish(ReportsPage &page,
                                                       const std::function<void()> &start)
    {
        QSignalSpy finished(&page, &ReportsPage::jobFinished);
        start();
        if (!finished.wait(60'000))
            qFatal("no job finished");
        return {finished.constLast().at(1).value<ReportJobOutcome>(),
                finished.constLast().at(2).toString()};
    }

    static void selectReports(ReportsPage &page, const QList<qint64> &ids)
    {
        QTableView *view = page.view();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        view->clearSelection();
        for (const qint64 id : ids) {
            const int row = page.model()->rowOfReport(id);
            QVERIFY(row >= 0);
            view->selectionModel()->select(proxy->mapFromSource(page.model()->index(row, 0)),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    qint64 generateStored(const QString &name, const QString &period = u"last-month"_s)
    {
        const auto id =
            ReportGenerator(*m_connection, systemClock()).generate(m_actor, request(name, period));
        if (!id)
            qFatal("%s", qUtf8Printable(id.error().message));
        return *id;
    }

    QString storedText(qint64 id, const QString &column)
    {
        QSqlQuery query(m_connection->database());
        // `column` is one of this test's own literals, never input.
        query.prepare(u"SELECT "_s + column + u" FROM reports WHERE report_id = ?"_s);
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        QSettings().clear();
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        m_actor = accesstest::superActor(*m_connection);
        CancellationFlag never;
        QVERIFY(DemoSeeder::run(*m_connection, {kTenants, 90, 5, QDate(2025, 6, 30)}, never));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void init()
    {
        m_promptAnswers.clear();
        m_promptTitles.clear();
    }

    void generateGoesFromGeneratingToReady()
    {
        auto page = makePage(m_actor);
        QStringList statuses;
        connect(page->model(), &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &topLeft) {
                    statuses << page->model()
                                    ->index(topLeft.row(), ReportListModel::Status)
                                    .data()
                                    .toString();
                });
        QSignalSpy started(page.get(), &ReportsPage::jobStarted);
        const auto [outcome, message] = finish(*page, [&] {
            page->generate(request(u"From the page"_s));
            QCOMPARE(started.size(), 1);
            const int job = started.constFirst().at(0).toInt();
            const int row = page->model()->rowOfJob(job);
            QCOMPARE(row, 0);
            QCOMPARE(page->model()->index(row, ReportListModel::Status).data().toString(),
                     u"Generating 0%"_s);
            QCOMPARE(page->runningJobs(), QList<int>{job});
            QVERIFY(page->cancelButton(job) != nullptr);
        });
        QCOMPARE(outcome, ReportJobOutcome::Done);
        QVERIFY(message.contains(u"From the page"_s));
        QVERIFY(page->runningJobs().isEmpty());
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->reportIdAt(0) > 0);
        QCOMPARE(page->model()->index(0, ReportListModel::Status).data().toString(), u"Ready"_s);
        QCOMPARE(page->model()->index(0, ReportListModel::Rows).data().toString(), u"30"_s);
        QCOMPARE(m_db->count(u"reports"_s), 1);
        qInfo() << "statuses seen:" << statuses;
    }

    void exportThroughTheFileDialog()
    {
        const qint64 id = generateStored(u"Q2: a/b"_s);
        auto page = makePage(m_actor);
        QTemporaryDir dir;
        QString suggested;
        page->setSaveFileChooser(
            [&](QWidget *, const QString &, const QString &path, const QString &) {
                suggested = path;
                return dir.filePath(u"chosen.csv"_s);
            });
        selectReports(*page, {id});
        QVERIFY(page->exportAction()->isEnabled());
        QVERIFY(!page->compareAction()->isEnabled());
        const auto [outcome, message] = finish(*page, [&] { page->exportAction()->trigger(); });
        QCOMPARE(outcome, ReportJobOutcome::Done);
        QVERIFY(suggested.endsWith(u"/Q2_ a_b.csv"_s));
        QVERIFY(QFile::exists(dir.filePath(u"chosen.csv"_s)));
        QVERIFY(QFile(dir.filePath(u"chosen.csv"_s)).size() > 0);
        // The folder is remembered for the next export.
        page->exportAction()->trigger();
        QCOMPARE(QFileInfo(suggested).absolutePath(), QDir(dir.path()).absolutePath());
        QSignalSpy second(page.get(), &ReportsPage::jobFinished);
        QVERIFY(second.wait(10'000));
        // A dialog answered with Cancel starts nothing.
        page->setSaveFileChooser(
            [](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
        QSignalSpy started(page.get(), &ReportsPage::jobStarted);
        page->exportAction()->trigger();
        QCOMPARE(started.size(), 0);
    }

    void exportArchiveOfTwo()
    {
        const qint64 a = generateStored(u"Archived A"_s);
        const qint64 b = generateStored(u"Archived B"_s);
        auto page = makePage(m_actor);
        QTemporaryDir dir;
        page->setSaveFileChooser([&](QWidget *, const QString &, const QString &path,
                                     const QString &filter) {
            return filter.contains(u"zip"_s) ? dir.filePath(QFileInfo(path).fileName()) : QString();
        });
        selectReports(*page, {a, b});
        QVERIFY(!page->exportAction()->isEnabled());
        QVERIFY(page->archiveAction()->isEnabled());
        QVERIFY(page->compareAction()->isEnabled());
        const auto [outcome, message] = finish(*page, [&] { page->archiveAction()->trigger(); });
        QCOMPARE(outcome, ReportJobOutcome::Done);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.constFirst().endsWith(u".zip"_s));
        QuaZip zip(dir.filePath(files.constFirst()));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QStringList names = zip.getFileNameList();
        QVERIFY(names.contains(u"MANIFEST.sha256"_s));
        QVERIFY(names.contains(u"Archived A.csv"_s));
        QVERIFY(names.contains(u"Archived B.csv"_s));
    }

    void viewShowsTheRows()
    {
        const qint64 id = generateStored(u"Viewed"_s);
        auto page = makePage(m_actor);
        selectReports(*page, {id});
        QVERIFY(page->viewAction()->isEnabled());
        QSignalSpy opened(page->viewPage(), &ReportViewPage::opened);
        page->viewAction()->trigger();
        QVERIFY(!page->isShowingList());
        QVERIFY(opened.wait(10'000));
        QCOMPARE(opened.constFirst().at(0).toBool(), true);
        ReportRowsModel *rows = page->viewPage()->model();
        QCOMPARE(rows->rowCount(), kTenants);
        QVERIFY(rows->isComplete());
        QCOMPARE(rows->index(0, ReportRowsModel::PeriodStart).data().toString(), u"2025-06-01"_s);
        QVERIFY(!rows->index(0, ReportRowsModel::Hostname).data().toString().isEmpty());
        QVERIFY(page->viewPage()->titleLabel()->text().contains(u"Viewed"_s));
        guitest::child<QPushButton>(page->viewPage(), u"backButton"_s)->click();
        QVERIFY(page->isShowingList());

        // An unknown report says so instead of showing an empty table.
        opened.clear();
        page->viewReport(987654);
        QVERIFY(opened.wait(10'000));
        QCOMPARE(opened.constFirst().at(0).toBool(), false);
        QVERIFY(opened.constFirst().at(1).toString().contains(u"987654"_s));
    }

    void compareTwo()
    {
        const qint64 a = generateStored(u"May"_s, u"custom:2025-05-01..2025-05-31"_s);
        const qint64 b = generateStored(u"June"_s, u"custom:2025-06-01..2025-06-30"_s);
        auto page = makePage(m_actor);
        selectReports(*page, {b, a});
        QSignalSpy compared(page->comparePage(), &ReportComparePage::compared);
        page->compareAction()->trigger();
        QVERIFY(compared.wait(10'000));
        QCOMPARE(compared.constFirst().at(0).toBool(), true);
        ReportComparisonModel *model = page->comparePage()->model();
        QCOMPARE(model->rowCount(), kTenants);
        // The older report is the baseline.
        QCOMPARE(model->summary().a.reportId, a);
        QCOMPARE(model->summary().inBoth, kTenants);
        QVERIFY(page->comparePage()->summaryLabel()->text().contains(u"2025-05-01"_s));

        QTemporaryDir dir;
        page->setSaveFileChooser(
            [&](QWidget *, const QString &, const QString &path, const QString &) {
                return dir.filePath(QFileInfo(path).fileName());
            });
        QSignalSpy exported(page->comparePage(), &ReportComparePage::exportFinished);
        page->comparePage()->exportButton()->click();
        QVERIFY(exported.wait(10'000));
        QCOMPARE(exported.constFirst().at(0).toBool(), true);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile csv(dir.filePath(files.constFirst()));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("tenant_id,hostname,company_name,presence,"));
    }

    void deleteAsksFirst()
    {
        const qint64 id = generateStored(u"Doomed"_s);
        auto page = makePage(m_actor);
        selectReports(*page, {id});
        QVERIFY(page->deleteAction()->isVisible());
        QVERIFY(page->deleteAction()->isEnabled());
        m_promptAnswers << u"Keep"_s;
        page->deleteAction()->trigger();
        QCOMPARE(m_promptTitles, QStringList{u"Delete the report?"_s});
        QTest::qWait(100);
        QVERIFY(page->model()->rowOfReport(id) >= 0);
        QCOMPARE(m_db->count(u"reports"_s) > 0, true);

        m_promptAnswers << u"Delete"_s;
        QSignalSpy deleted(page.get(), &ReportsPage::reportDeleted);
        page->deleteAction()->trigger();
        QVERIFY(deleted.wait(10'000));
        QCOMPARE(deleted.constFirst().at(1).toBool(), true);
        QCOMPARE(page->model()->rowOfReport(id), -1);
        QSqlQuery query(m_connection->database());
        query.prepare(u"SELECT COUNT(*) FROM reports WHERE report_id = ?"_s);
        query.addBindValue(id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void renameThroughTheDialog()
    {
        const qint64 id = generateStored(u"Draft name"_s);
        const QString hashBefore = storedText(id, u"csv_sha256"_s);
        auto page = makePage(m_actor);
        selectReports(*page, {id});
        QVERIFY(page->renameAction()->isVisible());
        QVERIFY(page->renameAction()->isEnabled());

        // The dialog refuses bad names inline before anything is sent.
        QStringList seen;
        page->setDialogRunner([&seen](QDialog &dialog) {
            auto *rename = qobject_cast<RenameReportDialog *>(&dialog);
            QVERIFY(rename);
            QVERIFY(!rename->canRename()); // unchanged
            rename->nameEdit()->setText(u"   "_s);
            QVERIFY(!rename->canRename());
            QVERIFY(!rename->errorLabel()->isHidden());
            seen << rename->errorLabel()->text();
            rename->nameEdit()->setText(QString(101, u'x'));
            QVERIFY(!rename->canRename());
            seen << rename->errorLabel()->text();
            rename->nameEdit()->setText(u"Bad\u0007name"_s);
            QVERIFY(!rename->canRename());
            rename->nameEdit()->setText(u"  October billing, final  "_s);
            QVERIFY(rename->canRename());
            QVERIFY(rename->errorLabel()->isHidden());
            dialog.accept();
        });
        QSignalSpy renamed(page.get(), &ReportsPage::reportRenamed);
        page->renameAction()->trigger();
        QVERIFY(renamed.wait(10'000));
        QCOMPARE(renamed.constFirst().at(1).toBool(), true);
        QCOMPARE(seen.size(), 2);
        for (const QString &message : seen)
            QVERIFY2(message.contains(u"name"_s, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(storedText(id, u"name"_s), u"October billing, final"_s);
        QCOMPARE(storedText(id, u"csv_sha256"_s), hashBefore); // the snapshot is untouched
        QSqlQuery audit(m_connection->database());
        audit.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rename report' AND "
                      "object = ? AND outcome = 'allowed'"_s);
        audit.addBindValue(u"report %1"_s.arg(id));
        QVERIFY(audit.exec() && audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);

        // Bad input and unknown ids through the model layer: refused, unchanged.
        ReportCatalog catalog(*m_connection, m_actor, systemClock());
        QCOMPARE(catalog.rename(id, u"Tab\tname"_s).error().kind, ErrorKind::BadInput);
        QCOMPARE(catalog.rename(id, QString()).error().kind, ErrorKind::BadInput);
        QCOMPARE(catalog.rename(id + 1000, u"Nobody"_s).error().kind, ErrorKind::NotFound);
        QCOMPARE(storedText(id, u"name"_s), u"October billing, final"_s);
    }

    void renameNeedsEdit()
    {
        const qint64 id = generateStored(u"Not yours to rename"_s);
        const qint64 auditor = accesstest::builtInRoleId(*m_connection, BuiltInRole::Auditor);
        accesstest::insertAdministrator(*m_connection, u"auditor2"_s, auditor);
        const Actor actor = accesstest::actorOf(*m_connection, u"auditor2"_s);
        QVERIFY(!actor.can({Entity::ExportReports, Action::Edit}));
        auto page = makePage(actor);
        selectReports(*page, {id});
        QVERIFY(!page->renameAction()->isVisible());
        QVERIFY(!page->renameAction()->isEnabled());
        QSignalSpy renamed(page.get(), &ReportsPage::reportRenamed);
        page->renameReport(id, u"Renamed anyway"_s);
        QVERIFY(renamed.wait(10'000));
        QCOMPARE(renamed.constFirst().at(1).toBool(), false);
        QCOMPARE(storedText(id, u"name"_s), u"Not yours to rename"_s);
    }

    void cancelPromptSaysWhatItDoes()
    {
        CancelReportPrompt generation(CancelReportPrompt::Subject::Generation, u"Big"_s);
        QCOMPARE(generation.windowTitle(), u"Cancel the report?"_s);
        QCOMPARE(generation.cancelReportButton()->text(), u"Cancel report"_s);
        QCOMPARE(generation.keepRunningButton()->text(), u"Keep running"_s);
        QCOMPARE(generation.defaultButton(), generation.keepRunningButton());
        QCOMPARE(generation.escapeButton(), generation.keepRunningButton());
        QVERIFY(generation.informativeText().contains(u"no report is stored"_s));
        CancelReportPrompt exporting(CancelReportPrompt::Subject::Export, u"Big"_s);
        QCOMPARE(exporting.windowTitle(), u"Cancel the export?"_s);
        QVERIFY(exporting.text().contains(u"Big"_s));
        exporting.keepRunningButton()->click();
        QVERIFY(!exporting.cancelChosen());
        generation.cancelReportButton()->click();
        QVERIFY(generation.cancelChosen());
    }

    void cancelARunningGeneration()
    {
        auto page = makePage(m_actor);
        const qint64 before = m_db->count(u"reports"_s);

        // Keep running: the prompt closes, the report is made.
        QSignalSpy started(page.get(), &ReportsPage::jobStarted);
        auto [kept, keptMessage] = finish(*page, [&] {
            page->generate(request(u"Kept"_s));
            m_promptAnswers << u"Keep running"_s;
            page->requestCancel(started.constLast().at(0).toInt());
        });
        QCOMPARE(m_promptTitles, QStringList{u"Cancel the report?"_s});
        QCOMPARE(kept, ReportJobOutcome::Done);
        QCOMPARE(m_db->count(u"reports"_s), before + 1);

        // Cancel report, through the panel's Cancel button.
        auto [cancelled, message] = finish(*page, [&] {
            page->generate(request(u"Stopped"_s));
            const int job = started.constLast().at(0).toInt();
            m_promptAnswers << u"Cancel report"_s;
            page->cancelButton(job)->click();
            QTRY_VERIFY(m_promptAnswers.isEmpty());
        });
        QCOMPARE(cancelled, ReportJobOutcome::Cancelled);
        QVERIFY(message.contains(u"nothing was stored"_s));
        QCOMPARE(m_db->count(u"reports"_s), before + 1);
        const int job = started.constLast().at(0).toInt();
        const int row = page->model()->rowOfJob(job);
        QCOMPARE(row, 0);
        QCOMPARE(page->model()->index(row, ReportListModel::Status).data().toString(),
                 u"Cancelled"_s);

        // Retry makes it after all; Dismiss removes a cancelled row.
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->view()->model());
        page->view()->selectRow(proxy->mapFromSource(page->model()->index(row, 0)).row());
        QVERIFY(page->retryAction()->isEnabled());
        QVERIFY(page->dismissAction()->isEnabled());
        QVERIFY(!page->exportAction()->isEnabled());
        auto [retried, retriedMessage] = finish(*page, [&] { page->retryAction()->trigger(); });
        QCOMPARE(retried, ReportJobOutcome::Done);
        QCOMPARE(page->model()->rowOfJob(job), -1);
        QCOMPARE(m_db->count(u"reports"_s), before + 2);

        auto [again, againMessage] = finish(*page, [&] {
            page->generate(request(u"Dismissed"_s));
            m_promptAnswers << u"Cancel report"_s;
            page->requestCancel(started.constLast().at(0).toInt());
        });
        QCOMPARE(again, ReportJobOutcome::Cancelled);
        const int dismissedJob = started.constLast().at(0).toInt();
        QVERIFY(page->model()->rowOfJob(dismissedJob) >= 0);
        page->dismiss(dismissedJob);
        QCOMPARE(page->model()->rowOfJob(dismissedJob), -1);
    }

    void failedGenerationShowsTheReason()
    {
        auto page = makePage(m_actor);
        ReportRequest bad = request(u"Bad period"_s, u"custom:2025-02-30..2025-03-01"_s);
        auto [outcome, message] = finish(*page, [&] { page->generate(bad); });
        QCOMPARE(outcome, ReportJobOutcome::Failed);
        const QString status = page->model()->index(0, ReportListModel::Status).data().toString();
        QVERIFY2(status.startsWith(u"Failed: "_s), qPrintable(status));
    }

    void viewOnlyRoleSeesNoDelete()
    {
        const qint64 id = generateStored(u"For the auditor"_s);
        const qint64 auditor = accesstest::builtInRoleId(*m_connection, BuiltInRole::Auditor);
        accesstest::insertAdministrator(*m_connection, u"auditor"_s, auditor);
        const Actor actor = accesstest::actorOf(*m_connection, u"auditor"_s);
        QVERIFY(actor.can({Entity::ExportReports, Action::View}));
        QVERIFY(!actor.can({Entity::ExportReports, Action::Remove}));
        auto page = makePage(actor);
        QVERIFY(page->model()->rowOfReport(id) >= 0);
        selectReports(*page, {id});
        QVERIFY(!page->deleteAction()->isVisible());
        QVERIFY(!page->deleteAction()->isEnabled());
        QVERIFY(!page->retryAction()->isVisible());
        QVERIFY(page->exportAction()->isEnabled());
        // Called anyway: refused without a prompt, nothing deleted.
        QSignalSpy deleted(page.get(), &ReportsPage::reportDeleted);
        page->deleteReport(id);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.constFirst().at(1).toBool(), false);
        QVERIFY(m_promptTitles.isEmpty());
        QTest::qWait(100);
        QVERIFY(page->model()->rowOfReport(id) >= 0);
    }

    void pageNeedsViewPermission()
    {
        const qint64 role = accesstest::addRole(*m_connection, u"Tenants viewer"_s,
                                                accesstest::grants({u"tenants:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"tenantsonly"_s, role);
        const Actor without = accesstest::actorOf(*m_connection, u"tenantsonly"_s);
        MainWindow noReports(*m_connection, without);
        QVERIFY(!noReports.isPageAvailable(MainWindow::Page::Reports));
        QVERIFY(noReports.reportsPage() == nullptr);

        MainWindow window(*m_connection, m_actor);
        QVERIFY(window.isPageAvailable(MainWindow::Page::Reports));
        QVERIFY(window.reportsPage() != nullptr);
        QSignalSpy loaded(window.reportsPage(), &ReportsPage::listLoaded);
        QVERIFY(loaded.wait(10'000));
    }
};

QTEST_MAIN(TestReportsPageGui)
#include "tst_reportspage_gui.moc"
