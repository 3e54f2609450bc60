// Issue #7: every page works from the keyboard alone. The main window is
// driven with QTest::keyClick only: the Go shortcuts reach each page, Ctrl+N,
// Delete, F5, Ctrl+F, Ctrl+E, Enter, Alt+Left and the Menu key do what the
// user guide's Keyboard section says, dialogs open, cancel and confirm, and
// every control a keyboard can reach has a name a screen reader announces.
#include "AccessTestSupport.h"
#include "AdministratorDialog.h"
#include "AdministratorsPage.h"
#include "AuditLogPage.h"
#include "ErrorText.h"
#include "FilterDialog.h"
#include "GenerateReportDialog.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "MessageBox.h"
#include "RenameReportDialog.h"
#include "ReportsPage.h"
#include "SaveFilterDialog.h"
#include "SavedFiltersDialog.h"
#include "ScheduleDialog.h"
#include "ScheduledReportsPage.h"
#include "SignInDialog.h"
#include "TenantDialog.h"
#include "TenantsPage.h"
#include "TestDatabase.h"
#include "filters/FilterParser.h"
#include "reports/ReportScope.h"
#include "tenants/TenantAdministration.h"
#include "tenants/TenantTableModel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;
using accesstest::signInAsAdmin;
using Page = MainWindow::Page;

namespace {

void addTenants(const ud::Connection &connection, const ud::Actor &admin, int count)
{
    ud::TenantAdministration service(connection, admin, ud::systemClock());
    for (int n = 1; n <= count; ++n) {
        ud::Tenant tenant;
        tenant.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
        tenant.hostname = u"k%1.example.com"_s.arg(n);
        tenant.companyName = u"Keyboard %1"_s.arg(n);
        tenant.contractMode = ud::ContractMode::Production;
        tenant.createdOn = QDate(2024, 5, n);
        if (!service.add(tenant))
            qFatal("cannot add tenant %d", n);
    }
}

qint64 countWhere(const ud::Connection &connection, const QString &sql, const QString &value)
{
    QSqlQuery query(connection.database());
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        qFatal("query failed: %s", qUtf8Printable(sql));
    return query.value(0).toLongLong();
}

// A key press as the window system delivers it: to the focused window,
// where shortcuts are matched before the focus widget sees the key.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWindow *window = QGuiApplication::focusWindow();
    // A dialog just opened may be active before the focus window follows.
    if (QWidget *modal = QApplication::activeModalWidget();
        modal && modal->windowHandle() && window != modal->windowHandle()) {
        if (!QTest::qWaitFor(
                [modal] { return QGuiApplication::focusWindow() == modal->windowHandle(); }))
            qWarning("the dialog never got the keyboard focus");
        window = modal->windowHandle();
    }
    if (!window) {
        // The offscreen platform gives the focus back to no window when a
        // dialog closes; a window manager gives it to the dialog's parent.
        QWidget *next = QApplication::activeModalWidget();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!next && top->isVisible() && top->inherits("MainWindow"))
                next = top;
        }
        if (!next)
            qFatal("no window to type into");
        next->activateWindow();
        if (!QTest::qWaitForWindowActive(next))
            qFatal("the window does not become active");
        window = next->windowHandle();
    }
    QTest::keyClick(window, Qt::Key(key), modifiers);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Moves the current row of `view` down with the arrow key until `text` is in
// the given column; false when the last row is passed.
bool arrowTo(QTableView *view, int column, const QString &text)
{
    view->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i <= view->model()->rowCount(); ++i) {
        if (view->currentIndex().siblingAtColumn(column).data().toString() == text)
            return true;
        press(Qt::Key_Down);
    }
    return false;
}

