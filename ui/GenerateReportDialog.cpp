#include "GenerateReportDialog.h"

#include "BackgroundCall.h"
#include "MessageBox.h"
#include "ReportExportDefaults.h"
#include "ScheduleTimingFields.h"
#include "core/FieldRules.h"
#include "reports/ReportCalculator.h"
#include "reports/ReportPeriod.h"
#include "schedules/ScheduleStore.h"
#include "storage/Connection.h"
#include "ui_GenerateReportDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;
using Preset = ud::ReportPeriod::Preset;

namespace {

const QString kDelimiterKey = ReportExportDefaults::lastDelimiterKey();
const QString kBomKey = ReportExportDefaults::lastBomKey();
const QString kPeriodKey = u"generateReportDialog/period"_s;

constexpr Preset kPresets[] = {Preset::CurrentMonth, Preset::LastMonth, Preset::Last3Months,
                               Preset::Last12Months, Preset::YearToDate};

} // namespace

GenerateReportDialog::GenerateReportDialog(ud::DatabaseTarget target, ud::Actor actor,
                                           ud::ReportScope scope, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GenerateReportDialog>())
    , m_target(std::move(target))
    , m_actor(std::move(actor))
    , m_scope(std::move(scope))
    , m_today(today)
    , m_cancelCount(std::make_shared<ud::CancellationFlag>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    for (QLabel *label :
         {m_ui->nameError, m_ui->descriptionError, m_ui->periodError, m_ui->formError})
        label->hide();
    m_ui->quickSearchNote->hide();
    // The rule (100) is checked and explained, not cut silently at 100.
    m_ui->nameEdit->setMaxLength(200);

    setUpSchedule();

    fillChoices();
    restoreSettings();
    periodChosen();

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &GenerateReportDialog::validate);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        m_scheduleError.clear(); // a taken name may be free now
        validate();
    });
    m_ui->nameEdit->installEventFilter(this);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_descriptionTouched = true;
        validate();
    });
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this,
            &GenerateReportDialog::periodChosen);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &GenerateReportDialog::validate);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &GenerateReportDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GenerateReportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GenerateReportDialog::reject);

    validate();
    startCount();
    m_ui->nameEdit->setFocus();
    adjustSize();
}

GenerateReportDialog::~GenerateReportDialog()
{
    m_cancelCount->cancel();
    waitFor(m_counter);
    waitFor(m_scheduleSaver);
}

void GenerateReportDialog::setUpSchedule()
{
    m_timing = new ScheduleTimingFields(m_ui->scheduleFields);
    m_ui->scheduleLayout->addWidget(m_timing);
    m_ui->scheduleFields->hide();
    const QString missing = missingSchedulePermission();
    m_ui->scheduleCheck->setEnabled(missing.isEmpty());
    m_ui->scheduleCheck->setToolTip(
        missing.isEmpty() ? tr("Also send this report by e-mail on a schedule") : missing);
    connect(m_ui->scheduleCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->scheduleFields->setVisible(on);
        validate();
        adjustSize();
    });
    connect(m_timing, &ScheduleTimingFields::changed, this, &GenerateReportDialog::validate);
}

QString GenerateReportDialog::missingSchedulePermission() const
{
    // ScheduleStore refuses these anyway (access.md).
    if (!m_actor.can({ud::Entity::ScheduledTasks, ud::Action::Add}))
        return tr("Scheduling needs Scheduled Task Management: Add in your role");
    if (!m_actor.can({ud::Entity::ExportReports, ud::Action::Add}))
        return tr("Scheduling needs Export Reports: Add in your role");
    return QString();
}

void GenerateReportDialog::setClock(ud::Clock clock)
{
    m_clock = clock;
    m_timing->setClock(std::move(clock));
}

std::optional<ud::Schedule> GenerateReportDialog::schedule() const
{
    if (!m_ui->scheduleCheck->isChecked())
        return std::nullopt;
    ud::Schedule schedule;
    schedule.id = m_scheduleId;
    const auto name = checkedName();
    schedule.name = name ? *name : m_ui->nameEdit->text().trimmed();
    schedule.description = m_ui->descriptionEdit->toPlainText();
    m_timing->applyTo(schedule);
    schedule.delimiter = m_ui->delimiterCombo->currentData().toString();
    schedule.bom = m_ui->bomCheck->isChecked();
    schedule.scope = m_scope.text();
    schedule.enabled = true;
    return schedule;
}

