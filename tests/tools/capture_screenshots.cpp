// Renders the access-control pages offscreen on a demo database and saves
// them as PNGs for the README: capture_screenshots [output folder]
// (default: docs/screenshots in the source tree). Not a test.
#include "AdministratorsPage.h"
#include "AuditLogPage.h"
#include "ErrorText.h"
#include "FilterConditionRow.h"
#include "FilterDialog.h"
#include "GenerateReportDialog.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "ReportComparePage.h"
#include "ReportViewPage.h"
#include "ReportsPage.h"
#include "RoleEditorPage.h"
#include "RolesPage.h"
#include "ScheduleDialog.h"
#include "ScheduledReportsPage.h"
#include "SettingsPage.h"
#include "SignInDialog.h"
#include "TenantUsagePage.h"
#include "TenantsPage.h"
#include "access/AdministrationService.h"
#include "access/SignIn.h"
#include "filters/FilterParser.h"
#include "reports/ReportGenerator.h"
#include "reports/ReportListModel.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTableModel.h"
#include "schedules/SmtpSettingsStore.h"
#include "seed/DemoSeeder.h"
#include "storage/Connection.h"
#include "storage/Migrator.h"
#include "tenants/TenantTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    qFatal("capture_screenshots: %s", qUtf8Printable(message));
}

template<typename T>
T check(ud::Result<T> result)
{
    if (!result)
        fail(result.error().message);
    return std::move(result).value();
}

void save(QWidget *widget, const QDir &folder, const QString &name)
{
    QApplication::processEvents();
    const QString path = folder.filePath(name);
    if (!widget->grab().save(path))
        fail(u"cannot write "_s + path);
    qInfo("%s", qUtf8Printable(path));
}

