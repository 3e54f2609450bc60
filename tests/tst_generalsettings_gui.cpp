// Settings > General (offscreen) on both back ends: the tab comes first; the
// reporting time zone is saved to the database (with its audit line) and the
// language and report defaults to QSettings; a bad zone shows an inline error
// and changes nothing, in the database or in QSettings; a role without
// settings:edit sees the zone read-only; new reports and schedules start
// with the defaults; the Generate Usage Report dialog's calendars end on
// today in the reporting time zone.
#include "AccessTestSupport.h"
#include "GeneralSettingsTab.h"
#include "GenerateReportDialog.h"
#include "GuiTestSupport.h"
#include "ScheduleDialog.h"
#include "SettingsPage.h"
#include "TenantsPage.h"
#include "TestDatabase.h"
#include "core/Translations.h"
#include "settings/AppSettingsStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using guitest::child;

class TestGeneralSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;
    // 1 April already on Kiritimati (+14), still 31 March in UTC.
    QDateTime m_now = QDateTime(QDate(2026, 3, 31), QTime(23, 30), QTimeZone::utc());

    ud::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

    std::unique_ptr<SettingsPage> makePage(const ud::Actor &actor)
    {
        auto page = std::make_unique<SettingsPage>(*m_connection, actor, clock());
        page->show();
        return page;
    }

    static void typeZone(QWidget *page, const QString &zone)
    {
        auto *combo = child<QComboBox>(page, u"timeZoneCombo"_s);
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), zone);
        // The completer's popup would take the next click; a user presses Escape.
        QTest::keyClick(combo->lineEdit(), Qt::Key_Escape);
    }

    static void choose(QComboBox *combo, const QString &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

    QByteArray storedZone() const
    {
        return ud::AppSettingsStore::readReportingTimeZone(*m_connection).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_generalsettings_gui"_s);
        QSettings().clear();
    }

    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"gui"_s);
        m_admin = accesstest::superActor(*m_connection);
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
        QSettings().clear();
    }

    void generalTabComesFirst()
    {
        auto page = makePage(m_admin);
        auto *sections = child<QTabWidget>(page.get(), u"sections"_s);
        QCOMPARE(sections->widget(0)->objectName(), u"generalTab"_s);
        QCOMPARE(sections->tabText(0), u"General"_s);
        QCOMPARE(sections->currentIndex(), 0);
        // General, Database, E-mail.
        QCOMPARE(sections->indexOf(child<QWidget>(page.get(), u"databaseTab"_s)), 1);
        QCOMPARE(sections->indexOf(child<QWidget>(page.get(), u"emailTab"_s)), 2);
        QCOMPARE(child<QComboBox>(page.get(), u"timeZoneCombo"_s)->currentText(), u"UTC"_s);
        QCOMPARE(child<QComboBox>(page.get(), u"languageCombo"_s)->currentData().toString(),
                 QString());
        QCOMPARE(child<QComboBox>(page.get(), u"defaultDelimiterCombo"_s)->currentData().toString(),
                 u"comma"_s);
        QVERIFY(!child<QCheckBox>(page.get(), u"defaultBomCheck"_s)->isChecked());
    }

    void fillSaveAndReadBack()
    {
        auto page = makePage(m_admin);
        typeZone(page.get(), u"Pacific/Kiritimati"_s);
        choose(child<QComboBox>(page.get(), u"languageCombo"_s), u"de"_s);
        choose(child<QComboBox>(page.get(), u"defaultDelimiterCombo"_s), u"semicolon"_s);
        QTest::mouseClick(child<QCheckBox>(page.get(), u"defaultBomCheck"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(page.get(), u"generalSaveButton"_s), Qt::LeftButton);

        auto *status = child<QLabel>(page.get(), u"generalStatusLabel"_s);
        QVERIFY2(status->text().contains(u"next time"_s), qPrintable(status->text()));
        QVERIFY(child<QLabel>(page.get(), u"timeZoneError"_s)->isHidden());
        QCOMPARE(storedZone(), QByteArray("Pacific/Kiritimati"));
        QCOMPARE(accesstest::lastAuditLine(*m_db),
                 u"admin|set reporting time zone|reporting time zone|allowed|UTC -> "
                 "Pacific/Kiritimati"_s);
        const QSettings settings;
        QCOMPARE(settings.value(QString::fromLatin1(ud::kLanguageSettingsKey)).toString(), u"de"_s);
        QCOMPARE(ud::languageSetting(), u"de"_s);

        auto again = makePage(m_admin);
        QCOMPARE(child<QComboBox>(again.get(), u"timeZoneCombo"_s)->currentText(),
                 u"Pacific/Kiritimati"_s);
        QCOMPARE(child<QComboBox>(again.get(), u"languageCombo"_s)->currentData().toString(),
                 u"de"_s);
        QCOMPARE(
            child<QComboBox>(again.get(), u"defaultDelimiterCombo"_s)->currentData().toString(),
            u"semicolon"_s);
        QVERIFY(child<QCheckBox>(again.get(), u"defaultBomCheck"_s)->isChecked());

        // Saving again without a change writes no second audit line.
        const QString auditBefore = m_db->auditLog();
        QVERIFY(again->generalTab()->save());
        QCOMPARE(again->generalTab()->statusText(), u"Settings saved."_s);
        QCOMPARE(m_db->auditLog(), auditBefore);
    }

    void badZoneShowsInlineErrorAndChangesNothing()
    {
        auto page = makePage(m_admin);
        const QString auditBefore = m_db->auditLog();
        typeZone(page.get(), u"Europe/Atlantis"_s);
        choose(child<QComboBox>(page.get(), u"languageCombo"_s), u"fr"_s);
        choose(child<QComboBox>(page.get(), u"defaultDelimiterCombo"_s), u"tab"_s);
        QTest::mouseClick(child<QPushButton>(page.get(), u"generalSaveButton"_s), Qt::LeftButton);

        auto *error = child<QLabel>(page.get(), u"timeZoneError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().startsWith(u"Reporting time zone: "_s), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"Europe/Atlantis"_s));
        QVERIFY(!error->text().contains(u"--reporting-tz"_s)); // the label names the field
        QVERIFY(child<QLabel>(page.get(), u"generalStatusLabel"_s)->isHidden());
        QCOMPARE(storedZone(), QByteArray("UTC"));
        QCOMPARE(m_db->auditLog(), auditBefore);
        const QSettings settings;
        QVERIFY(!settings.contains(QString::fromLatin1(ud::kLanguageSettingsKey)));
        QVERIFY(!settings.contains(u"reportDefaults/delimiter"_s));

        // Correcting the field clears the message.
        typeZone(page.get(), u"Europe/Paris"_s);
        QVERIFY(error->isHidden());
        QVERIFY(page->generalTab()->save());
        QCOMPARE(storedZone(), QByteArray("Europe/Paris"));
    }

    void viewerSeesTheZoneReadOnly()
    {
        const qint64 role = accesstest::addRole(*m_connection, u"Settings viewers"_s,
                                                accesstest::grants({u"settings:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"viewer"_s, role);
        const ud::Actor viewer = accesstest::actorOf(*m_connection, u"viewer"_s);
        auto page = makePage(viewer);
        auto *zone = child<QComboBox>(page.get(), u"timeZoneCombo"_s);
        QVERIFY(!zone->isEnabled());
        QVERIFY(child<QComboBox>(page.get(), u"languageCombo"_s)->isEnabled());
        // Their own preferences still save; the shared zone stays as it was.
        choose(child<QComboBox>(page.get(), u"defaultDelimiterCombo"_s), u"pipe"_s);
        QVERIFY(page->generalTab()->save());
        QCOMPARE(QSettings().value(u"reportDefaults/delimiter"_s).toString(), u"pipe"_s);
        QCOMPARE(storedZone(), QByteArray("UTC"));
        QVERIFY(!m_db->auditLog().contains(u"viewer|set reporting time zone"_s));
    }

    void newReportsAndSchedulesStartWithTheDefaults()
    {
        {
            auto page = makePage(m_admin);
            choose(child<QComboBox>(page.get(), u"defaultDelimiterCombo"_s), u"semicolon"_s);
            child<QCheckBox>(page.get(), u"defaultBomCheck"_s)->setChecked(true);
            QVERIFY(page->generalTab()->save());
        }
        GenerateReportDialog report(m_connection->target(), m_admin, ud::ReportScope::all(),
                                    QDate(2026, 3, 31));
        QCOMPARE(child<QComboBox>(&report, u"delimiterCombo"_s)->currentData().toString(),
                 u"semicolon"_s);
        QVERIFY(child<QCheckBox>(&report, u"bomCheck"_s)->isChecked());
        ScheduleDialog schedule(*m_connection, m_admin, clock());
        QCOMPARE(child<QComboBox>(&schedule, u"delimiterCombo"_s)->currentData().toString(),
                 u"semicolon"_s);
        QVERIFY(child<QCheckBox>(&schedule, u"bomCheck"_s)->isChecked());

        // The dialog's own last choice wins until new defaults are saved.
        QSettings().setValue(u"generateReportDialog/delimiter"_s, u"pipe"_s);
        GenerateReportDialog remembered(m_connection->target(), m_admin, ud::ReportScope::all(),
                                        QDate(2026, 3, 31));
        QCOMPARE(child<QComboBox>(&remembered, u"delimiterCombo"_s)->currentData().toString(),
                 u"pipe"_s);
        {
            auto page = makePage(m_admin);
            choose(child<QComboBox>(page.get(), u"defaultDelimiterCombo"_s), u"tab"_s);
            QVERIFY(page->generalTab()->save());
        }
        GenerateReportDialog afterSave(m_connection->target(), m_admin, ud::ReportScope::all(),
                                       QDate(2026, 3, 31));
        QCOMPARE(child<QComboBox>(&afterSave, u"delimiterCombo"_s)->currentData().toString(),
                 u"tab"_s);
    }

    void generateDialogEndsOnTheReportingToday()
    {
        TenantsPage tenants(*m_connection, m_admin, clock());
        GenerateReportDialog *dialog = tenants.openGenerateDialog(ud::ReportScope::all());
        QVERIFY(dialog);
        QCOMPARE(child<QDateEdit>(dialog, u"toEdit"_s)->maximumDate(), QDate(2026, 3, 31));
        dialog->close();

        ud::AppSettingsStore store(*m_connection, m_admin, clock());
        QVERIFY(store.setReportingTimeZone("Pacific/Kiritimati"));
        dialog = tenants.openGenerateDialog(ud::ReportScope::all());
        QVERIFY(dialog);
        QCOMPARE(child<QDateEdit>(dialog, u"toEdit"_s)->maximumDate(), QDate(2026, 4, 1));
        dialog->close();
    }
};

QTEST_MAIN(TestGeneralSettings)
#include "tst_generalsettings_gui.moc"
