// The Create / Edit Scheduled Report dialog as a user fills it (offscreen),
// on both back ends: the seed's fields (Name, Description, Email, Task Type,
// Recurrence weekly, Day of the Week, time, zone, Enable) reach the database
// through ScheduleStore; the preview lists the five runs ScheduleTiming
// gives, in the zone and in UTC, and follows every change; bad input is
// shown next to its field with Confirm disabled (e-mail, empty name, a name
// another schedule has, an unknown zone, a bad filter scope); clicking a
// name on the Scheduled Reports page edits that schedule.
#include "AccessTestSupport.h"
#include "GuiTestSupport.h"
#include "ScheduleDialog.h"
#include "ScheduleTimingFields.h"
#include "ScheduledReportsPage.h"
#include "TestDatabase.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTableModel.h"
#include "schedules/ScheduleTiming.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using guitest::child;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC); // a Sunday

ud::Clock fixedClock()
{
    return [] {
        return kNow;
    };
}

QPushButton *confirmButton(QDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("no entry in %s", qUtf8Printable(combo->objectName()));
    combo->setCurrentIndex(index);
}

void typeZone(QDialog *dialog, const QString &zone)
{
    auto *combo = child<QComboBox>(dialog, u"zoneCombo"_s);
    combo->lineEdit()->selectAll();
    QTest::keyClick(combo->lineEdit(), Qt::Key_Delete);
    QTest::keyClicks(combo->lineEdit(), zone);
}

ud::Schedule draft(const QString &name)
{
    ud::Schedule s;
    s.name = name;
    s.recipients = {u"ops@example.com"_s};
    s.recurrence = ud::Recurrence::Daily;
    s.timeOfDay = QTime(7, 15);
    s.timeZone = "America/New_York";
    return s;
}

} // namespace

class TestScheduleDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;

    std::unique_ptr<ScheduleDialog> makeDialog()
    {
        auto dialog = std::make_unique<ScheduleDialog>(*m_connection, m_admin, fixedClock());
        dialog->show();
        return dialog;
    }

    // The seed's procedure, steps 3-10.
    void fillPerSeed(QDialog *dialog, const QString &name)
    {
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), name);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s),
                         u"Monday billing run"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"emailEdit"_s),
                         u"billing@example.com, boss@example.org"_s);
        choose(child<QComboBox>(dialog, u"taskTypeCombo"_s), u"usage-report"_s);
        choose(child<QComboBox>(dialog, u"recurrenceCombo"_s), int(ud::Recurrence::Weekly));
        choose(child<QComboBox>(dialog, u"dayOfWeekCombo"_s), int(Qt::Monday));
        child<QTimeEdit>(dialog, u"timeEdit"_s)->setTime(QTime(6, 0));
        typeZone(dialog, u"europe/berlin"_s);
        choose(child<QComboBox>(dialog, u"delimiterCombo"_s), u"semicolon"_s);
        child<QCheckBox>(dialog, u"enabledCheck"_s)->setChecked(true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_scheduledialog_gui"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSettings().clear();
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"gui"_s);
        m_admin = accesstest::superActor(*m_connection);
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void cleanup() { QSettings().clear(); }

    void createPerSeed()
    {
        auto dialog = makeDialog();
        QCOMPARE(dialog->windowTitle(), u"Create Scheduled Report"_s);
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        // The day fields follow the recurrence.
        auto *dayOfWeek = child<QComboBox>(dialog.get(), u"dayOfWeekCombo"_s);
        auto *dayOfMonth = child<QSpinBox>(dialog.get(), u"dayOfMonthSpin"_s);
        QVERIFY(dayOfWeek->isHidden());
        fillPerSeed(dialog.get(), u"Weekly billing"_s);
        QVERIFY(dayOfWeek->isVisible());
        QVERIFY(!dayOfMonth->isVisible());
        QCOMPARE(child<QComboBox>(dialog.get(), u"taskTypeCombo"_s)->currentText(),
                 u"Usage Report"_s);
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        guitest::clickOk(dialog.get());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(dialog->savedId() > 0);

        const ud::ScheduleStore store(*m_connection, m_admin, fixedClock());
        const auto saved = store.find(dialog->savedId());
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->name, u"Weekly billing"_s);
        QCOMPARE(saved->description, u"Monday billing run"_s);
        QCOMPARE(saved->recipients, QStringList({u"billing@example.com"_s, u"boss@example.org"_s}));
        QCOMPARE(saved->taskType, u"usage-report"_s);
        QCOMPARE(saved->recurrence, ud::Recurrence::Weekly);
        QCOMPARE(saved->dayOfWeek, int(Qt::Monday));
        QCOMPARE(saved->dayOfMonth, 0);
        QCOMPARE(saved->timeOfDay, QTime(6, 0));
        QCOMPARE(saved->timeZone, QByteArray("Europe/Berlin")); // the zone's own spelling
        QCOMPARE(saved->delimiter, u"semicolon"_s);
        QCOMPARE(saved->bom, false);
        QCOMPARE(saved->scope, u"all"_s);
        QCOMPARE(saved->enabled, true);
        QCOMPARE(saved->createdBy, m_admin.userName);
        QCOMPARE(saved->activeSince, kNow);
    }

    void previewShowsTheNextFiveRuns()
    {
        auto dialog = makeDialog();
        fillPerSeed(dialog.get(), u"Preview"_s);
        auto *preview = child<QListWidget>(dialog.get(), u"previewList"_s);
        ScheduleTimingFields *fields = dialog->timingFields();

        // What the store will time, computed independently of the widget.
        ud::Schedule expected = dialog->schedule();
        QList<QDateTime> runs;
        QDateTime after = kNow;
        for (int i = 0; i < 5; ++i)
            runs << (after = ud::ScheduleTiming::nextRunAfter(expected, after));
        QCOMPARE(fields->nextRuns(), runs);
        QCOMPARE(preview->count(), 5);
        // Berlin changes to summer time on 29 March 2026: the wall clock stays
        // at 06:00 and UTC moves.
        const QStringList lines = {
            u"Mon 2 Mar 2026 06:00 CET — 05:00 UTC"_s, u"Mon 9 Mar 2026 06:00 CET — 05:00 UTC"_s,
            u"Mon 16 Mar 2026 06:00 CET — 05:00 UTC"_s, u"Mon 23 Mar 2026 06:00 CET — 05:00 UTC"_s,
            u"Mon 30 Mar 2026 06:00 CEST — 04:00 UTC"_s};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(preview->item(i)->text(), lines.at(i));

        // Every change recomputes it: monthly on the 31st runs on the last
        // day of shorter months.
        choose(child<QComboBox>(dialog.get(), u"recurrenceCombo"_s), int(ud::Recurrence::Monthly));
        QVERIFY(child<QLabel>(dialog.get(), u"dayOfMonthNote"_s)->isVisible());
        child<QSpinBox>(dialog.get(), u"dayOfMonthSpin"_s)->setValue(31);
        child<QTimeEdit>(dialog.get(), u"timeEdit"_s)->setTime(QTime(23, 45));
        QCOMPARE(preview->count(), 5);
        QCOMPARE(preview->item(0)->text(), u"Tue 31 Mar 2026 23:45 CEST — 21:45 UTC"_s);
        QCOMPARE(preview->item(1)->text(), u"Thu 30 Apr 2026 23:45 CEST — 21:45 UTC"_s);
        expected = dialog->schedule();
        QCOMPARE(expected.dayOfWeek, 0);
        QCOMPARE(expected.dayOfMonth, 31);
        QCOMPARE(fields->nextRuns().first(), ud::ScheduleTiming::nextRunAfter(expected, kNow));

        typeZone(dialog.get(), u"Asia/Kolkata"_s);
        QCOMPARE(preview->item(0)->text(), u"Tue 31 Mar 2026 23:45 IST — 18:15 UTC"_s);
    }

    void badInputIsShownNextToItsField()
    {
        auto dialog = makeDialog();
        fillPerSeed(dialog.get(), u"Bad input"_s);
        QPushButton *confirm = confirmButton(dialog.get());
        QVERIFY(confirm->isEnabled());

        // E-mail.
        auto *email = child<QPlainTextEdit>(dialog.get(), u"emailEdit"_s);
        auto *emailError = child<QLabel>(dialog.get(), u"emailError"_s);
        QVERIFY(emailError->isHidden());
        QTest::keyClicks(email, u", not-an-address"_s);
        QVERIFY(!emailError->isHidden());
        QVERIFY2(emailError->text().startsWith(u"Email: "_s), qPrintable(emailError->text()));
        QVERIFY(emailError->text().contains(u"not-an-address"_s));
        QVERIFY(!confirm->isEnabled());
        email->setPlainText(u"a@example.com\nA@example.com"_s);
        QVERIFY2(emailError->text().contains(u"more than once"_s), qPrintable(emailError->text()));
        QVERIFY(!confirm->isEnabled());
        email->setPlainText(u"a@example.com\nb@example.com"_s);
        QVERIFY(emailError->isHidden());
        QVERIFY(confirm->isEnabled());
        QCOMPARE(dialog->schedule().recipients,
                 QStringList({u"a@example.com"_s, u"b@example.com"_s}));

        // Empty name.
        auto *name = child<QLineEdit>(dialog.get(), u"nameEdit"_s);
        auto *nameError = child<QLabel>(dialog.get(), u"nameError"_s);
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QCOMPARE(nameError->text(), u"Name: a name is required."_s);
        QVERIFY(!nameError->isHidden());
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(name, u"Bad input"_s);
        QVERIFY(nameError->isHidden());

        // Unknown zone: no runs to preview.
        auto *zoneError = child<QLabel>(dialog.get(), u"zoneError"_s);
        typeZone(dialog.get(), u"Mars/Olympus_Mons"_s);
        QVERIFY(!zoneError->isHidden());
        QVERIFY2(zoneError->text().contains(u"is not a time zone this computer knows"_s),
                 qPrintable(zoneError->text()));
        QVERIFY(!confirm->isEnabled());
        QVERIFY(dialog->timingFields()->nextRuns().isEmpty());
        QCOMPARE(child<QListWidget>(dialog.get(), u"previewList"_s)->count(), 1);
        // An emptied zone is refused, not replaced by this computer's
        // (docs/bad-input.md).
        typeZone(dialog.get(), QString());
        QVERIFY(!zoneError->isHidden());
        QVERIFY2(zoneError->text().startsWith(u"Time zone: a time zone is required"_s),
                 qPrintable(zoneError->text()));
        QVERIFY(!confirm->isEnabled());
        typeZone(dialog.get(), u"UTC"_s);
        QVERIFY(zoneError->isHidden());
        QVERIFY(confirm->isEnabled());

        // A text direction mark in the name.
        name->end(false);
        name->insert(u"\u202Efdp.exe"_s); // keyClicks types ASCII only
        QVERIFY(!nameError->isHidden());
        QVERIFY2(nameError->text().startsWith(
                     u"Name: invisible text direction mark U+202E at position 10"_s),
                 qPrintable(nameError->text()));
        QVERIFY(!confirm->isEnabled());
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClicks(name, u"Bad input"_s);
        QVERIFY(nameError->isHidden());
        QVERIFY(confirm->isEnabled());

        // A filter scope that does not parse.
        auto *scopeError = child<QLabel>(dialog.get(), u"scopeError"_s);
        choose(child<QComboBox>(dialog.get(), u"scopeKindCombo"_s), 2);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"scopeEdit"_s), u"hostname zz"_s);
        QVERIFY(scopeError->text().startsWith(u"Scope: "_s));
        QVERIFY(!confirm->isEnabled());
        auto *scopeEdit = child<QLineEdit>(dialog.get(), u"scopeEdit"_s);
        scopeEdit->setText(u"contract_mode eq TRIAL"_s);
        QVERIFY(scopeError->isHidden());
        QVERIFY(confirm->isEnabled());

        // Nothing was saved while the dialog was wrong.
        const ud::ScheduleStore store(*m_connection, m_admin, fixedClock());
        const auto all = store.list();
        QVERIFY(all);
        for (const ud::Schedule &s : *all)
            QVERIFY(s.name != u"Bad input"_s);
    }

    void nameAlreadyUsedIsRefusedAtTheName()
    {
        ud::ScheduleStore store(*m_connection, m_admin, fixedClock());
        QVERIFY(store.add(draft(u"Taken name"_s)));
        const qint64 before = m_db->count(u"schedules"_s);

        auto dialog = makeDialog();
        fillPerSeed(dialog.get(), u"TAKEN name"_s);
        auto *nameError = child<QLabel>(dialog.get(), u"nameError"_s);
        guitest::clickOk(dialog.get());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!nameError->isHidden());
        QVERIFY2(nameError->text().contains(u"already exists"_s), qPrintable(nameError->text()));
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        QCOMPARE(m_db->count(u"schedules"_s), before);

        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u" 2"_s);
        QVERIFY(nameError->isHidden());
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        guitest::clickOk(dialog.get());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_db->count(u"schedules"_s), before + 1);
    }

    void editByClickingTheName()
    {
        ud::ScheduleStore store(*m_connection, m_admin, fixedClock());
        const auto id = store.add(draft(u"Edit me"_s));
        QVERIFY(id);
        ScheduledReportsPage page(*m_connection, m_admin, fixedClock());
        page.resize(1200, 500);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        const int row = page.model()->rowOf(*id);
        QVERIFY(row >= 0);
        QTableView *table = page.table();
        const QModelIndex nameCell = page.model()->index(row, ud::ScheduleTableModel::NameColumn);
        // A click elsewhere in the row does not open the dialog.
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {},
            table->visualRect(nameCell.siblingAtColumn(ud::ScheduleTableModel::EnabledColumn))
                .center());
        QVERIFY(!page.findChild<ScheduleDialog *>());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(nameCell).center());
        ScheduleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ScheduleDialog *>()) != nullptr);
        QCOMPARE(dialog->windowTitle(), u"Edit Scheduled Report"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"Edit me"_s);
        QCOMPARE(child<QTimeEdit>(dialog, u"timeEdit"_s)->time(), QTime(7, 15));
        QCOMPARE(child<QComboBox>(dialog, u"zoneCombo"_s)->currentText(), u"America/New_York"_s);
        QVERIFY(confirmButton(dialog)->isEnabled());

        auto *name = child<QLineEdit>(dialog, u"nameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Edited"_s);
        child<QTimeEdit>(dialog, u"timeEdit"_s)->setTime(QTime(5, 30));
        child<QCheckBox>(dialog, u"bomCheck"_s)->setChecked(true);
        guitest::clickOk(dialog);

        const auto edited = store.find(*id);
        QVERIFY(edited);
        QCOMPARE(edited->name, u"Edited"_s);
        QCOMPARE(edited->timeOfDay, QTime(5, 30));
        QCOMPARE(edited->bom, true);
        QCOMPARE(edited->recipients, QStringList({u"ops@example.com"_s}));
        QCOMPARE(edited->recurrence, ud::Recurrence::Daily);
        // The list is read again and shows the change.
        QTRY_COMPARE(page.model()->index(page.model()->rowOf(*id), 0).data().toString(),
                     u"Edited"_s);
        QCOMPARE(page.model()
                     ->index(page.model()->rowOf(*id), ud::ScheduleTableModel::RecurrenceColumn)
                     .data()
                     .toString(),
                 u"Daily at 05:30 (America/New_York)"_s);
    }
};

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog_gui.moc"
