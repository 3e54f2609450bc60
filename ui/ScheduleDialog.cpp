#include "ScheduleDialog.h"

#include "MessageBox.h"
#include "ReportExportDefaults.h"
#include "ScheduleTimingFields.h"
#include "core/FieldRules.h"
#include "filters/SavedFilterStore.h"
#include "reports/ReportScope.h"
#include "schedules/ScheduleStore.h"
#include "ui_ScheduleDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

enum class ScopeKind
{
    All,
    Tenant,
    Filter,
    Saved
};

} // namespace

ScheduleDialog::ScheduleDialog(const ud::Connection &connection, ud::Actor actor, ud::Clock clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScheduleDialog>())
    , m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    m_ui->nameEdit->setMaxLength(200); // the rule (100) is explained, not cut silently
    m_ui->timingFields->setClock(m_clock);
    fillChoices();

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_descriptionTouched = true;
        validate();
    });
    connect(m_ui->timingFields, &ScheduleTimingFields::changed, this, &ScheduleDialog::validate);
    connect(m_ui->scopeKindCombo, &QComboBox::currentIndexChanged, this,
            &ScheduleDialog::scopeChanged);
    connect(m_ui->scopeEdit, &QLineEdit::textChanged, this, &ScheduleDialog::scopeChanged);
    connect(m_ui->savedFilterCombo, &QComboBox::currentIndexChanged, this,
            &ScheduleDialog::scopeChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ScheduleDialog::reject);

    scopeChanged();
    m_ui->nameEdit->setFocus();
}

ScheduleDialog::~ScheduleDialog() = default;

ScheduleTimingFields *ScheduleDialog::timingFields() const
{
    return m_ui->timingFields;
}

void ScheduleDialog::fillChoices()
{
    m_ui->taskTypeCombo->addItem(tr("Usage Report"), u"usage-report"_s);
    // The ids are the names CsvWriter::delimiterFromName takes.
    m_ui->delimiterCombo->addItem(tr("Comma (,)"), u"comma"_s);
    m_ui->delimiterCombo->addItem(tr("Pipe (|)"), u"pipe"_s);
    m_ui->delimiterCombo->addItem(tr("Semicolon (;)"), u"semicolon"_s);
    m_ui->delimiterCombo->addItem(tr("Tab"), u"tab"_s);
    // A new schedule starts from Settings > General; setSchedule() replaces it.
    const ReportExportDefaults defaults = ReportExportDefaults::load();
    m_ui->delimiterCombo->setCurrentIndex(
        qMax(0, m_ui->delimiterCombo->findData(defaults.delimiter)));
    m_ui->bomCheck->setChecked(defaults.bom);

    m_ui->scopeKindCombo->addItem(tr("All tenants"), int(ScopeKind::All));
    m_ui->scopeKindCombo->addItem(tr("One tenant (by tenant ID)"), int(ScopeKind::Tenant));
    m_ui->scopeKindCombo->addItem(tr("Tenants matching a filter"), int(ScopeKind::Filter));
    const ud::SavedFilterStore savedFilters(m_connection, m_actor, m_clock);
    const auto saved = savedFilters.list();
    if (saved && !saved->isEmpty()) {
        m_ui->scopeKindCombo->addItem(tr("A saved filter"), int(ScopeKind::Saved));
        for (const ud::SavedFilter &filter : *saved)
            m_ui->savedFilterCombo->addItem(filter.name, filter.name);
    }
}

void ScheduleDialog::setSchedule(const ud::Schedule &schedule)
{
    m_editedId = schedule.id;
    m_original = schedule;
    setWindowTitle(tr("Edit Scheduled Report"));
    m_ui->nameEdit->setText(schedule.name);
    m_ui->descriptionEdit->setPlainText(schedule.description);
    m_ui->taskTypeCombo->setCurrentIndex(qMax(0, m_ui->taskTypeCombo->findData(schedule.taskType)));
    m_ui->timingFields->setSchedule(schedule);
    m_ui->delimiterCombo->setCurrentIndex(
        qMax(0, m_ui->delimiterCombo->findData(schedule.delimiter)));
    m_ui->bomCheck->setChecked(schedule.bom);
    m_ui->enabledCheck->setChecked(schedule.enabled);
    // Stored scopes are all, tenant:<id> or filter:<text> (saved ones are
    // resolved when saved).
    const QString scope = schedule.scope;
    ScopeKind kind = ScopeKind::All;
    QString rest;
    if (scope.startsWith("tenant:"_L1)) {
        kind = ScopeKind::Tenant;
        rest = scope.mid(7);
    } else if (scope.startsWith("filter:"_L1)) {
        kind = ScopeKind::Filter;
        rest = scope.mid(7);
    }
    m_ui->scopeKindCombo->setCurrentIndex(m_ui->scopeKindCombo->findData(int(kind)));
    m_ui->scopeEdit->setText(rest);
    m_descriptionTouched = false;
    validate();
}

