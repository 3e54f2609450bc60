// The Tenants List page as a user drives it (offscreen): the rows arrive
// from the background loader, the Filters dialog narrows them (chips, text
// form, count), a filter is saved, picked again and cleared, the quick search
// combines with it, each row has its actions menu, View Usage shows the
// tenant's usage, a tenant is added through its dialog, the list is exported,
// Generate Usage Report opens its dialog the seed's three ways and hands the
// request on, and a role without the grants sees neither the actions nor the
// data.
#include "AccessTestSupport.h"
#include "FilterChipBar.h"
#include "FilterConditionRow.h"
#include "FilterDialog.h"
#include "GenerateReportDialog.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "SaveFilterDialog.h"
#include "SavedFiltersMenu.h"
#include "TenantDialog.h"
#include "TenantUsagePage.h"
#include "TenantsPage.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "TestTenants.h"
#include "filters/FilterParser.h"
#include "filters/SavedFilterStore.h"
#include "storage/Transaction.h"
#include "tenants/TenantQuery.h"
#include "tenants/TenantStore.h"
#include "tenants/TenantTableModel.h"
#include "usage/UsageWriter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using guitest::child;
using guitest::selectData;
using testdata::tenant;
using ud::TenantTableModel;

namespace {

const QString kAcmeTrials = u"company_name contains acme and contract_mode eq TRIAL"_s;

ud::Clock fixedClock()
{
    return [] {
        return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    };
}

// Runs `drive` on the next modal dialog of type T once it is open.
template<typename T>
void whenModalOpens(std::function<void(T *)> drive)
{
    QTimer::singleShot(0, [drive] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        drive(dialog);
    });
}

// Every row the page's model shows, as hostnames, once loaded.
QStringList shownHostnames(TenantsPage &page)
{
    TenantTableModel *model = page.model();
    QStringList hostnames;
    for (int row = 0; row < model->rowCount(); ++row)
        hostnames << model->index(row, TenantTableModel::Hostname).data().toString();
    return hostnames;
}

// True once the count is known and every row is loaded; asks for each row's
// data on the way, as a view scrolling over it would, so loads get requested.
bool settled(TenantsPage &page)
{
    TenantTableModel *model = page.model();
    bool loaded = true;
    for (int row = 0; row < model->rowCount(); ++row) {
        (void)model->index(row, TenantTableModel::Hostname).data();
        loaded = loaded && model->tenantAt(row).has_value();
    }
    return loaded && !model->isLoading() && model->totalCount() &&
           model->rowCount() == *model->totalCount();
}

} // namespace

class TestTenantsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;

    // Waits until every row is loaded (asking for each, as scrolling would).
    static void waitSettled(TenantsPage &page) { QTRY_VERIFY_WITH_TIMEOUT(settled(page), 10000); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_tenantspage_gui"_s);
        QSettings().clear(); // column order and sort start from the defaults
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"gui"_s);
        m_admin = accesstest::superActor(*m_connection);
        ud::TenantStore store(*m_connection);
        const QList<ud::Tenant> tenants = {
            tenant(1, u"d.example.com"_s, u"Acme Corp"_s, ud::ContractMode::Trial),
            tenant(2, u"a.example.com"_s, u"acme labs"_s, ud::ContractMode::Production),
            tenant(3, u"b.example.com"_s, u"Big ACME"_s, ud::ContractMode::Trial),
            tenant(4, u"c.example.com"_s, u"Other Trial Co"_s, ud::ContractMode::Trial),
            tenant(5, u"e.example.com"_s, u"Acmeish"_s, ud::ContractMode::Unknown),
            tenant(6, u"f.example.org"_s, u"Zeta"_s, ud::ContractMode::Production),
        };
        for (const ud::Tenant &t : tenants)
            QVERIFY(store.upsert(t));
        // This month's usage for d.example.com (the clock says 2026-11-20).
        auto transaction = ud::Transaction::begin(*m_connection);
        QVERIFY(transaction);
        auto writer = ud::UsageWriter::create(*m_connection);
        QVERIFY(writer);
        const auto key = store.keyOf(tenants.first().tenantId);
        QVERIFY(key && key->has_value());
        QVERIFY((*writer)->add({**key, QDate(2026, 10, 31), 90, 1000, 1000, 5}));
        QVERIFY((*writer)->add({**key, QDate(2026, 11, 1), 120, 7, 11, 5}));
        QVERIFY((*writer)->add({**key, QDate(2026, 11, 2), 110, 3, 4, 5}));
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void cleanup()
    {
        QVERIFY(!MessageBox::hasPendingAnswer());
        QSettings().clear();
    }

    void rowsArriveSortedWithThisMonthsFigures()
    {
        TenantsPage page(*m_connection, m_admin, fixedClock());
        QAbstractItemModelTester tester(page.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitSettled(page);
        QCOMPARE(shownHostnames(page),
                 QStringList({u"a.example.com"_s, u"b.example.com"_s, u"c.example.com"_s,
                              u"d.example.com"_s, u"e.example.com"_s, u"f.example.org"_s}));
        QCOMPARE(child<QLabel>(&page, u"countLabel"_s)->text(), u"6 tenants"_s);

        TenantTableModel *model = page.model();
        const int d = 3;
        QCOMPARE(model->index(d, TenantTableModel::UsersThisMonth)
                     .data(TenantTableModel::RawValueRole)
                     .toLongLong(),
                 110); // the latest day's users
        QCOMPARE(model->index(d, TenantTableModel::VoiceCreditsThisMonth)
                     .data(TenantTableModel::RawValueRole)
                     .toLongLong(),
                 10);
        QCOMPARE(model->index(d, TenantTableModel::SmsCreditsThisMonth)
                     .data(TenantTableModel::RawValueRole)
                     .toLongLong(),
                 15);
        QCOMPARE(model->index(0, TenantTableModel::VoiceCreditsThisMonth)
                     .data(TenantTableModel::RawValueRole)
                     .toLongLong(),
                 0);

        // Clicking a column header sorts by it, in the database.
        QHeaderView *header = page.view()->horizontalHeader();
        const int companyX = header->sectionViewportPosition(TenantTableModel::CompanyName) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(companyX, 5));
        waitSettled(page);
        QCOMPARE(model->sortColumn(), int(TenantTableModel::CompanyName));
        // Byte order of company names: "Acme Corp" < "Acmeish" < "Big ACME" < ... < "acme labs".
        QCOMPARE(shownHostnames(page),
                 QStringList({u"d.example.com"_s, u"e.example.com"_s, u"b.example.com"_s,
                              u"c.example.com"_s, u"f.example.org"_s, u"a.example.com"_s}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(companyX, 5));
        waitSettled(page);
        QCOMPARE(shownHostnames(page).first(), u"a.example.com"_s);
    }

    void filterDialogChipsSaveClear()
    {
        TenantsPage page(*m_connection, m_admin, fixedClock());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitSettled(page);
        auto *chips = child<FilterChipBar>(&page, u"filterChipBar"_s);
        QVERIFY(!chips->isVisible());

        // Filters… → build `company_name contains "acme" and contract_mode eq TRIAL` → Apply.
        whenModalOpens<FilterDialog>([](FilterDialog *dialog) {
            auto *add = child<QPushButton>(dialog, u"addButton"_s);
            QTest::mouseClick(add, Qt::LeftButton);
            QTest::mouseClick(add, Qt::LeftButton);
            QCOMPARE(dialog->rows().size(), 2);
            FilterConditionRow *first = dialog->rows().at(0);
            selectData(child<QComboBox>(first, u"attributeCombo"_s),
                       int(ud::FilterAttribute::CompanyName));
            selectData(child<QComboBox>(first, u"operatorCombo"_s),
                       int(ud::FilterOperator::Contains));
            QTest::keyClicks(child<QLineEdit>(first, u"textValueEdit"_s), u"acme"_s);
            FilterConditionRow *second = dialog->rows().at(1);
            selectData(child<QComboBox>(second, u"attributeCombo"_s),
                       int(ud::FilterAttribute::ContractMode));
            selectData(child<QComboBox>(second, u"operatorCombo"_s), int(ud::FilterOperator::Eq));
            auto *mode = child<QComboBox>(second, u"modeValueCombo"_s);
            mode->setCurrentIndex(mode->findText(u"TRIAL"_s));
            QTest::mouseClick(child<QPushButton>(dialog, u"applyButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&page, u"filtersButton"_s), Qt::LeftButton);
        QCOMPARE(page.filter().toText(), kAcmeTrials);

        // The chips, the text form, and the rows the filter selects.
        QVERIFY(chips->isVisible());
        QCOMPARE(chips->chipTexts(), QStringList({u"Company name contains \u201cacme\u201d"_s,
                                                  u"Contract mode is TRIAL"_s}));
        QCOMPARE(child<QLabel>(chips, u"filterTextLabel"_s)->text(), kAcmeTrials);
        waitSettled(page);
        QCOMPARE(shownHostnames(page), QStringList({u"b.example.com"_s, u"d.example.com"_s}));
        QCOMPARE(child<QLabel>(&page, u"countLabel"_s)->text(), u"2 tenants match"_s);

        // The quick search narrows the filtered list further.
        QTest::keyClicks(child<QLineEdit>(&page, u"searchEdit"_s), u"BIG"_s);
        QTRY_COMPARE(page.model()->quickSearch(), u"BIG"_s);
        waitSettled(page);
        QCOMPARE(shownHostnames(page), QStringList({u"b.example.com"_s}));
        child<QLineEdit>(&page, u"searchEdit"_s)->clear();
        QTRY_COMPARE(page.model()->quickSearch(), QString());
        waitSettled(page);

        // Save the filter under a name.
        whenModalOpens<SaveFilterDialog>([](SaveFilterDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Acme trials"_s);
            guitest::clickOk(dialog);
        });
        page.openSaveFilterDialog();
        const auto saved =
            ud::SavedFilterStore(*m_connection, m_admin, ud::systemClock()).find(u"acme TRIALS"_s);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(saved->has_value());
        QCOMPARE((*saved)->filterText, kAcmeTrials);

        // Clear it with the chips' Clear all: every tenant again.
        QTest::mouseClick(child<QPushButton>(chips, u"clearAllButton"_s), Qt::LeftButton);
        QVERIFY(page.filter().isEmpty());
        QVERIFY(!chips->isVisible());
        waitSettled(page);
        QCOMPARE(page.model()->rowCount(), 6);

        // Pick it again from the Saved filters menu.
        auto *menu = qobject_cast<SavedFiltersMenu *>(
            child<QToolButton>(&page, u"savedFiltersButton"_s)->menu());
        QVERIFY(menu);
        menu->reload();
        menu->actionFor(u"Acme trials"_s)->trigger();
        QCOMPARE(page.filter().toText(), kAcmeTrials);
        waitSettled(page);
        QCOMPARE(shownHostnames(page), QStringList({u"b.example.com"_s, u"d.example.com"_s}));

        // Removing one chip keeps the other condition.
        QTest::mouseClick(child<QToolButton>(chips, u"chipRemove1"_s), Qt::LeftButton);
        QCOMPARE(page.filter().toText(), u"company_name contains acme"_s);
        waitSettled(page);
        QCOMPARE(page.model()->rowCount(), 4);
    }

    void rowActionsMenuAndUsage()
    {
        TenantsPage page(*m_connection, m_admin, fixedClock());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitSettled(page);

        // The "⋯" button of row d.example.com opens its menu.
        QTableView *view = page.view();
        const int actionsColumn = view->model()->columnCount() - 1;
        const QRect cell = view->visualRect(view->model()->index(3, actionsColumn));
        QVERIFY(cell.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        QCOMPARE(texts, QStringList({u"&Generate Usage Report…"_s, u"&View Usage"_s,
                                     u"&Edit Tenant…"_s, u"&Remove Tenant…"_s}));
        // A Super Administrator may generate.
        QVERIFY(menu->actions().at(0)->isEnabled());
        // (QAction shows its text when it has no tooltip of its own.)
        QVERIFY(!menu->actions().at(0)->toolTip().contains(u"Your role"_s));
        menu->close();

        // View Usage shows the tenant's usage in place; Back returns.
        page.rowMenu(3)->actions().at(1)->trigger();
        QVERIFY(page.isShowingUsage());
        QVERIFY(page.usagePage()->isVisible());
        QVERIFY(!page.view()->isVisible());
        page.showList();
        QVERIFY(!page.isShowingUsage());

        // The list's actions: Generate Usage Report (not yet), Export, Add.
        QStringList listTexts;
        for (QAction *action : page.listMenu()->actions()) {
            if (!action->isSeparator())
                listTexts << action->text();
        }
        QVERIFY2(listTexts.contains(u"&Generate Usage Report for All Tenants…"_s),
                 qPrintable(listTexts.join(u", "_s)));
        QVERIFY(listTexts.contains(u"&Export List to CSV…"_s));
        QVERIFY(listTexts.contains(u"&Add Tenant…"_s));
    }

    // The seed's three ways to the Generate Usage Report dialog: a tenant's
    // row, the Actions menu for all tenants, and the Actions menu while a
    // filter is active. Confirming hands the request on.
    void generateUsageReportThreeWays()
    {
        TenantsPage page(*m_connection, m_admin, fixedClock());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitSettled(page);
        QSignalSpy requested(&page, &TenantsPage::reportRequested);
        QVERIFY(requested.isValid());

        // Fills in the open dialog, waits for its scope line, confirms.
        const auto confirm = [&page](const QString &name, const QString &scopeLine) {
            GenerateReportDialog *dialog = page.generateDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCounting(), 10000);
            QCOMPARE(child<QLabel>(dialog, u"scopeLabel"_s)->text(), scopeLine);
            QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), name);
            guitest::clickOk(dialog);
            QVERIFY(!dialog->isVisible());
        };

        // 1. The "⋯" menu of d.example.com's row.
        const int d = int(shownHostnames(page).indexOf(u"d.example.com"_s));
        QVERIFY(d >= 0);
        QAction *rowGenerate = page.rowMenu(d)->actions().at(0);
        QCOMPARE(rowGenerate->text(), u"&Generate Usage Report…"_s);
        rowGenerate->trigger();
        QVERIFY(page.generateDialog());
        QCOMPARE(page.generateDialog()->scope().text(),
                 u"tenant:00000000-0000-4000-8000-000000000001"_s);
        confirm(u"Acme Corp November"_s, u"1 tenant: d.example.com"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(requested.size(), 1);
        ud::ReportRequest request = requested.at(0).at(0).value<ud::ReportRequest>();
        QCOMPARE(request.name, u"Acme Corp November"_s);
        QCOMPARE(request.scope, u"tenant:00000000-0000-4000-8000-000000000001"_s);
        QCOMPARE(request.period, u"last-month"_s);
        QCOMPARE(request.delimiter, u"comma"_s);
        QVERIFY(!request.bom);
        QVERIFY(request.formulaGuard);
        QCOMPARE(request.today, QDate(2026, 11, 20)); // the page's clock, in UTC
        // The dialog deletes itself once closed.
        QTRY_VERIFY(!page.generateDialog());

        // 2. The Actions menu without a filter: every tenant.
        QAction *listGenerate = page.listMenu()->actions().at(0);
        QCOMPARE(listGenerate->text(), u"&Generate Usage Report for All Tenants…"_s);
        QVERIFY(listGenerate->isEnabled());
        listGenerate->trigger();
        QCOMPARE(page.generateDialog()->scope().text(), u"all"_s);
        QVERIFY(child<QLabel>(page.generateDialog(), u"quickSearchNote"_s)->isHidden());
        confirm(u"Everyone"_s,
                u"All %1 tenants"_s.arg(QLocale().toString(*page.model()->totalCount())));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(requested.size(), 2);
        request = requested.at(1).at(0).value<ud::ReportRequest>();
        QCOMPARE(request.name, u"Everyone"_s);
        QCOMPARE(request.scope, u"all"_s);

        // 3. With a filter (and a quick search, which the scope leaves out).
        page.setFilter(*ud::FilterParser::parse(kAcmeTrials));
        QTest::keyClicks(child<QLineEdit>(&page, u"searchEdit"_s), u"BIG"_s);
        QTRY_COMPARE(page.model()->quickSearch(), u"BIG"_s);
        waitSettled(page);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(listGenerate->text(), u"&Generate Usage Report for the Filtered List…"_s);
        listGenerate->trigger();
        QCOMPARE(page.generateDialog()->scope().text(), QString(u"filter:"_s + kAcmeTrials));
        QVERIFY(!child<QLabel>(page.generateDialog(), u"quickSearchNote"_s)->isHidden());
        confirm(u"Acme trials"_s, u"2 tenants matching the filter"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(requested.size(), 3);
        request = requested.at(2).at(0).value<ud::ReportRequest>();
        QCOMPARE(request.name, u"Acme trials"_s);
        QCOMPARE(request.scope, QString(u"filter:"_s + kAcmeTrials));

        // Cancel emits nothing.
        listGenerate->trigger();
        QVERIFY(page.generateDialog());
        page.generateDialog()->reject();
        QTRY_VERIFY(!page.generateDialog());
        QCOMPARE(requested.size(), 3);
    }

    void generatingNeedsExportReportsAddAndTenantsView()
    {
        const qint64 viewerRole =
            accesstest::addRole(*m_connection, u"Report reader"_s,
                                accesstest::grants({u"tenants:view"_s, u"export_reports:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"reader"_s, viewerRole);
        const ud::Actor reader = accesstest::actorOf(*m_connection, u"reader"_s);
        {
            TenantsPage page(*m_connection, reader, fixedClock());
            page.show();
            waitSettled(page);
            QSignalSpy requested(&page, &TenantsPage::reportRequested);
            QAction *rowGenerate = page.rowMenu(0)->actions().at(0);
            QAction *listGenerate = page.listMenu()->actions().at(0);
            for (QAction *action : {rowGenerate, listGenerate}) {
                QVERIFY(!action->isEnabled());
                QVERIFY2(action->toolTip().contains(u"Export Reports: Add"_s),
                         qPrintable(action->toolTip()));
            }
            // Nor by any other way in.
            rowGenerate->trigger();
            QVERIFY(!page.generateReportForList());
            QVERIFY(!page.generateReportForRow(0));
            QVERIFY(!page.openGenerateDialog(ud::ReportScope::all()));
            QVERIFY(!page.generateDialog());
            QCOMPARE(requested.size(), 0);
        }

        const qint64 makerRole =
            accesstest::addRole(*m_connection, u"Report maker"_s,
                                accesstest::grants({u"tenants:view"_s, u"export_reports:add"_s}));
        accesstest::insertAdministrator(*m_connection, u"maker"_s, makerRole);
        const ud::Actor maker = accesstest::actorOf(*m_connection, u"maker"_s);
        TenantsPage page(*m_connection, maker, fixedClock());
        page.show();
        waitSettled(page);
        QVERIFY(page.listMenu()->actions().at(0)->isEnabled());
        QVERIFY(page.rowMenu(0)->actions().at(0)->isEnabled());
        GenerateReportDialog *dialog = page.generateReportForRow(0);
        QVERIFY(dialog);
        QCOMPARE(dialog->scope().kind(), ud::ReportScope::Kind::Tenant);
        QCOMPARE(dialog->scope().tenantId(), page.model()->tenantAt(0)->tenantId);
        dialog->reject();
    }

    void addEditRemoveThroughTheDialogs()
    {
        TenantsPage page(*m_connection, m_admin, fixedClock());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitSettled(page);

        // A bad hostname first: the dialog says why and stays open.
        whenModalOpens<TenantDialog>([](TenantDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, u"hostnameEdit"_s), u"new host.example"_s);
            QTest::keyClicks(child<QLineEdit>(dialog, u"companyNameEdit"_s), u"New Co"_s);
            guitest::clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(child<QLabel>(dialog, u"hostnameError"_s)->isVisible());
            auto *host = child<QLineEdit>(dialog, u"hostnameEdit"_s);
            host->clear();
            QTest::keyClicks(host, u"New.Example.net"_s);
            guitest::clickOk(dialog);
        });
        page.addTenant();
        waitSettled(page);
        QCOMPARE(page.model()->rowCount(), 7);
        QVERIFY(shownHostnames(page).contains(u"new.example.net"_s));

        const int row = int(shownHostnames(page).indexOf(u"new.example.net"_s));
        whenModalOpens<TenantDialog>([](TenantDialog *dialog) {
            auto *company = child<QLineEdit>(dialog, u"companyNameEdit"_s);
            company->clear();
            QTest::keyClicks(company, u"Renamed Co"_s);
            guitest::clickOk(dialog);
        });
        page.editTenant(row);
        waitSettled(page);
        const int edited = int(shownHostnames(page).indexOf(u"new.example.net"_s));
        QVERIFY(edited >= 0);
        QCOMPARE(page.model()->tenantAt(edited)->companyName, u"Renamed Co"_s);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.removeTenant(edited);
        QVERIFY(MessageBox::lastText().contains(u"new.example.net"_s));
        waitSettled(page);
        QCOMPARE(page.model()->rowCount(), 6);
        QVERIFY(!shownHostnames(page).contains(u"new.example.net"_s));
    }

    void exportWritesTheListedTenants()
    {
        TenantsPage page(*m_connection, m_admin, fixedClock());
        page.setFilter(*ud::FilterParser::parse(u"contract_mode eq TRIAL"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tenants.csv"_s);
        QSignalSpy finished(&page, &TenantsPage::exportFinished);
        page.exportTo(path);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), QByteArray("tenant_id,hostname,company_name,contract_mode,locked,"
                                           "service_provider,authentication_account,"
                                           "issuance_account,created_on\r"));
        QCOMPARE(csv.count("\r\n"), 4); // header and three TRIAL tenants
        QVERIFY(csv.contains(",b.example.com,Big ACME,TRIAL,"));

        // An export into a folder that does not exist fails plainly and writes nothing.
        const QString bad = dir.filePath(u"missing/tenants.csv"_s);
        page.exportTo(bad);
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY2(finished.at(1).at(1).toString().contains(u"annot write"_s),
                 qPrintable(finished.at(1).at(1).toString()));
        QVERIFY(!QFile::exists(bad));
    }

    void aViewOnlyRoleGetsNoChangingActions()
    {
        const qint64 role = accesstest::addRole(*m_connection, u"Tenant viewer"_s,
                                                accesstest::grants({u"tenants:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"viewer"_s, role);
        const ud::Actor viewer = accesstest::actorOf(*m_connection, u"viewer"_s);
        TenantsPage page(*m_connection, viewer, fixedClock());
        page.show();
        waitSettled(page);
        QCOMPARE(page.model()->rowCount(), 6);
        QStringList texts;
        for (QAction *action : page.rowMenu(0)->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        QCOMPARE(texts, QStringList({u"&Generate Usage Report…"_s, u"&View Usage"_s}));
        // No usage_data:view: View Usage is there but disabled, and says why.
        QVERIFY(!page.rowMenu(0)->actions().at(1)->isEnabled());
        for (QAction *action : page.listMenu()->actions())
            QVERIFY(action->text() != u"&Add Tenant…"_s || !action->isVisible());
    }
};

QTEST_MAIN(TestTenantsPage)
#include "tst_tenantspage_gui.moc"