void GenerateReportDialog::saveSchedule()
{
    const auto draft = schedule();
    if (!draft)
        return;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_scheduleError.clear();
    showError(m_ui->formError, QString());
    m_scheduleSaver = runInBackground<ud::Result<qint64>>(
        this,
        [target = m_target, actor = m_actor, clock = m_clock,
         draft = *draft]() -> ud::Result<qint64> {
            auto connection = ud::Connection::open(target, u"schedule-save"_s);
            if (!connection)
                return connection.error();
            return ud::ScheduleStore(**connection, actor, clock).add(draft);
        },
        [this](const ud::Result<qint64> &saved) {
            m_scheduleSaver = nullptr;
            if (!saved) {
                m_scheduleError = tr("The schedule was not created: %1").arg(saved.error().message);
                validate();
                return;
            }
            m_scheduleId = *saved;
            saveSettings();
            QDialog::accept();
        });
}

void GenerateReportDialog::fillChoices()
{
    // The ids are the names CsvWriter::delimiterFromName and the generator take.
    m_ui->delimiterCombo->addItem(tr("Comma (,)"), u"comma"_s);
    m_ui->delimiterCombo->addItem(tr("Pipe (|)"), u"pipe"_s);
    m_ui->delimiterCombo->addItem(tr("Semicolon (;)"), u"semicolon"_s);
    m_ui->delimiterCombo->addItem(tr("Tab"), u"tab"_s);

    for (Preset preset : kPresets) {
        const auto period = ud::ReportPeriod::parse(ud::ReportPeriod::presetName(preset), m_today);
        m_ui->periodCombo->addItem(period ? period->displayText()
                                          : ud::ReportPeriod::presetDisplayName(preset),
                                   ud::ReportPeriod::presetName(preset));
    }
    m_ui->periodCombo->addItem(tr("Custom…"), ud::ReportPeriod::presetName(Preset::Custom));

    // Days after today have no usage yet: the calendars stop there.
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        edit->setMaximumDate(m_today);
    const auto lastMonth = ud::ReportPeriod::parse(u"last-month"_s, m_today);
    if (lastMonth) {
        m_ui->fromEdit->setDate(lastMonth->first());
        m_ui->toEdit->setDate(lastMonth->last());
    }
}

void GenerateReportDialog::restoreSettings()
{
    const QSettings settings;
    const ReportExportDefaults defaults = ReportExportDefaults::load();
    const int delimiter = m_ui->delimiterCombo->findData(
        settings.value(kDelimiterKey, defaults.delimiter).toString());
    m_ui->delimiterCombo->setCurrentIndex(qMax(0, delimiter));
    m_ui->bomCheck->setChecked(settings.value(kBomKey, defaults.bom).toBool());
    const int period =
        m_ui->periodCombo->findData(settings.value(kPeriodKey, u"last-month"_s).toString());
    m_ui->periodCombo->setCurrentIndex(period >= 0 ? period : 1);
}

void GenerateReportDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(kDelimiterKey, m_ui->delimiterCombo->currentData().toString());
    settings.setValue(kBomKey, m_ui->bomCheck->isChecked());
    settings.setValue(kPeriodKey, m_ui->periodCombo->currentData().toString());
}

void GenerateReportDialog::setQuickSearchActive(bool active)
{
    m_ui->quickSearchNote->setVisible(active);
}

void GenerateReportDialog::periodChosen()
{
    const bool custom =
        m_ui->periodCombo->currentData().toString() == ud::ReportPeriod::presetName(Preset::Custom);
    m_ui->customFields->setVisible(custom);
    validate();
}

void GenerateReportDialog::startCount()
{
    m_ui->scopeLabel->setText(tr("Counting tenants…"));
    m_counter = runInBackground<ud::Result<Counted>>(
        this,
        [target = m_target, scope = m_scope, cancel = m_cancelCount]() -> ud::Result<Counted> {
            auto connection = ud::Connection::open(target, u"report-count"_s);
            if (!connection)
                return connection.error();
            const ud::ReportCalculator calculator(**connection);
            const auto count = calculator.count(scope, cancel.get());
            if (!count)
                return count.error();
            Counted counted{*count, QString()};
            if (scope.kind() == ud::ReportScope::Kind::Tenant && *count > 0) {
                const auto hostname = calculator.hostnameOf(scope.tenantId());
                if (!hostname)
                    return hostname.error();
                counted.hostname = *hostname;
            }
            return counted;
        },
        [this](const ud::Result<Counted> &counted) {
            m_counter = nullptr; // finished; the thread deletes itself
            showCount(counted);
        });
}

void GenerateReportDialog::showCount(const ud::Result<Counted> &counted)
{
    if (!counted) {
        // Only the line is lost: the report itself can still be asked for.
        m_ui->scopeLabel->setText(
            tr("Cannot count the tenants: %1").arg(MessageBox::sentence(counted.error().message)));
        return;
    }
    m_count = counted->count;
    QString text = m_scope.describe(counted->count, counted->hostname);
    if (counted->count == 0) {
        switch (m_scope.kind()) {
        case ud::ReportScope::Kind::Tenant:
            // describe() says the tenant does not exist: nothing to report on.
            m_tenantMissing = true;
            break;
        case ud::ReportScope::Kind::All:
            text = tr("There are no tenants: the report would be empty");
            break;
        case ud::ReportScope::Kind::Filter:
            text = tr("No tenants match the filter: the report would be empty");
            break;
        }
    }
    m_ui->scopeLabel->setText(text);
    validate();
}