// The name a screen reader announces for `widget`: its accessible name, a
// buddy label's text, or its own text.
QString announcedName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Every visible control under `root` that Tab reaches (and every progress
// bar) that would be announced without a name.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled())
            continue;
        const bool reachable = widget->focusPolicy() & Qt::TabFocus;
        if (!reachable && !qobject_cast<QProgressBar *>(widget))
            continue;
        // The parts of a combo box or spin box are announced as the box,
        // which is checked itself.
        if (widget->parentWidget() && (widget->parentWidget()->inherits("QComboBox") ||
                                       widget->parentWidget()->inherits("QAbstractSpinBox")))
            continue;
        // A scroll area's viewport is part of its view, which is checked.
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea") &&
            widget->objectName() == "qt_scrollarea_viewport"_L1)
            continue;
        if (announcedName(widget).isEmpty())
            unnamed << u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                          widget->objectName());
    }
    return unnamed;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_keyboard_gui"_s);
        ErrorText::install(*qApp);
    }

    void init()
    {
        QSettings().clear();
        // The window must not run schedules behind the test's back.
        QSettings().setValue(u"schedules/runWhileOpen"_s, false);
        m_db = TestDatabase::create(true);
        m_connection = m_db->connect(u"gui"_s);
        const ud::Actor admin = signInAsAdmin(*m_connection);
        addTenants(*m_connection, admin, 5);
        m_window = std::make_unique<MainWindow>(*m_connection, admin);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_connection.reset();
        m_db.reset();
    }

    void goShortcutsReachEveryPage()
    {
        const Page pages[] = {Page::Tenants, Page::Reports,  Page::ScheduledReports,
                              Page::Members, Page::AuditLog, Page::Settings};
        for (int i = 5; i >= 0; --i) {
            press(Qt::Key_1 + i, Qt::ControlModifier);
            QCOMPARE(m_window->currentPage(), pages[i]);
        }
        // The navigation list follows the arrow keys too.
        auto *navigation = m_window->findChild<QWidget *>(u"navigationList"_s);
        navigation->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Home);
        QCOMPARE(m_window->currentPage(), Page::Tenants);
        press(Qt::Key_Down);
        QCOMPARE(m_window->currentPage(), Page::Reports);
    }

    void everyReachableControlHasAName()
    {
        for (int i = 0; i < 6; ++i) {
            press(Qt::Key_1 + i, Qt::ControlModifier);
            QWidget *page = m_window->findChild<QWidget *>(u"pages"_s);
            const QStringList unnamed = unnamedControls(page);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(u"page %1: "_s.arg(i + 1) + unnamed.join(u", "_s)));
        }
        QVERIFY(unnamedControls(m_window->findChild<QWidget *>(u"navigationList"_s)->parentWidget())
                    .isEmpty());

        // The dialogs the pages open by keyboard.
        press(Qt::Key_3, Qt::ControlModifier);
        press(Qt::Key_N, Qt::ControlModifier);
        // The page deletes the dialog when it closes.
        QPointer<ScheduleDialog> schedule;
        QTRY_VERIFY((schedule = m_window->findChild<ScheduleDialog *>()) && schedule->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(schedule));
        QStringList unnamed = unnamedControls(schedule);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"schedule dialog: "_s + unnamed.join(u", "_s)));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!schedule || !schedule->isVisible());

        press(Qt::Key_4, Qt::ControlModifier);
        auto *tabs = m_window->findChild<QTabWidget *>(u"membersTabs"_s);
        tabs->setCurrentIndex(1);
        press(Qt::Key_N, Qt::ControlModifier);
        AdministratorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AdministratorDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"administrator dialog: "_s + unnamed.join(u", "_s)));
        press(Qt::Key_Escape);
    }

    void everyDialogControlHasAName()
    {
        const ud::Actor admin = signInAsAdmin(*m_connection);
        ud::TenantAdministration tenants(*m_connection, admin, ud::systemClock());
        const auto filter = ud::FilterParser::parse(u"hostname contains k"_s);
        QVERIFY(filter.ok());
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<SignInDialog>(*m_connection));
        dialogs.push_back(std::make_unique<TenantDialog>(tenants, QDate(2025, 1, 1)));
        dialogs.push_back(std::make_unique<FilterDialog>());
        dialogs.push_back(std::make_unique<GenerateReportDialog>(
            m_db->target(), admin, ud::ReportScope::all(), QDate(2025, 1, 1)));
        dialogs.push_back(std::make_unique<RenameReportDialog>(u"October"_s));
        dialogs.push_back(
            std::make_unique<SaveFilterDialog>(*m_connection, admin, ud::systemClock(), *filter));
        dialogs.push_back(
            std::make_unique<SavedFiltersDialog>(*m_connection, admin, ud::systemClock()));
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList unnamed = unnamedControls(dialog.get());
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u": "_s +
                                unnamed.join(u", "_s)));
            dialog->reject();
        }
    }

    void rolesByKeyboard()
    {
        press(Qt::Key_4, Qt::ControlModifier);
        auto *tabs = m_window->findChild<QTabWidget *>(u"membersTabs"_s);
        QCOMPARE(tabs->currentIndex(), 0); // Roles
        // Ctrl+N opens the Add Role page with the cursor in Name.
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(focused()->objectName(), u"nameEdit"_s);
        QTest::keyClicks(focused(), u"Keyboard Role"_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        const QString countRoles = u"SELECT COUNT(*) FROM roles WHERE name = ?"_s;
        QTRY_COMPARE(countWhere(*m_connection, countRoles, u"Keyboard Role"_s), 1);

        auto *view = m_window->findChild<QTableView *>(u"rolesView"_s);
        QTRY_VERIFY(view->isVisible());
        QTRY_VERIFY(arrowTo(view, 0, u"Keyboard Role"_s));

        // The Menu key opens the row's menu; Escape closes it.
        press(Qt::Key_Menu);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QVERIFY(!menu->actions().isEmpty());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        press(Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());

        // Delete asks; No keeps the role, Yes removes it.
        MessageBox::setNextAnswer(QMessageBox::No);
        press(Qt::Key_Delete);
        // A button's shortcut clicks it visibly, a moment later.
        QTRY_VERIFY(!MessageBox::hasPendingAnswer());
        QCOMPARE(countWhere(*m_connection, countRoles, u"Keyboard Role"_s), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(Qt::Key_Delete);
        QTRY_COMPARE(countWhere(*m_connection, countRoles, u"Keyboard Role"_s), 0);
    }

    void administratorDialogByKeyboard()
    {
        press(Qt::Key_4, Qt::ControlModifier);
        auto *tabs = m_window->findChild<QTabWidget *>(u"membersTabs"_s);
        tabs->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1); // Administrators
        const QString countAdmins = u"SELECT COUNT(*) FROM administrators WHERE user_name = ?"_s;

        // Escape cancels: nothing is added.
        press(Qt::Key_N, Qt::ControlModifier);
        AdministratorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AdministratorDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(focused()->objectName(), u"userNameEdit"_s);
        QTest::keyClicks(focused(), u"kim"_s);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<AdministratorDialog *>());
        QCOMPARE(countWhere(*m_connection, countAdmins, u"kim"_s), 0);

        // Tab walks the form in reading order; Enter confirms.
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY((dialog = m_window->findChild<AdministratorDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(focused()->objectName(), u"userNameEdit"_s);
        QTest::keyClicks(focused(), u"kim"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), u"displayNameEdit"_s);
        QTest::keyClicks(focused(), u"Kim Keys"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), u"emailEdit"_s);
        QTest::keyClicks(focused(), u"kim@example.com"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), u"roleCombo"_s);
        auto *role = qobject_cast<QComboBox *>(focused());
        const int auditor = role->findText(u"Auditor"_s);
        QVERIFY(auditor >= 0);
        while (role->currentIndex() < auditor)
            press(Qt::Key_Down);
        press(Qt::Key_Tab); // "Enabled" only shows when editing
        QCOMPARE(focused()->objectName(), u"passwordEdit"_s);
        QTest::keyClicks(focused(), u"kim's long password"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), u"repeatEdit"_s);
        QTest::keyClicks(focused(), u"kim's long password"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<AdministratorDialog *>(), 15000);
        QCOMPARE(countWhere(*m_connection, countAdmins, u"kim"_s), 1);
    }

    void tenantsSearchOpenBackAndExport()
    {
        press(Qt::Key_1, Qt::ControlModifier);
        TenantsPage *tenants = m_window->tenantsPage();
        QTableView *view = tenants->view();
        QTRY_COMPARE(view->model()->rowCount(), 5);

        // Ctrl+F goes to the quick search.
        view->setFocus(Qt::TabFocusReason);
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused()->objectName(), u"searchEdit"_s);

        // Enter on a row opens its usage; Alt+Left comes back.
        QVERIFY(arrowTo(view, ud::TenantTableModel::Hostname, u"k2.example.com"_s));
        press(Qt::Key_Return);
        QVERIFY(tenants->isShowingUsage());
        press(Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!tenants->isShowingUsage());

        // F5 reloads the list from the database.
        ud::TenantAdministration service(*m_connection, signInAsAdmin(*m_connection),
                                         ud::systemClock());
        QVERIFY(service.remove(u"00000000-0000-4000-8000-000000000005"_s).ok());
        view->setFocus(Qt::TabFocusReason);
        press(Qt::Key_F5);
        QTRY_COMPARE(view->model()->rowCount(), 4);

        // Ctrl+E asks where to export the list; Escape leaves it unwritten.
        bool asked = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&asked, &answer] {
            auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!chooser || !chooser->isActiveWindow())
                return;
            asked = true;
            answer.stop();
            press(Qt::Key_Escape);
        });
        answer.start();
        press(Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(asked);
        answer.stop();
    }

    void reportsAndSchedulesRefreshAndAuditSearch()
    {
        press(Qt::Key_2, Qt::ControlModifier);
        ReportsPage *reports = m_window->reportsPage();
        QSignalSpy loaded(reports, &ReportsPage::listLoaded);
        reports->view()->setFocus(Qt::TabFocusReason);
        press(Qt::Key_F5);
        QTRY_VERIFY(loaded.count() >= 1);

        press(Qt::Key_3, Qt::ControlModifier);
        auto *schedules = m_window->findChild<QTableView *>(u"scheduleTable"_s);
        schedules->setFocus(Qt::TabFocusReason);
        press(Qt::Key_N, Qt::ControlModifier);
        QPointer<ScheduleDialog> dialog; // deleted when it closes
        QTRY_VERIFY((dialog = m_window->findChild<ScheduleDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        press(Qt::Key_5, Qt::ControlModifier);
        m_window->auditLogPage()->findChild<QTableView *>(u"auditView"_s)->setFocus();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused()->objectName(), u"actionEdit"_s);
    }

    void tooltipsNameTheShortcuts()
    {
        press(Qt::Key_4, Qt::ControlModifier);
        auto *add = m_window->findChild<QAbstractButton *>(u"addButton"_s);
        const QString keys = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
        QVERIFY2(add->toolTip().contains(keys), qPrintable(add->toolTip()));
        auto *refresh = m_window->findChild<QAbstractButton *>(u"refreshButton"_s);
        QVERIFY2(refresh->toolTip().contains(u"F5"_s), qPrintable(refresh->toolTip()));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard_gui.moc"