// A few roles and administrators, as a service provider might have them.
void fillDemo(const ud::Connection &connection, const ud::Actor &admin)
{
    ud::AdministrationService service(connection, admin, ud::systemClock());
    const ud::Role auditor = check(service.roleByName(u"Auditor"_s));

    ud::RoleDraft reports;
    reports.name = u"Manage Service Provider Reports"_s;
    reports.description = u"Generates, exports and schedules usage reports for billing."_s;
    reports.grants.addAll(ud::Entity::ExportReports);
    reports.grants.addAll(ud::Entity::ScheduledTasks);
    reports.managedRoleIds = {auditor.id};
    const qint64 reportsId = check(service.addRole(reports));

    ud::RoleDraft helpdesk;
    helpdesk.name = u"Helpdesk"_s;
    helpdesk.description = u"Looks up tenants and their usage for support calls."_s;
    helpdesk.grants.add({ud::Entity::Tenants, ud::Action::View});
    helpdesk.grants.add({ud::Entity::UsageData, ud::Action::View});
    const qint64 helpdeskId = check(service.addRole(helpdesk));

    const struct
    {
        const char16_t *user;
        const char16_t *name;
        qint64 role;
    } people[] = {
        {u"abaker", u"Alex Baker", reportsId},
        {u"cdiaz", u"Carmen Diaz", auditor.id},
        {u"ekim", u"Eun-ji Kim", helpdeskId},
        {u"fmoreau", u"François Moreau", reportsId},
    };
    for (const auto &person : people) {
        ud::AdministratorDraft draft;
        draft.userName = QString::fromUtf16(person.user);
        draft.displayName = QString::fromUtf16(person.name);
        draft.email = draft.userName + u"@provider.example"_s;
        draft.roleId = person.role;
        check(service.addAdministrator(draft, u"demo password 123"_s));
    }
    // A couple of sign-ins, one of them failed, for the audit log.
    ud::SignIn signIn(connection, ud::systemClock());
    (void)signIn.signIn(u"cdiaz"_s, u"demo password 123"_s);
    (void)signIn.signIn(u"ekim"_s, u"wrong password"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ErrorText::install(app);                  // as the application does: error texts in red
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QCoreApplication::setOrganizationName(u"UsageDeskScreenshots"_s);
    QCoreApplication::setApplicationName(u"UsageDesk"_s);
    QCoreApplication::setApplicationVersion(u"demo"_s);

    const QDir folder(argc > 1 ? QString::fromLocal8Bit(argv[1])
                               : QStringLiteral(USAGEDESK_SOURCE_DIR "/docs/screenshots"));
    if (!QDir().mkpath(folder.path()))
        fail(u"cannot create "_s + folder.path());

    // Settings (column widths, last page) in a throw-away folder: every run
    // starts from the defaults and the user's own settings stay untouched.
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    ud::DatabaseTarget target;
    target.sqlitePath = dir.filePath(u"demo.sqlite"_s);
    const auto connection = check(ud::Connection::open(target, u"screenshots"_s));
    if (const auto migrated = ud::Migrator::migrate(*connection); !migrated)
        fail(migrated.error().message);
    const ud::Actor admin =
        check(ud::SignIn(*connection, ud::systemClock())
                  .createFirstAdministrator(u"admin"_s, u"Sam Admin"_s, u"admin@provider.example"_s,
                                            u"demo password 123"_s));
    fillDemo(*connection, admin);
    ud::SeedOptions seed;
    seed.tenants = 3000;
    seed.days = 400;
    seed.seed = 42;
    seed.lastDay = QDate::currentDate();
    const ud::CancellationFlag never;
    check(ud::DemoSeeder::run(*connection, seed, never));

    {
        SignInDialog dialog(*connection);
        dialog.findChild<QLineEdit *>(u"userNameEdit"_s)->setText(u"admin"_s);
        dialog.show();
        save(&dialog, folder, u"sign-in.png"_s);
    }

    // Demo schedules and an SMTP server; nothing is sent while capturing.
    QSettings().setValue(u"schedules/runWhileOpen"_s, false);
    {
        ud::ScheduleStore schedules(*connection, admin, ud::systemClock());
        ud::Schedule weekly;
        weekly.name = u"Weekly billing"_s;
        weekly.description = u"Every Monday for the billing team"_s;
        weekly.recipients = {u"billing@provider.example"_s};
        weekly.recurrence = ud::Recurrence::Weekly;
        weekly.dayOfWeek = Qt::Monday;
        weekly.timeOfDay = QTime(6, 0);
        weekly.timeZone = "Europe/Berlin";
        check(schedules.add(weekly));
        ud::Schedule monthly = weekly;
        monthly.name = u"Month-end trials"_s;
        monthly.description = u"Trial tenants, for sales"_s;
        monthly.recipients = {u"sales@provider.example"_s, u"cdiaz@provider.example"_s};
        monthly.recurrence = ud::Recurrence::Monthly;
        monthly.dayOfWeek = 0;
        monthly.dayOfMonth = 1;
        monthly.timeOfDay = QTime(7, 30);
        monthly.timeZone = "America/New_York";
        monthly.delimiter = u"semicolon"_s;
        monthly.bom = true;
        monthly.scope = u"filter:contract_mode eq TRIAL"_s;
        check(schedules.add(monthly));
        ud::Schedule daily = weekly;
        daily.name = u"Daily totals"_s;
        daily.description.clear();
        daily.recurrence = ud::Recurrence::Daily;
        daily.dayOfWeek = 0;
        daily.timeZone = "UTC";
        daily.enabled = false;
        check(schedules.add(daily));
        ud::SmtpSettings smtp;
        smtp.host = u"smtp.provider.example"_s;
        smtp.port = 587;
        smtp.userName = u"usagedesk"_s;
        smtp.fromAddress = u"usagedesk@provider.example"_s;
        smtp.trustedFingerprint = u""_s;
        if (const ud::Status saved =
                ud::SmtpSettingsStore(*connection, admin, ud::systemClock()).save(smtp);
            !saved)
            fail(saved.error().message);
    }

    // Three stored reports: two months of all tenants (to compare) and the
    // trial tenants over a quarter.
    QList<qint64> reportIds;
    {
        const QDate today = QDate::currentDate();
        const QDate lastMonth = today.addMonths(-1);
        const QDate monthBefore = today.addMonths(-2);
        const auto generate = [&](const QString &name, const QString &description,
                                  const QString &scope, const QString &period) {
            ud::ReportRequest request;
            request.name = name;
            request.description = description;
            request.scope = scope;
            request.period = period;
            request.today = today;
            reportIds << check(
                ud::ReportGenerator(*connection, ud::systemClock()).generate(admin, request));
        };
        const QLocale english(QLocale::English);
        const auto monthName = [&](QDate day) {
            return english.toString(day, u"MMMM yyyy"_s);
        };
        generate(u"Billing "_s + monthName(monthBefore), u"All tenants, for invoicing"_s, u"all"_s,
                 u"custom:%1..%2"_s.arg(
                     QDate(monthBefore.year(), monthBefore.month(), 1).toString(Qt::ISODate),
                     QDate(monthBefore.year(), monthBefore.month(), monthBefore.daysInMonth())
                         .toString(Qt::ISODate)));
        generate(u"Billing "_s + monthName(lastMonth), u"All tenants, for invoicing"_s, u"all"_s,
                 u"last-month"_s);
        generate(u"Trial tenants, last quarter"_s, u"For the sales team"_s,
                 u"filter:contract_mode eq TRIAL"_s, u"last-3-months"_s);
    }

    MainWindow window(*connection, admin);
    window.resize(1200, 760);
    window.show();
    window.showPage(MainWindow::Page::Tenants);
    TenantsPage *tenants = window.tenantsPage();
    const auto loaded = [tenants] {
        ud::TenantTableModel *model = tenants->model();
        for (int row = 0; row < qMin(model->rowCount(), 40); ++row) {
            if (!model->tenantAt(row))
                return false;
        }
        return model->totalCount().has_value() && !model->isLoading();
    };
    if (!QTest::qWaitFor(loaded, 20000))
        fail(u"the tenants list did not load"_s);
    save(&window, folder, u"tenants-list.png"_s);

    // The Filters dialog with the filter, then the list it gives.
    const auto filter = check(ud::FilterParser::parse(
        u"company_name contains \"bank\" and contract_mode eq PRODUCTION"_s));
    {
        FilterDialog dialog(&window);
        dialog.setFilter(filter);
        dialog.show();
        save(&dialog, folder, u"filters-dialog.png"_s);
    }
    tenants->setFilter(filter);
    if (!QTest::qWaitFor(loaded, 20000))
        fail(u"the tenants list did not load"_s);
    save(&window, folder, u"tenants-filtered.png"_s);

    // One tenant's usage, monthly.
    tenants->showUsage(0);
    QTest::qWait(200);
    save(&window, folder, u"tenant-usage.png"_s);
    tenants->showList();
    tenants->setFilter(ud::TenantFilter());
    if (!QTest::qWaitFor(loaded, 20000))
        fail(u"the tenants list did not load"_s);

    // The Generate Usage Report dialog for all tenants, counted.
    if (GenerateReportDialog *dialog = tenants->generateReportForList()) {
        dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Billing this month"_s);
        if (!QTest::qWaitFor([dialog] { return !dialog->isCounting(); }, 20000))
            fail(u"the tenants were not counted"_s);
        save(dialog, folder, u"generate-report.png"_s);
        dialog->reject();
    } else {
        fail(u"the Generate Usage Report dialog did not open"_s);
    }

    // The Reports page, one report's rows and the two months compared.
    window.showPage(MainWindow::Page::Reports);
    ReportsPage *reports = window.reportsPage();
    reports->reload();
    if (!QTest::qWaitFor([reports] { return !reports->model()->isLoading(); }, 20000))
        fail(u"the reports did not load"_s);
    save(&window, folder, u"reports.png"_s);
    {
        QSignalSpy opened(reports->viewPage(), &ReportViewPage::opened);
        reports->viewReport(reportIds.at(1));
        if (!opened.wait(20000))
            fail(u"the report did not open"_s);
        QTest::qWait(300);
        save(&window, folder, u"report-view.png"_s);
        reports->showList();
    }
    {
        QSignalSpy compared(reports->comparePage(), &ReportComparePage::compared);
        reports->compare(reportIds.at(0), reportIds.at(1));
        if (!compared.wait(20000))
            fail(u"the reports were not compared"_s);
        save(&window, folder, u"report-compare.png"_s);
        reports->showList();
    }

    window.showPage(MainWindow::Page::Members);
    MembersPage *members = window.membersPage();
    members->showRoles();
    RolesPage *roles = members->rolesPage();
    roles->selectRole(u"Manage Service Provider Reports"_s);
    save(&window, folder, u"members-roles.png"_s);

    // The seed's procedure, half-way: Auditor chosen, All for two entities.
    roles->addRole();
    RoleEditorPage *editor = roles->editor();
    editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Report Manager"_s);
    editor->findChild<QPlainTextEdit *>(u"descriptionEdit"_s)
        ->setPlainText(u"Generates and schedules usage reports; manages Auditors."_s);
    auto *combo = editor->findChild<QComboBox *>(u"manageRolesCombo"_s);
    combo->setCurrentIndex(combo->findText(u"Auditor"_s));
    editor->allButton(ud::Entity::ExportReports)->click();
    editor->allButton(ud::Entity::ScheduledTasks)->click();
    window.resize(1200, 900);
    save(&window, folder, u"role-editor.png"_s);
    editor->findChild<QPushButton *>(u"cancelButton"_s)->click();
    window.resize(1200, 760);

    members->showAdministrators();
    members->administratorsPage()->selectAdministrator(u"cdiaz"_s);
    save(&window, folder, u"administrators.png"_s);

    window.showPage(MainWindow::Page::AuditLog);
    if (!QTest::qWaitFor([&window] { return !window.auditLogPage()->isLoading(); }, 20000))
        fail(u"the audit log did not load"_s);
    save(&window, folder, u"audit-log.png"_s);

    window.showPage(MainWindow::Page::ScheduledReports);
    ScheduledReportsPage *scheduled = window.scheduledReportsPage();
    if (!QTest::qWaitFor([scheduled] { return !scheduled->model()->isLoading(); }, 20000))
        fail(u"the scheduled reports did not load"_s);
    scheduled->select(scheduled->model()->rowAt(0).schedule.id);
    save(&window, folder, u"scheduled-reports.png"_s);
    {
        ScheduleDialog dialog(*connection, admin, ud::systemClock(), &window);
        dialog.setSchedule(check(
            ud::ScheduleStore(*connection, admin, ud::systemClock())
                .find(scheduled->model()->rowAt(scheduled->model()->rowCount() - 1).schedule.id)));
        dialog.show();
        save(&dialog, folder, u"schedule-dialog.png"_s);
    }

    window.showPage(MainWindow::Page::Settings);
    auto *sections = window.settingsPage()->findChild<QTabWidget *>(u"sections"_s);
    if (!sections)
        fail(u"the Settings page has no sections"_s);
    for (const auto &[tab, file] : {std::pair{u"generalTab"_s, u"settings-general.png"_s},
                                    std::pair{u"databaseTab"_s, u"settings-database.png"_s},
                                    std::pair{u"emailTab"_s, u"settings-email.png"_s}}) {
        const int index = sections->indexOf(sections->findChild<QWidget *>(tab));
        if (index < 0)
            fail(u"the Settings page has no %1"_s.arg(tab));
        sections->setCurrentIndex(index);
        save(&window, folder, file);
    }
    return 0;
}