ud::Result<QString> GenerateReportDialog::checkedName() const
{
    return ud::validateName(tr("Name"), m_ui->nameEdit->text());
}

ud::Result<QString> GenerateReportDialog::checkedDescription() const
{
    return ud::validateDescription(tr("Description"), m_ui->descriptionEdit->toPlainText());
}

QString GenerateReportDialog::periodText() const
{
    const QString chosen = m_ui->periodCombo->currentData().toString();
    if (chosen != ud::ReportPeriod::presetName(Preset::Custom))
        return chosen;
    const auto period =
        ud::ReportPeriod::custom(m_ui->fromEdit->date(), m_ui->toEdit->date(), m_today);
    return period ? period->text() : QString();
}

QString GenerateReportDialog::periodProblem() const
{
    const QString chosen = m_ui->periodCombo->currentData().toString();
    if (chosen != ud::ReportPeriod::presetName(Preset::Custom)) {
        const auto period = ud::ReportPeriod::parse(chosen, m_today);
        return period ? QString() : period.error().message;
    }
    const auto period =
        ud::ReportPeriod::custom(m_ui->fromEdit->date(), m_ui->toEdit->date(), m_today);
    return period ? QString() : period.error().message;
}

QString GenerateReportDialog::missingPermission() const
{
    // The generator refuses these anyway (access.md); saying so here spares
    // filling in a form that cannot succeed.
    if (!m_actor.can({ud::Entity::ExportReports, ud::Action::Add}))
        return tr("Your role does not include generating usage reports (Export Reports: Add)");
    if (!m_actor.can({ud::Entity::Tenants, ud::Action::View}))
        return tr("Your role does not include viewing tenants (Tenants: View), which "
                  "generating a usage report needs");
    return QString();
}

bool GenerateReportDialog::isComplete() const
{
    const bool scheduleComplete = !m_ui->scheduleCheck->isChecked() || m_timing->isComplete();
    return checkedName().ok() && checkedDescription().ok() && periodProblem().isEmpty() &&
           !m_tenantMissing && missingPermission().isEmpty() && scheduleComplete &&
           !m_scheduleSaver;
}

bool GenerateReportDialog::validate()
{
    const auto name = checkedName();
    showError(m_ui->nameError,
              (m_nameTouched || m_confirmTried) && !name ? name.error().message : QString());
    const auto description = checkedDescription();
    showError(m_ui->descriptionError, (m_descriptionTouched || m_confirmTried) && !description
                                          ? description.error().message
                                          : QString());
    // The dates start valid, so a problem here is always the user's doing.
    showError(m_ui->periodError, periodProblem());
    const QString missing = missingPermission();
    showError(m_ui->formError, missing.isEmpty() ? m_scheduleError : missing);
    const bool complete = isComplete();
    QPushButton *confirm = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    confirm->setEnabled(complete);
    confirm->setToolTip(complete || name ? QString() : tr("Enter a name for the report first."));
    return complete;
}

bool GenerateReportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the name empty is touching it too: the message shows at once.
    if (watched == m_ui->nameEdit && event->type() == QEvent::FocusOut && !m_nameTouched) {
        m_nameTouched = true;
        validate();
    }
    return QDialog::eventFilter(watched, event);
}

void GenerateReportDialog::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}

ud::ReportRequest GenerateReportDialog::request() const
{
    ud::ReportRequest request;
    const auto name = checkedName();
    request.name = name ? *name : m_ui->nameEdit->text().trimmed();
    request.description = m_ui->descriptionEdit->toPlainText();
    request.scope = m_scope.text();
    request.period = periodText();
    request.delimiter = m_ui->delimiterCombo->currentData().toString();
    request.bom = m_ui->bomCheck->isChecked();
    request.formulaGuard = true;
    request.today = m_today;
    return request;
}

void GenerateReportDialog::accept()
{
    m_confirmTried = true;
    if (!validate()) {
        if (!checkedName())
            m_ui->nameEdit->setFocus();
        else if (!checkedDescription())
            m_ui->descriptionEdit->setFocus();
        if (m_ui->scheduleCheck->isChecked())
            m_timing->showAllErrors();
        return;
    }
    if (m_ui->scheduleCheck->isChecked()) {
        saveSchedule();
        return;
    }
    saveSettings();
    QDialog::accept();
}
