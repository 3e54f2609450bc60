#include "MainWindow.h"
#include "TestDatabase.h"
#include "access/SignIn.h"

#include <QApplication>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("UsageDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void navigationShowsEachPage()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect(QStringLiteral("gui"));
        const auto actor = ud::SignIn(*connection, ud::systemClock())
                               .signIn(QString::fromLatin1(TestDatabase::kAdminUser),
                                       QString::fromLatin1(TestDatabase::kAdminPassword));
        QVERIFY(actor.ok());
        MainWindow window(*connection, *actor);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(navigation && pages);
        QCOMPARE(navigation->count(), 6);
        QCOMPARE(pages->count(), 6);
        for (int row = navigation->count() - 1; row >= 0; --row) {
            navigation->setCurrentRow(row);
            QCOMPARE(pages->currentIndex(), row);
        }
        window.showPage(MainWindow::Page::Settings);
        QCOMPARE(pages->currentIndex(), 5);
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