void ScheduleDialog::setReadOnly()
{
    setWindowTitle(tr("Scheduled Report"));
    for (QWidget *field : findChildren<QWidget *>()) {
        if (field != m_ui->buttonBox && !m_ui->buttonBox->isAncestorOf(field) &&
            field->focusPolicy() != Qt::NoFocus)
            field->setEnabled(false);
    }
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
}

QString ScheduleDialog::scopeText() const
{
    switch (static_cast<ScopeKind>(m_ui->scopeKindCombo->currentData().toInt())) {
    case ScopeKind::All:
        return u"all"_s;
    case ScopeKind::Tenant:
        return u"tenant:"_s + m_ui->scopeEdit->text().trimmed();
    case ScopeKind::Filter:
        return u"filter:"_s + m_ui->scopeEdit->text().trimmed();
    case ScopeKind::Saved:
        return u"saved:"_s + m_ui->savedFilterCombo->currentData().toString();
    }
    return QString();
}

void ScheduleDialog::scopeChanged()
{
    const auto kind = static_cast<ScopeKind>(m_ui->scopeKindCombo->currentData().toInt());
    m_ui->scopeEdit->setVisible(kind == ScopeKind::Tenant || kind == ScopeKind::Filter);
    m_ui->scopeEdit->setPlaceholderText(
        kind == ScopeKind::Tenant ? tr("Tenant ID, e.g. 00000000-0000-4000-8000-000000000001")
                                  : tr("e.g. contract_mode eq TRIAL"));
    m_ui->savedFilterCombo->setVisible(kind == ScopeKind::Saved);
    // Parsed once per change (a saved filter is read from the database).
    const ud::SavedFilterStore savedFilters(m_connection, m_actor, m_clock);
    const auto scope = ud::ReportScope::parse(scopeText(), &savedFilters);
    m_scopeProblem = scope ? QString() : tr("Scope: %1").arg(scope.error().message);
    validate();
}

ud::Result<QString> ScheduleDialog::checkedName() const
{
    return ud::validateName(tr("Name"), m_ui->nameEdit->text());
}

ud::Result<QString> ScheduleDialog::checkedDescription() const
{
    return ud::validateDescription(tr("Description"), m_ui->descriptionEdit->toPlainText());
}

bool ScheduleDialog::isComplete() const
{
    const bool nameTaken = !m_takenName.isEmpty() && m_ui->nameEdit->text() == m_takenName;
    return checkedName().ok() && !nameTaken && checkedDescription().ok() &&
           m_ui->timingFields->isComplete() && m_scopeProblem.isEmpty();
}

bool ScheduleDialog::validate()
{
    const auto name = checkedName();
    QString nameMessage =
        (m_nameTouched || m_confirmTried) && !name ? name.error().message : QString();
    if (nameMessage.isEmpty() && !m_takenName.isEmpty() && m_ui->nameEdit->text() == m_takenName)
        nameMessage = m_takenMessage;
    showError(m_ui->nameError, nameMessage);
    const auto description = checkedDescription();
    showError(m_ui->descriptionError, (m_descriptionTouched || m_confirmTried) && !description
                                          ? description.error().message
                                          : QString());
    showError(m_ui->scopeError, m_scopeProblem);
    const bool complete = isComplete();
    if (QPushButton *confirm = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        confirm->setEnabled(complete);
    return complete;
}

ud::Schedule ScheduleDialog::schedule() const
{
    ud::Schedule schedule = m_editedId != 0 ? m_original : ud::Schedule();
    const auto name = checkedName();
    schedule.name = name ? *name : m_ui->nameEdit->text();
    schedule.description = m_ui->descriptionEdit->toPlainText();
    schedule.taskType = m_ui->taskTypeCombo->currentData().toString();
    m_ui->timingFields->applyTo(schedule);
    schedule.delimiter = m_ui->delimiterCombo->currentData().toString();
    schedule.bom = m_ui->bomCheck->isChecked();
    schedule.scope = scopeText();
    schedule.enabled = m_ui->enabledCheck->isChecked();
    return schedule;
}

void ScheduleDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok))
        return; // read-only
    if (!m_confirmTried) {
        m_confirmTried = true;
        m_ui->timingFields->showAllErrors();
    }
    if (!validate())
        return;
    ud::ScheduleStore store(m_connection, m_actor, m_clock);
    const ud::Schedule draft = schedule();
    ud::Status saved;
    if (m_editedId != 0) {
        saved = store.edit(draft);
        if (saved)
            m_savedId = m_editedId;
    } else {
        const auto id = store.add(draft);
        if (id)
            m_savedId = *id;
        else
            saved = id.error();
    }
    if (!saved) {
        const ud::Error &error = saved.error();
        // The store names the field first ("name: a schedule named ... already
        // exists"); that one belongs next to the name.
        if (error.kind == ud::ErrorKind::BadInput && error.message.startsWith("name:"_L1)) {
            m_takenName = m_ui->nameEdit->text();
            m_takenMessage = error.message;
            showError(m_ui->formError, QString());
            m_ui->nameEdit->setFocus();
        } else {
            showError(m_ui->formError, error.message);
        }
        validate();
        return;
    }
    QDialog::accept();
}

void ScheduleDialog::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}
