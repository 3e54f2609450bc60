// The Generate Usage Report dialog as a user fills it (offscreen): the scope
// line counts the tenants on a thread of its own for each kind of scope; the
// name, description and custom period are refused next to their fields with
// the model's messages, and Confirm waits for valid input; every preset,
// delimiter and the BOM reach the request; the choices are remembered; the
// Schedule Report box reveals the schedule's fields and Confirm creates the
// schedule with the dialog's scope and options (and refuses a taken name in
// the dialog), only for a role with both grants; a role that may not generate
// cannot confirm.
#include "AccessTestSupport.h"
#include "GenerateReportDialog.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "ScheduleTimingFields.h"
#include "TestDatabase.h"
#include "TestTenants.h"
#include "filters/FilterParser.h"
#include "reports/ReportPeriod.h"
#include "schedules/ScheduleStore.h"
#include "tenants/TenantStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using guitest::child;
using testdata::tenant;

namespace {

const QDate kToday(2026, 11, 20);

QPushButton *confirmButton(QDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("no entry %s in %s", qUtf8Printable(data), qUtf8Printable(combo->objectName()));
    combo->setCurrentIndex(index);
}

ud::ReportScope filterScope(const QString &text)
{
    const auto filter = ud::FilterParser::parse(text);
    if (!filter)
        qFatal("%s", qUtf8Printable(filter.error().message));
    return ud::ReportScope::matching(*filter);
}

} // namespace

class TestGenerateReportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;

    std::unique_ptr<GenerateReportDialog> makeDialog(const ud::ReportScope &scope,
                                                     const ud::Actor *actor = nullptr)
    {
        auto dialog = std::make_unique<GenerateReportDialog>(
            m_db->target(), actor ? *actor : m_admin, scope, kToday);
        dialog->show();
        return dialog;
    }

    static void waitCounted(GenerateReportDialog &dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCounting(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_generatereportdialog_gui"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSettings().clear();
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"gui"_s);
        m_admin = accesstest::superActor(*m_connection);
        ud::TenantStore store(*m_connection);
        for (const ud::Tenant &t :
             {tenant(1, u"d.example.com"_s, u"Acme Corp"_s, ud::ContractMode::Trial),
              tenant(2, u"a.example.com"_s, u"acme labs"_s, ud::ContractMode::Production),
              tenant(3, u"b.example.com"_s, u"Big ACME"_s, ud::ContractMode::Trial),
              tenant(4, u"c.example.com"_s, u"Other Trial Co"_s, ud::ContractMode::Trial)})
            QVERIFY(store.upsert(t));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void cleanup() { QSettings().clear(); }

    void scopeLineCountsTheTenants_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("confirmable");
        QTest::newRow("one tenant") << u"tenant:00000000-0000-4000-8000-000000000002"_s
                                    << u"1 tenant: a.example.com"_s << true;
        QTest::newRow("all") << u"all"_s << u"All 4 tenants"_s << true;
        QTest::newRow("filter") << u"filter:company_name contains ACME and contract_mode eq TRIAL"_s
                                << u"2 tenants matching the filter"_s << true;
        QTest::newRow("filter of one")
            << u"filter:hostname eq c.example.com"_s << u"1 tenant matching the filter"_s << true;
        // An empty report is still a report (a billing run may want the proof).
        QTest::newRow("empty filter")
            << u"filter:hostname ends_with .example.org"_s
            << u"No tenants match the filter: the report would be empty"_s << true;
        QTest::newRow("missing tenant")
            << u"tenant:00000000-0000-4000-8000-000000000099"_s
            << u"No tenant: 00000000-0000-4000-8000-000000000099 does not exist"_s << false;
    }

    void scopeLineCountsTheTenants()
    {
        QFETCH(QString, scope);
        QFETCH(QString, line);
        QFETCH(bool, confirmable);
        const auto parsed = ud::ReportScope::parse(scope);
        QVERIFY(parsed);
        auto dialog = makeDialog(*parsed);
        auto *scopeLabel = child<QLabel>(dialog.get(), u"scopeLabel"_s);
        // The count arrives through the event loop, never before.
        QVERIFY(dialog->isCounting());
        QCOMPARE(scopeLabel->text(), u"Counting tenants…"_s);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"November"_s);
        waitCounted(*dialog);
        QCOMPARE(scopeLabel->text(), line);
        QCOMPARE(confirmButton(dialog.get())->isEnabled(), confirmable);
        QCOMPARE(dialog->request().scope, parsed->text());
    }

    void nameIsRequired()
    {
        auto dialog = makeDialog(ud::ReportScope::all());
        auto *name = child<QLineEdit>(dialog.get(), u"nameEdit"_s);
        auto *error = child<QLabel>(dialog.get(), u"nameError"_s);
        // Untouched: Confirm waits, but nothing is called wrong yet.
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        QVERIFY(error->isHidden());
        QTest::keyClicks(name, u"x"_s);
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), u"Name: a name is required."_s);
        // Spaces alone are no name either.
        QTest::keyClicks(name, u"   "_s);
        QCOMPARE(error->text(), u"Name: a name is required."_s);
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        QTest::keyClicks(name, u"November billing  "_s);
        QVERIFY(error->isHidden());
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        QCOMPARE(dialog->request().name, u"November billing"_s);
        waitCounted(*dialog);
    }

    void confirmWithoutNameShowsTheError()
    {
        auto dialog = makeDialog(ud::ReportScope::all());
        auto *error = child<QLabel>(dialog.get(), u"nameError"_s);
        QVERIFY(error->isHidden());
        dialog->accept(); // Enter, or a script: refused, and now it says why
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(dialog->isVisible());
        QCOMPARE(error->text(), u"Name: a name is required."_s);
        waitCounted(*dialog);
    }

    void nameTooLongOrWithControlCharacters()
    {
        auto dialog = makeDialog(ud::ReportScope::all());
        auto *name = child<QLineEdit>(dialog.get(), u"nameEdit"_s);
        auto *error = child<QLabel>(dialog.get(), u"nameError"_s);
        QTest::keyClicks(name, QString(100, u'n'));
        QVERIFY(error->isHidden());
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        QTest::keyClicks(name, u"n"_s);
        QCOMPARE(error->text(), u"Name: at most 100 characters are allowed (101 given)."_s);
        QVERIFY(!confirmButton(dialog.get())->isEnabled());

        // A control character (pasted, say) is refused at Confirm and named.
        name->setText(u"bad\u0007name"_s);
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(error->text(), u"Name: control character U+0007 at position 4 is not allowed."_s);
        name->setText(u"good name"_s);
        QVERIFY(error->isHidden());
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        waitCounted(*dialog);
    }

    void descriptionTooLongOrWithControlCharacters()
    {
        auto dialog = makeDialog(ud::ReportScope::all());
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Report"_s);
        auto *description = child<QPlainTextEdit>(dialog.get(), u"descriptionEdit"_s);
        auto *error = child<QLabel>(dialog.get(), u"descriptionError"_s);
        description->setPlainText(QString(1000, u'd'));
        QVERIFY(error->isHidden());
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        QTest::keyClicks(description, u"e"_s);
        QCOMPARE(error->text(),
                 u"Description: at most 1,000 characters are allowed (1001 given)."_s);
        QVERIFY(!confirmButton(dialog.get())->isEnabled());

        // Line breaks are fine; other control characters are not.
        description->setPlainText(u"For billing\nNovember"_s);
        QVERIFY(error->isHidden());
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        QCOMPARE(dialog->request().description, u"For billing\nNovember"_s);
        description->setPlainText(u"tab\there"_s);
        QCOMPARE(error->text(),
                 u"Description: control character U+0009 at position 4 is not allowed."_s);
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        waitCounted(*dialog);
    }

    void customPeriodRefusedInline()
    {
        auto dialog = makeDialog(ud::ReportScope::all());
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Custom"_s);
        auto *period = child<QComboBox>(dialog.get(), u"periodCombo"_s);
        auto *fields = child<QWidget>(dialog.get(), u"customFields"_s);
        auto *from = child<QDateEdit>(dialog.get(), u"fromEdit"_s);
        auto *to = child<QDateEdit>(dialog.get(), u"toEdit"_s);
        auto *error = child<QLabel>(dialog.get(), u"periodError"_s);
        QVERIFY(fields->isHidden());
        choose(period, u"custom"_s);
        QVERIFY(!fields->isHidden());
        QVERIFY(from->calendarPopup());
        QVERIFY(to->calendarPopup());
        // The pickers start at last month, a valid period.
        QCOMPARE(from->date(), QDate(2026, 10, 1));
        QCOMPARE(to->date(), QDate(2026, 10, 31));
        QVERIFY(error->isHidden());
        QCOMPARE(dialog->request().period, u"custom:2026-10-01..2026-10-31"_s);

        // End before start: the model's message, next to the pickers.
        from->setDate(QDate(2026, 11, 10));
        to->setDate(QDate(2026, 11, 5));
        const QString beforeStart =
            ud::ReportPeriod::custom(QDate(2026, 11, 10), QDate(2026, 11, 5), kToday)
                .error()
                .message;
        QVERIFY(beforeStart.contains(u"is after the end"_s));
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), MessageBox::sentence(beforeStart));
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Rejected));

        // After today: the calendars stop at today, so a later day cannot be
        // picked (the model would refuse it: "the end ... is after today").
        QCOMPARE(to->maximumDate(), kToday);
        QCOMPARE(from->maximumDate(), kToday);
        to->setDate(QDate(2026, 12, 1));
        QCOMPARE(to->date(), kToday);
        QVERIFY(error->isHidden());
        QCOMPARE(dialog->request().period, u"custom:2026-11-10..2026-11-20"_s);
        QVERIFY(confirmButton(dialog.get())->isEnabled());

        // Back to a preset: the pickers go away and so does their message.
        to->setDate(QDate(2026, 11, 1));
        QVERIFY(!error->isHidden());
        choose(period, u"last-month"_s);
        QVERIFY(fields->isHidden());
        QVERIFY(error->isHidden());
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        waitCounted(*dialog);
    }

    void eachPresetInTheRequest_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("shown");
        QTest::newRow("current month")
            << u"current-month"_s << u"Current month (1 Nov – 20 Nov 2026)"_s;
        QTest::newRow("last month") << u"last-month"_s << u"Last month (1 Oct – 31 Oct 2026)"_s;
        QTest::newRow("last 3 months")
            << u"last-3-months"_s << u"Last 3 months (1 Aug – 31 Oct 2026)"_s;
        QTest::newRow("last 12 months")
            << u"last-12-months"_s << u"Last 12 months (1 Nov 2025 – 31 Oct 2026)"_s;
        QTest::newRow("year to date")
            << u"year-to-date"_s << u"Year to date (1 Jan – 20 Nov 2026)"_s;
    }

    void eachPresetInTheRequest()
    {
        QFETCH(QString, preset);
        QFETCH(QString, shown);
        auto dialog = makeDialog(ud::ReportScope::all());
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Preset"_s);
        auto *period = child<QComboBox>(dialog.get(), u"periodCombo"_s);
        QCOMPARE(period->count(), 6);
        choose(period, preset);
        QCOMPARE(period->currentText(), shown);
        QVERIFY(confirmButton(dialog.get())->isEnabled());
        const ud::ReportRequest request = dialog->request();
        QCOMPARE(request.period, preset);
        QCOMPARE(request.today, kToday);
        // What the dialog shows is what the generator will compute.
        const auto parsed = ud::ReportPeriod::parse(request.period, request.today);
        QVERIFY(parsed);
        QVERIFY(shown.startsWith(ud::ReportPeriod::presetDisplayName(parsed->preset())));
        QVERIFY(shown.contains(QString::number(parsed->first().day()) + u" "_s));
        waitCounted(*dialog);
    }

    void delimiterAndBomInTheRequest()
    {
        auto dialog =
            makeDialog(ud::ReportScope::tenant(u"00000000-0000-4000-8000-000000000003"_s));
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Delimiters"_s);
        auto *delimiter = child<QComboBox>(dialog.get(), u"delimiterCombo"_s);
        auto *bom = child<QCheckBox>(dialog.get(), u"bomCheck"_s);
        QStringList texts;
        for (int i = 0; i < delimiter->count(); ++i)
            texts << delimiter->itemText(i);
        QCOMPARE(texts, QStringList({u"Comma (,)"_s, u"Pipe (|)"_s, u"Semicolon (;)"_s, u"Tab"_s}));
        // The defaults: comma, no BOM, last month, formula guard on.
        ud::ReportRequest request = dialog->request();
        QCOMPARE(request.delimiter, u"comma"_s);
        QVERIFY(!request.bom);
        QCOMPARE(request.period, u"last-month"_s);
        QVERIFY(request.formulaGuard);
        QCOMPARE(request.scope, u"tenant:00000000-0000-4000-8000-000000000003"_s);
        for (const QString &id : {u"pipe"_s, u"semicolon"_s, u"tab"_s, u"comma"_s}) {
            choose(delimiter, id);
            QCOMPARE(dialog->request().delimiter, id);
        }
        QTest::keyClick(bom, Qt::Key_Space); // the keyboard way
        QVERIFY(bom->isChecked());
        QVERIFY(dialog->request().bom);
        choose(delimiter, u"pipe"_s);
        guitest::clickOk(dialog.get());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        request = dialog->request();
        QCOMPARE(request.name, u"Delimiters"_s);
        QCOMPARE(request.delimiter, u"pipe"_s);
        QVERIFY(request.bom);
        waitCounted(*dialog);
    }

    void choicesAreRemembered()
    {
        {
            auto dialog = makeDialog(ud::ReportScope::all());
            QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"First"_s);
            child<QPlainTextEdit>(dialog.get(), u"descriptionEdit"_s)->setPlainText(u"text"_s);
            choose(child<QComboBox>(dialog.get(), u"delimiterCombo"_s), u"semicolon"_s);
            child<QCheckBox>(dialog.get(), u"bomCheck"_s)->setChecked(true);
            choose(child<QComboBox>(dialog.get(), u"periodCombo"_s), u"last-3-months"_s);
            guitest::clickOk(dialog.get());
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
            waitCounted(*dialog);
        }
        {
            // A cancelled dialog changes nothing remembered.
            auto dialog = makeDialog(ud::ReportScope::all());
            choose(child<QComboBox>(dialog.get(), u"delimiterCombo"_s), u"tab"_s);
            dialog->reject();
            waitCounted(*dialog);
        }
        auto dialog = makeDialog(filterScope(u"contract_mode eq TRIAL"_s));
        QCOMPARE(child<QComboBox>(dialog.get(), u"delimiterCombo"_s)->currentData().toString(),
                 u"semicolon"_s);
        QVERIFY(child<QCheckBox>(dialog.get(), u"bomCheck"_s)->isChecked());
        QCOMPARE(child<QComboBox>(dialog.get(), u"periodCombo"_s)->currentData().toString(),
                 u"last-3-months"_s);
        // Name and description belong to one report only.
        QVERIFY(child<QLineEdit>(dialog.get(), u"nameEdit"_s)->text().isEmpty());
        QVERIFY(child<QPlainTextEdit>(dialog.get(), u"descriptionEdit"_s)->toPlainText().isEmpty());
        const ud::ReportRequest request = dialog->request();
        QCOMPARE(request.delimiter, u"semicolon"_s);
        QVERIFY(request.bom);
        QCOMPARE(request.period, u"last-3-months"_s);
        waitCounted(*dialog);

        // A remembered value the dialog does not know falls back to the default.
        QSettings().setValue(u"generateReportDialog/delimiter"_s, u"colon"_s);
        QSettings().setValue(u"generateReportDialog/period"_s, u"last-decade"_s);
        auto fallback = makeDialog(ud::ReportScope::all());
        QCOMPARE(fallback->request().delimiter, u"comma"_s);
        QCOMPARE(fallback->request().period, u"last-month"_s);
        waitCounted(*fallback);
    }

    void scheduleReportCreatesASchedule()
    {
        const QDateTime now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); // a Friday
        auto dialog = makeDialog(filterScope(u"contract_mode eq TRIAL"_s));
        dialog->setClock([now] { return now; });
        auto *scheduleBox = child<QCheckBox>(dialog.get(), u"scheduleCheck"_s);
        auto *fields = child<QWidget>(dialog.get(), u"scheduleFields"_s);
        QVERIFY(scheduleBox->isEnabled());
        QVERIFY(!scheduleBox->isChecked());
        QVERIFY(fields->isHidden());
        QVERIFY(!dialog->schedule());

        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Trial tenants"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), u"descriptionEdit"_s),
                         u"every Monday"_s);
        choose(child<QComboBox>(dialog.get(), u"delimiterCombo"_s), u"pipe"_s);
        child<QCheckBox>(dialog.get(), u"bomCheck"_s)->setChecked(true);
        waitCounted(*dialog);
        QVERIFY(confirmButton(dialog.get())->isEnabled());

        scheduleBox->setChecked(true);
        QVERIFY(!fields->isHidden());
        // Checked, the schedule's own fields must be valid too: no address yet.
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), u"emailEdit"_s), u"not an address"_s);
        QVERIFY(!child<QLabel>(dialog.get(), u"emailError"_s)->isHidden());
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        child<QPlainTextEdit>(dialog.get(), u"emailEdit"_s)->setPlainText(u"trials@example.com"_s);
        auto *recurrence = child<QComboBox>(dialog.get(), u"recurrenceCombo"_s);
        recurrence->setCurrentIndex(recurrence->findData(int(ud::Recurrence::Weekly)));
        auto *day = child<QComboBox>(dialog.get(), u"dayOfWeekCombo"_s);
        day->setCurrentIndex(day->findData(int(Qt::Monday)));
        child<QTimeEdit>(dialog.get(), u"timeEdit"_s)->setTime(QTime(6, 30));
        auto *zone = child<QComboBox>(dialog.get(), u"zoneCombo"_s);
        zone->setCurrentText(u"Europe/Paris"_s);
        QCOMPARE(dialog->timingFields()->previewLines().first(),
                 u"Mon 23 Nov 2026 06:30 CET — 05:30 UTC"_s);
        QVERIFY(confirmButton(dialog.get())->isEnabled());

        guitest::clickOk(dialog.get());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSavingSchedule(), 10000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        // The report is still asked for now.
        QCOMPARE(dialog->request().name, u"Trial tenants"_s);
        const auto created = dialog->schedule();
        QVERIFY(created);
        QVERIFY(created->id > 0);

        const ud::ScheduleStore store(*m_connection, m_admin, ud::systemClock());
        const auto saved = store.find(created->id);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->name, u"Trial tenants"_s);
        QCOMPARE(saved->description, u"every Monday"_s);
        QCOMPARE(saved->scope, dialog->request().scope);
        QCOMPARE(saved->scope, u"filter:contract_mode eq TRIAL"_s);
        QCOMPARE(saved->delimiter, u"pipe"_s);
        QCOMPARE(saved->bom, true);
        QCOMPARE(saved->recipients, QStringList{u"trials@example.com"_s});
        QCOMPARE(saved->recurrence, ud::Recurrence::Weekly);
        QCOMPARE(saved->dayOfWeek, int(Qt::Monday));
        QCOMPARE(saved->timeOfDay, QTime(6, 30));
        QCOMPARE(saved->timeZone, QByteArray("Europe/Paris"));
        QVERIFY(saved->enabled);
        QCOMPARE(saved->activeSince, now);

        // The same name again: the store refuses, the dialog says so and stays.
        auto again = makeDialog(ud::ReportScope::all());
        QTest::keyClicks(child<QLineEdit>(again.get(), u"nameEdit"_s), u"trial TENANTS"_s);
        child<QCheckBox>(again.get(), u"scheduleCheck"_s)->setChecked(true);
        child<QPlainTextEdit>(again.get(), u"emailEdit"_s)->setPlainText(u"a@example.com"_s);
        waitCounted(*again);
        guitest::clickOk(again.get());
        QTRY_VERIFY_WITH_TIMEOUT(!again->isSavingSchedule(), 10000);
        QVERIFY(again->isVisible());
        QCOMPARE(again->result(), int(QDialog::Rejected));
        auto *formError = child<QLabel>(again.get(), u"formError"_s);
        QVERIFY(!formError->isHidden());
        QVERIFY2(formError->text().contains(u"already exists"_s), qPrintable(formError->text()));
        QCOMPARE(store.list()->size(), 1);
    }

    void scheduleNeedsBothGrants()
    {
        const qint64 role = accesstest::addRole(
            *m_connection, u"Generator only"_s,
            accesstest::grants({u"tenants:view"_s, u"export_reports:view,add"_s}));
        accesstest::insertAdministrator(*m_connection, u"generator"_s, role);
        const ud::Actor generator = accesstest::actorOf(*m_connection, u"generator"_s);
        auto dialog = makeDialog(ud::ReportScope::all(), &generator);
        auto *schedule = child<QCheckBox>(dialog.get(), u"scheduleCheck"_s);
        QVERIFY(!schedule->isEnabled());
        QVERIFY(!schedule->isChecked());
        QVERIFY2(schedule->toolTip().contains(u"Scheduled Task Management: Add"_s),
                 qPrintable(schedule->toolTip()));
        QVERIFY(child<QWidget>(dialog.get(), u"scheduleFields"_s)->isHidden());
        waitCounted(*dialog);
    }

    void quickSearchNote()
    {
        auto dialog = makeDialog(filterScope(u"contract_mode eq TRIAL"_s));
        auto *note = child<QLabel>(dialog.get(), u"quickSearchNote"_s);
        QVERIFY(note->isHidden());
        dialog->setQuickSearchActive(true);
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), u"The quick search is not part of the report's scope."_s);
        waitCounted(*dialog);
    }

    void formIsAccessible()
    {
        auto dialog = makeDialog(ud::ReportScope::all());
        QCOMPARE(dialog->windowTitle(), u"Generate Usage Report"_s);
        QCOMPARE(confirmButton(dialog.get())->text(), u"&Confirm"_s);
        const QStringList controls = {u"nameEdit"_s,  u"descriptionEdit"_s,  u"delimiterCombo"_s,
                                      u"bomCheck"_s,  u"periodCombo"_s,      u"fromEdit"_s,
                                      u"toEdit"_s,    u"scheduleCheck"_s,    u"scopeLabel"_s,
                                      u"nameError"_s, u"descriptionError"_s, u"periodError"_s};
        for (const QString &name : controls)
            QVERIFY2(!child<QWidget>(dialog.get(), name)->accessibleName().isEmpty(),
                     qPrintable(name));
        // Tab goes top to bottom.
        choose(child<QComboBox>(dialog.get(), u"periodCombo"_s), u"custom"_s);
        QStringList order;
        QWidget *widget = child<QWidget>(dialog.get(), u"nameEdit"_s);
        for (int i = 0; i < 7; ++i) {
            order << widget->objectName();
            widget = widget->nextInFocusChain();
            while (widget->focusPolicy() == Qt::NoFocus || widget->objectName().isEmpty() ||
                   widget->objectName().startsWith(u"qt_"_s))
                widget = widget->nextInFocusChain();
        }
        QCOMPARE(order, QStringList({u"nameEdit"_s, u"descriptionEdit"_s, u"delimiterCombo"_s,
                                     u"bomCheck"_s, u"periodCombo"_s, u"fromEdit"_s, u"toEdit"_s}));
        waitCounted(*dialog);
    }

    void aRoleThatMayNotGenerateCannotConfirm()
    {
        const qint64 role =
            accesstest::addRole(*m_connection, u"Report viewer"_s,
                                accesstest::grants({u"tenants:view"_s, u"export_reports:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"reportviewer"_s, role);
        const ud::Actor viewer = accesstest::actorOf(*m_connection, u"reportviewer"_s);
        auto dialog = makeDialog(ud::ReportScope::all(), &viewer);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Not allowed"_s);
        auto *formError = child<QLabel>(dialog.get(), u"formError"_s);
        QVERIFY(!formError->isHidden());
        QVERIFY(formError->text().contains(u"Export Reports: Add"_s));
        QVERIFY(!confirmButton(dialog.get())->isEnabled());
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        waitCounted(*dialog);
    }

    void closingWhileCountingIsSafe()
    {
        // Destroyed at once: the count is cancelled and waited for.
        for (int i = 0; i < 3; ++i) {
            auto dialog = makeDialog(filterScope(u"company_name contains acme"_s));
            QVERIFY(dialog->isCounting());
        }
        auto dialog = makeDialog(filterScope(u"company_name contains acme"_s));
        waitCounted(*dialog);
        QCOMPARE(dialog->tenantCount(), std::optional<qint64>(3));
    }
};

QTEST_MAIN(TestGenerateReportDialog)
#include "tst_generatereportdialog_gui.moc"
