// Issue #7: the window, its splitters and every table's columns (order,
// widths, sort, hidden ones) come back as they were left, after a restart.
// QSettings lives in a test location (QStandardPaths test mode) under a
// scoped organisation name.
#include "AccessTestSupport.h"
#include "MainWindow.h"
#include "ReportsPage.h"
#include "TenantsPage.h"
#include "TestDatabase.h"
#include "ViewStateMemory.h"
#include "tenants/TenantTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::signInAsAdmin;
using Column = ud::TenantTableModel::Column;

class TestViewState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_viewstate_gui"_s);
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(u"schedules/runWhileOpen"_s, false);
    }

    void windowAndColumnsSurviveARestart()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect(u"gui"_s);
        const ud::Actor admin = signInAsAdmin(*connection);
        QSize size;
        int reportsWidth = 0;
        QList<int> splitterSizes;
        {
            MainWindow window(*connection, admin);
            QSignalSpy loaded(window.reportsPage(), &ReportsPage::listLoaded);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Any size the layout allows, other than the form's default.
            window.resize(window.minimumSizeHint() + QSize(53, 47));
            size = window.size();
            QVERIFY(size != QSize(1100, 720));
            QHeaderView *header = window.tenantsPage()->view()->horizontalHeader();
            header->resizeSection(Column::Hostname, 321);
            header->moveSection(header->visualIndex(Column::CompanyName), 4);
            header->setSortIndicator(Column::CreatedOn, Qt::DescendingOrder);
            header->hideSection(Column::Locked);
            auto *splitter = window.findChild<QSplitter *>(u"splitter"_s);
            splitter->setSizes({230, 490});
            splitterSizes = splitter->sizes();

            window.showPage(MainWindow::Page::Reports);
            QTRY_VERIFY(loaded.count() >= 1);
            QHeaderView *reports = window.reportsPage()->view()->horizontalHeader();
            reportsWidth = reports->sectionSize(0) + 37;
            reports->resizeSection(0, reportsWidth);
            window.close();
        }
        MainWindow window(*connection, admin);
        QSignalSpy loaded(window.reportsPage(), &ReportsPage::listLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        QCOMPARE(window.findChild<QSplitter *>(u"splitter"_s)->sizes().constFirst(),
                 splitterSizes.constFirst());
        QCOMPARE(window.currentPage(), MainWindow::Page::Reports);
        QHeaderView *header = window.tenantsPage()->view()->horizontalHeader();
        QCOMPARE(header->sectionSize(Column::Hostname), 321);
        QCOMPARE(header->visualIndex(Column::CompanyName), 4);
        QCOMPARE(header->sortIndicatorSection(), int(Column::CreatedOn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(header->isSectionHidden(Column::Locked));
        QVERIFY(!header->isSectionHidden(Column::Hostname));
        // The list loads after the state is restored and must not resize it.
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(window.reportsPage()->view()->horizontalHeader()->sectionSize(0), reportsWidth);
    }

    void theWindowFitsASmallScreen()
    {
        // Restoring a geometry is only useful if the window may be that small:
        // every page must fit a 1024 px wide screen (2048 px at scale 2).
        auto db = TestDatabase::create(true);
        auto connection = db->connect(u"gui"_s);
        MainWindow window(*connection, signInAsAdmin(*connection));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
    }

    void aChangeIsWrittenWithoutWaitingForTheWindowToClose()
    {
        QStandardItemModel model(3, 4);
        QTableView view;
        view.setModel(&model);
        QVERIFY(!ViewStateMemory::remember(view.horizontalHeader(), u"test/header"_s));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.horizontalHeader()->resizeSection(2, 211);
        // Written shortly after the change, so a crash does not lose it.
        QTRY_VERIFY(QSettings().contains(u"test/header"_s));

        QTableView again;
        again.setModel(&model);
        QVERIFY(ViewStateMemory::remember(again.horizontalHeader(), u"test/header"_s));
        QCOMPARE(again.horizontalHeader()->sectionSize(2), 211);
    }

    void aDamagedStateIsIgnored()
    {
        QSettings().setValue(u"test/header"_s, QByteArray("not a header state"));
        QStandardItemModel model(3, 4);
        QTableView view;
        view.setModel(&model);
        const int width = view.horizontalHeader()->sectionSize(1);
        QVERIFY(!ViewStateMemory::remember(view.horizontalHeader(), u"test/header"_s));
        QCOMPARE(view.horizontalHeader()->sectionSize(1), width);
        QCOMPARE(view.horizontalHeader()->count(), 4);
    }
};

QTEST_MAIN(TestViewState)
#include "tst_viewstate_gui.moc"
