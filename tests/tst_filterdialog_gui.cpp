// The Filters dialog, the filter chips and saved filters, driven offscreen as
// a user would: build `company_name contains "acme" and contract_mode eq
// TRIAL`, apply it, see the chips and the rows it selects, save it, pick it
// again, clear it; and bad input stays in the dialog.
#include "AccessTestSupport.h"
#include "FilterChipBar.h"
#include "FilterConditionRow.h"
#include "FilterDialog.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "SaveFilterDialog.h"
#include "SavedFiltersDialog.h"
#include "SavedFiltersMenu.h"
#include "TestDatabase.h"
#include "TestTenants.h"
#include "filters/FilterParser.h"
#include "filters/SavedFilterStore.h"
#include "tenants/TenantQuery.h"
#include "tenants/TenantStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using guitest::child;
using guitest::selectData;
using testdata::tenant;

namespace {

const QString kExpectedText = u"company_name contains acme and contract_mode eq TRIAL"_s;

ud::TenantFilter parsed(const QString &text)
{
    const auto filter = ud::FilterParser::parse(text);
    if (!filter)
        qFatal("%s", qUtf8Printable(filter.error().message));
    return *filter;
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

class TestFilterDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;

    // Builds the filter in a fresh dialog, as a user would.
    static void buildAcmeTrials(FilterDialog &dialog)
    {
        auto *add = child<QPushButton>(&dialog, u"addButton"_s);
        auto *apply = child<QPushButton>(&dialog, u"applyButton"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.rows().size(), 2);

        // Row 1: company name / contains / "acme".
        FilterConditionRow *first = dialog.rows().at(0);
        selectData(child<QComboBox>(first, u"attributeCombo"_s),
                   int(ud::FilterAttribute::CompanyName));
        auto *op = child<QComboBox>(first, u"operatorCombo"_s);
        QCOMPARE(comboTexts(op),
                 QStringList({u"is"_s, u"is not"_s, u"contains"_s, u"does not contain"_s,
                              u"starts with"_s, u"ends with"_s}));
        selectData(op, int(ud::FilterOperator::Contains));
        auto *text = child<QLineEdit>(first, u"textValueEdit"_s);
        QVERIFY(text->isVisible());
        // Not typed yet: the row says why and Apply waits.
        QVERIFY(!apply->isEnabled());
        QVERIFY(child<QLabel>(first, u"errorLabel"_s)->isVisible());
        QTest::keyClicks(text, u"acme"_s);
        QVERIFY(!child<QLabel>(first, u"errorLabel"_s)->isVisible());

        // Row 2 by keyboard: one down from Company name is Contract mode.
        FilterConditionRow *second = dialog.rows().at(1);
        auto *attribute = child<QComboBox>(second, u"attributeCombo"_s);
        attribute->setFocus();
        QTest::keyClick(attribute, Qt::Key_Down);
        QCOMPARE(attribute->currentData().toInt(), int(ud::FilterAttribute::ContractMode));
        auto *op2 = child<QComboBox>(second, u"operatorCombo"_s);
        QCOMPARE(comboTexts(op2), QStringList({u"is"_s, u"is not"_s}));
        selectData(op2, int(ud::FilterOperator::Eq));
        auto *mode = child<QComboBox>(second, u"modeValueCombo"_s);
        QVERIFY(mode->isVisible());
        QCOMPARE(comboTexts(mode), QStringList({u"PRODUCTION"_s, u"TRIAL"_s, u"UNKNOWN"_s}));
        mode->setCurrentIndex(mode->findText(u"TRIAL"_s));

        QVERIFY(apply->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, u"previewEdit"_s)->text(), kExpectedText);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_filterdialog_gui"_s);
        qRegisterMetaType<ud::TenantFilter>();
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
        };
        for (const ud::Tenant &t : tenants)
            QVERIFY(store.upsert(t));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void cleanup() { QVERIFY(!MessageBox::hasPendingAnswer()); }

