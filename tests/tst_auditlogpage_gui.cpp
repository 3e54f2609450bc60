// The Audit Log page: newest first, a page at a time, filters, CSV export.
#include "AccessTestSupport.h"
#include "AuditLogPage.h"
#include "AuditTableModel.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "access/AuditLog.h"
#include "access/SignIn.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::signInAsAdmin;
using guitest::child;

class TestAuditLogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_auditlogpage_gui"_s);
    }

    void pagesFiltersAndExports()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        const ud::Actor admin = signInAsAdmin(*connection);
        // 450 old lines in January 2020, then a refused sign-in now.
        const QDateTime january(QDate(2020, 1, 15), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < 450; ++i) {
            QVERIFY(ud::AuditLog::append(*connection,
                                         {0, january.addSecs(i), u"carol"_s, u"export report"_s,
                                          u"r%1"_s.arg(i), true, u"=SUM(1)"_s})
                        .ok());
        }
        QVERIFY(!ud::SignIn(*connection, ud::systemClock())
                     .signIn(u"nobody"_s, u"wrong password"_s)
                     .ok());

        AuditLogPage page(*connection, admin);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = child<QTableView>(&page, u"auditView"_s);
        auto *more = child<QPushButton>(&page, u"loadMoreButton"_s);

        // Pages are read in the background: wait for each.
        const auto settled = [&page] {
            return !page.isLoading();
        };
        // Newest first: the refused sign-in of "nobody" is the first line.
        QTRY_VERIFY(settled());
        QCOMPARE(page.loadedLines(), AuditLogPage::kPageSize);
        const QModelIndex first = view->model()->index(0, AuditTableModel::Administrator);
        QCOMPARE(first.data().toString(), u"nobody"_s);
        QCOMPARE(view->model()->index(0, AuditTableModel::Outcome).data().toString(), u"Refused"_s);
        QVERIFY(more->isEnabled());
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(!more->isEnabled()); // while the page is read
        QTRY_VERIFY(settled());
        QCOMPARE(page.loadedLines(), 2 * AuditLogPage::kPageSize);
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(settled());
        const int all = page.loadedLines();
        QVERIFY(all >= 452); // 450 + the refusal + admin's sign-in
        QVERIFY(!more->isEnabled());

        // Outcome: refused only.
        child<QComboBox>(&page, u"outcomeCombo"_s)->setCurrentIndex(2);
        QTest::mouseClick(child<QPushButton>(&page, u"applyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(settled());
        QCOMPARE(page.loadedLines(), 1);

        // Administrator (any case) and action.
        page.clearFilter();
        child<QComboBox>(&page, u"actorCombo"_s)->setEditText(u"CAROL"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"applyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(settled());
        QCOMPARE(page.loadedLines(), AuditLogPage::kPageSize);
        child<QLineEdit>(&page, u"actionEdit"_s)->setText(u"sign"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"applyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(settled());
        QCOMPARE(page.loadedLines(), 0);

        // Date range (local days): only January 2020.
        page.clearFilter();
        child<QCheckBox>(&page, u"fromCheck"_s)->setChecked(true);
        child<QDateEdit>(&page, u"fromDate"_s)->setDate(QDate(2020, 1, 1));
        child<QCheckBox>(&page, u"toCheck"_s)->setChecked(true);
        child<QDateEdit>(&page, u"toDate"_s)->setDate(QDate(2020, 1, 31));
        QTest::mouseClick(child<QPushButton>(&page, u"applyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(settled());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(settled());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(settled());
        QCOMPARE(page.loadedLines(), 450);

        // Export what the filter matches, in the background.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        QSignalSpy finished(&page, &AuditLogPage::exportFinished);
        page.exportTo(path);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), QByteArray("at_utc,actor,action,object,outcome,detail\r"));
        QCOMPARE(csv.count("\r\n"), 451);
        QCOMPARE(
            lines.at(1),
            QByteArray("2020-01-15T12:07:29.000Z,carol,export report,r449,allowed,'=SUM(1)\r"));
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage_gui.moc"