    void buildApplyChipsRowsSavePickClear()
    {
        // Open the Filters dialog and build the filter.
        FilterDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        buildAcmeTrials(dialog);
        QTest::mouseClick(child<QPushButton>(&dialog, u"applyButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        const ud::TenantFilter filter = dialog.filter();
        QCOMPARE(filter.toText(), kExpectedText);
        QCOMPARE(filter, parsed(u"company_name contains \"acme\" and contract_mode eq TRIAL"_s));

        // The chips and the text form.
        QWidget host;
        auto *bar = new FilterChipBar(&host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(!bar->isVisible()); // nothing to show yet
        bar->setFilter(filter);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->chipTexts(), QStringList({u"Company name contains \u201cacme\u201d"_s,
                                                u"Contract mode is TRIAL"_s}));
        auto *textLabel = child<QLabel>(bar, u"filterTextLabel"_s);
        QCOMPARE(textLabel->text(), kExpectedText);
        QVERIFY(textLabel->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        auto *removeSecond = child<QToolButton>(bar, u"chipRemove1"_s);
        QVERIFY(removeSecond->isVisible());
        QVERIFY(child<QLabel>(bar, u"chipLabel0"_s)->isVisible());
        QCOMPARE(removeSecond->accessibleName(), u"Remove condition Contract mode is TRIAL"_s);

        // The rows it selects, through the same model the Tenants page uses.
        QStringList hostnames;
        QVERIFY(ud::TenantQuery(*m_connection).forEach(filter, [&](const ud::Tenant &t) {
            hostnames << t.hostname;
            return ud::Status();
        }));
        QCOMPARE(hostnames, QStringList({u"b.example.com"_s, u"d.example.com"_s}));

        // Removing a chip leaves the other condition.
        QSignalSpy changed(bar, &FilterChipBar::filterChanged);
        QTest::mouseClick(removeSecond, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        const auto left = changed.at(0).at(0).value<ud::TenantFilter>();
        QCOMPARE(left.toText(), u"company_name contains acme"_s);
        QCOMPARE(bar->chipTexts(), QStringList({u"Company name contains \u201cacme\u201d"_s}));
        QCOMPARE(textLabel->text(), u"company_name contains acme"_s);
        const auto count = ud::TenantQuery(*m_connection).count(left);
        QVERIFY(count);
        QCOMPARE(*count, qint64(4)); // Acme Corp, acme labs, Big ACME, Acmeish

        // Save it.
        SaveFilterDialog save(*m_connection, m_admin, ud::systemClock(), filter);
        save.show();
        QVERIFY(QTest::qWaitForWindowExposed(&save));
        QCOMPARE(child<QLabel>(&save, u"filterTextLabel"_s)->text(), kExpectedText);
        QTest::keyClicks(child<QLineEdit>(&save, u"nameEdit"_s), u"Acme trials"_s);
        guitest::clickOk(&save);
        QCOMPARE(save.result(), int(QDialog::Accepted));
        QCOMPARE(save.savedFilter().name, u"Acme trials"_s);
        QCOMPARE(save.savedFilter().filterText, kExpectedText);
        QCOMPARE(m_db->count(u"saved_filters"_s), 1);
        QCOMPARE(accesstest::lastAuditLine(*m_db),
                 u"admin|save filter|Acme trials|allowed|"_s + kExpectedText);

        // Pick it from the menu.
        SavedFiltersMenu menu(*m_connection, m_admin, ud::systemClock());
        menu.reload();
        QCOMPARE(menu.filterNames(), QStringList({u"Acme trials"_s}));
        QCOMPARE(menu.actionFor(u"Acme trials"_s)->toolTip(), kExpectedText);
        QSignalSpy chosen(&menu, &SavedFiltersMenu::filterChosen);
        menu.actionFor(u"Acme trials"_s)->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).value<ud::TenantFilter>(), filter);
        QCOMPARE(chosen.at(0).at(1).toString(), u"Acme trials"_s);

        // The chosen filter back in the dialog, then Clear.
        FilterDialog again;
        again.setFilter(chosen.at(0).at(0).value<ud::TenantFilter>());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.rows().size(), 2);
        QCOMPARE(again.filter(), filter);
        QCOMPARE(child<QComboBox>(again.rows().at(1), u"modeValueCombo"_s)->currentText(),
                 u"TRIAL"_s);
        QTest::mouseClick(child<QPushButton>(&again, u"clearButton"_s), Qt::LeftButton);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(again.filter().isEmpty());
        const auto all = ud::TenantQuery(*m_connection).count(again.filter());
        QCOMPARE(*all, qint64(5));

        // Clear all on the chips.
        bar->setFilter(filter);
        QTest::mouseClick(child<QPushButton>(bar, u"clearAllButton"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QVERIFY(changed.at(1).at(0).value<ud::TenantFilter>().isEmpty());
        QVERIFY(!bar->isVisible());

        // Manage: delete it after confirming.
        SavedFiltersDialog manage(*m_connection, m_admin, ud::systemClock());
        manage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manage));
        QCOMPARE(manage.filterNames(), QStringList({u"Acme trials"_s}));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&manage, u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(m_db->count(u"saved_filters"_s), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&manage, u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(m_db->count(u"saved_filters"_s), 0);
        QVERIFY(manage.filterNames().isEmpty());
        menu.reload();
        QVERIFY(menu.filterNames().isEmpty());
    }

    void valueEditorsFitTheAttribute()
    {
        FilterDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, u"emptyLabel"_s)->isVisible());
        FilterConditionRow *row = dialog.addCondition();
        QVERIFY(!child<QLabel>(&dialog, u"emptyLabel"_s)->isVisible());
        auto *attribute = child<QComboBox>(row, u"attributeCombo"_s);
        auto *op = child<QComboBox>(row, u"operatorCombo"_s);
        auto *stack = row->findChild<QStackedWidget *>();
        QVERIFY(stack);
        for (ud::FilterAttribute a : ud::allFilterAttributes()) {
            selectData(attribute, int(a));
            QCOMPARE(op->count(), int(ud::operatorsFor(a).size()));
            for (int i = 0; i < op->count(); ++i)
                QVERIFY(ud::operatorFits(a, ud::FilterOperator(op->itemData(i).toInt())));
            const QString editor = stack->currentWidget()->objectName();
            switch (ud::filterValueKind(a)) {
            case ud::FilterValueKind::Text:
                QCOMPARE(editor, u"textValueEdit"_s);
                break;
            case ud::FilterValueKind::ContractMode:
                QCOMPARE(editor, u"modeValueCombo"_s);
                break;
            case ud::FilterValueKind::Boolean:
                QCOMPARE(editor, u"booleanValueCombo"_s);
                break;
            case ud::FilterValueKind::Date:
                QCOMPARE(editor, u"dateValueEdit"_s);
                break;
            }
        }
        // A date with a calendar.
        selectData(attribute, int(ud::FilterAttribute::CreatedOn));
        selectData(op, int(ud::FilterOperator::Before));
        auto *date = child<QDateEdit>(row, u"dateValueEdit"_s);
        QVERIFY(date->calendarPopup());
        date->setDate(QDate(2024, 5, 3));
        QCOMPARE(dialog.filter().toText(), u"created_on before 2024-05-03"_s);
        QVERIFY(ud::TenantQuery(*m_connection).count(dialog.filter()));
        QCOMPARE(*ud::TenantQuery(*m_connection).count(dialog.filter()), qint64(2));
        // A yes/no attribute.
        selectData(attribute, int(ud::FilterAttribute::Locked));
        auto *boolean = child<QComboBox>(row, u"booleanValueCombo"_s);
        boolean->setCurrentIndex(boolean->findData(u"false"_s));
        QCOMPARE(dialog.filter().toText(), u"locked eq false"_s);
        // Accessible names say which condition and which part.
        QCOMPARE(attribute->accessibleName(), u"Condition 1 attribute"_s);
        QCOMPARE(child<QToolButton>(row, u"removeButton"_s)->accessibleName(),
                 u"Remove condition 1"_s);

        // Every kind round-trips through setFilter.
        const ud::TenantFilter every = parsed(
            u"hostname ends_with \".eu.example.com\" and company_name ne \"say \\\"hi\\\"\" and "
            "contract_mode ne unknown and service_provider eq TRUE and "
            "created_on after 2024-12-31"_s);
        dialog.setFilter(every);
        QCOMPARE(dialog.rows().size(), 5);
        QCOMPARE(dialog.filter(), every);
        QCOMPARE(child<QLineEdit>(&dialog, u"previewEdit"_s)->text(), every.toText());

        // Remove a row with its button.
        QTest::mouseClick(child<QToolButton>(dialog.rows().at(1), u"removeButton"_s),
                          Qt::LeftButton);
        QCOMPARE(dialog.rows().size(), 4);
        QCOMPARE(dialog.filter().conditions.at(1).attribute, ud::FilterAttribute::ContractMode);
        QCOMPARE(child<QComboBox>(dialog.rows().at(1), u"attributeCombo"_s)->accessibleName(),
                 u"Condition 2 attribute"_s);

        // Cancel rejects.
        QTest::mouseClick(child<QPushButton>(&dialog, u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void keyboardOnly()
    {
        FilterDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Add condition from the keyboard, then Tab through the row.
        auto *add = child<QPushButton>(&dialog, u"addButton"_s);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(dialog.rows().size(), 1);
        FilterConditionRow *row = dialog.rows().at(0);
        auto *attribute = child<QComboBox>(row, u"attributeCombo"_s);
        QTRY_COMPARE(QApplication::focusWidget(), attribute);
        QTest::keyClick(attribute, Qt::Key_Up); // Company name -> Hostname
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *op = child<QComboBox>(row, u"operatorCombo"_s);
        QCOMPARE(QApplication::focusWidget(), op);
        QTest::keyClick(op, Qt::Key_End); // ends with
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *text = child<QLineEdit>(row, u"textValueEdit"_s);
        QCOMPARE(QApplication::focusWidget(), text);
        QTest::keyClicks(text, u".eu.example.com"_s);
        QTest::keyClick(text, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QToolButton>(row, u"removeButton"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), add);
        QCOMPARE(dialog.filter().toText(), u"hostname ends_with .eu.example.com"_s);
        // Enter applies (Apply is the default button).
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void badValueKeepsApplyDisabled()
    {
        FilterDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        FilterConditionRow *row = dialog.addCondition();
        auto *apply = child<QPushButton>(&dialog, u"applyButton"_s);
        auto *error = child<QLabel>(row, u"errorLabel"_s);
        QVERIFY(!apply->isEnabled());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Enter the text to look for."_s);
        QVERIFY(child<QLabel>(&dialog, u"formError"_s)->isVisible());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(dialog.isVisible());

        auto *text = child<QLineEdit>(row, u"textValueEdit"_s);
        text->setText(u"tab\there"_s); // pasted
        QVERIFY(!apply->isEnabled());
        QVERIFY(error->text().contains(u"control characters"_s));
        text->setText(u"fine"_s);
        QVERIFY(apply->isEnabled());
        QVERIFY(!error->isVisible());
        QVERIFY(!child<QLabel>(&dialog, u"formError"_s)->isVisible());
        // A second, incomplete row disables Apply again.
        dialog.addCondition();
        QVERIFY(!apply->isEnabled());
    }

    void badNamesAndDuplicatesSaveNothing()
    {
        const ud::TenantFilter filter = parsed(kExpectedText);
        ud::SavedFilterStore store(*m_connection, m_admin, ud::systemClock());
        QVERIFY(store.save(u"Taken"_s, u"locked eq true"_s));
        const QString before = m_db->dump({u"saved_filters"_s});

        SaveFilterDialog save(*m_connection, m_admin, ud::systemClock(), filter);
        save.show();
        QVERIFY(QTest::qWaitForWindowExposed(&save));
        auto *name = child<QLineEdit>(&save, u"nameEdit"_s);
        auto *nameError = child<QLabel>(&save, u"nameError"_s);
        QVERIFY(!nameError->isVisible());

        // Blank.
        name->setText(u"   "_s);
        guitest::clickOk(&save);
        QVERIFY(save.isVisible());
        QVERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), u"Name: a name is required."_s);
        // Too long.
        name->setText(QString(101, u'n'));
        guitest::clickOk(&save);
        QVERIFY(save.isVisible());
        QVERIFY(nameError->text().contains(u"at most 100"_s));
        // Taken (any case), not replaced.
        name->setText(u"TAKEN"_s);
        MessageBox::setNextAnswer(QMessageBox::No);
        guitest::clickOk(&save);
        QVERIFY(save.isVisible());
        QVERIFY(MessageBox::lastText().contains(u"locked eq true"_s));
        QVERIFY(nameError->text().contains(u"already exists"_s));
        QCOMPARE(m_db->dump({u"saved_filters"_s}), before);

        // Taken, replaced after confirming.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        guitest::clickOk(&save);
        QCOMPARE(save.result(), int(QDialog::Accepted));
        const auto replaced = store.find(u"taken"_s);
        QVERIFY(replaced && replaced->has_value());
        QCOMPARE((*replaced)->filterText, kExpectedText);
        QCOMPARE((*replaced)->name, u"TAKEN"_s);
        QCOMPARE(m_db->count(u"saved_filters"_s), 1);

        // An empty filter cannot be saved at all.
        SaveFilterDialog empty(*m_connection, m_admin, ud::systemClock(), ud::TenantFilter());
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(child<QLabel>(&empty, u"formError"_s)->isVisible());
        QVERIFY(!empty.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        // Someone without tenants:view is told so, and nothing is saved.
        const qint64 role = accesstest::addRole(*m_connection, u"Usage only"_s,
                                                accesstest::grants({u"usage_data:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"usage"_s, role);
        const ud::Actor outsider = accesstest::actorOf(*m_connection, u"usage"_s);
        SaveFilterDialog refused(*m_connection, outsider, ud::systemClock(), filter);
        refused.show();
        QVERIFY(QTest::qWaitForWindowExposed(&refused));
        child<QLineEdit>(&refused, u"nameEdit"_s)->setText(u"Mine"_s);
        guitest::clickOk(&refused);
        QVERIFY(refused.isVisible());
        QVERIFY(child<QLabel>(&refused, u"formError"_s)->text().startsWith(u"Not permitted"_s));
        QCOMPARE(m_db->count(u"saved_filters"_s), 1);
        QVERIFY(store.remove(u"taken"_s));
    }
};

QTEST_MAIN(TestFilterDialog)
#include "tst_filterdialog_gui.moc"
