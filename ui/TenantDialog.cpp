#include "TenantDialog.h"

#include "MessageBox.h"
#include "ui_TenantDialog.h"

#include <QPushButton>

using Field = ud::TenantAdministration::Field;

TenantDialog::TenantDialog(ud::TenantAdministration &service, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TenantDialog>())
    , m_service(service)
{
    m_tenant.createdOn = today;
    setUp();
}

TenantDialog::TenantDialog(ud::TenantAdministration &service, const ud::Tenant &tenant,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TenantDialog>())
    , m_service(service)
    , m_adding(false)
    , m_tenant(tenant)
{
    setUp();
}

TenantDialog::~TenantDialog() = default;

void TenantDialog::setUp()
{
    m_ui->setupUi(this);
    setWindowTitle(m_adding ? tr("Add Tenant") : tr("Edit Tenant"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Save"));
    for (QLabel *label :
         {m_ui->tenantIdError, m_ui->hostnameError, m_ui->companyNameError, m_ui->formError})
        label->hide();

    // Shown as the Tenants List shows them; the item data is the mode.
    const std::pair<ud::ContractMode, QString> modes[] = {
        {ud::ContractMode::Production, tr("Production")},
        {ud::ContractMode::Trial, tr("Trial")},
        {ud::ContractMode::Unknown, tr("Unknown")}};
    for (const auto &[mode, label] : modes)
        m_ui->contractModeCombo->addItem(label, static_cast<int>(mode));

    const ud::Tenant &t = m_tenant;
    if (m_adding) {
        m_ui->tenantIdEdit->setPlaceholderText(tr("Leave empty to generate one"));
        m_ui->contractModeCombo->setCurrentIndex(
            m_ui->contractModeCombo->findData(static_cast<int>(ud::ContractMode::Unknown)));
    } else {
        m_ui->tenantIdEdit->setText(t.tenantId);
        m_ui->tenantIdEdit->setReadOnly(true);
        m_ui->tenantIdEdit->setToolTip(tr("A tenant's ID never changes."));
        m_ui->hostnameEdit->setText(t.hostname);
        m_ui->companyNameEdit->setText(t.companyName);
        m_ui->contractModeCombo->setCurrentIndex(
            m_ui->contractModeCombo->findData(static_cast<int>(t.contractMode)));
        m_ui->lockedCheck->setChecked(t.locked);
        m_ui->serviceProviderCheck->setChecked(t.serviceProvider);
        m_ui->authenticationAccountCheck->setChecked(t.authenticationAccount);
        m_ui->issuanceAccountCheck->setChecked(t.issuanceAccount);
    }
    m_ui->createdOnEdit->setDate(t.createdOn.isValid() ? t.createdOn : QDate::currentDate());
    (m_adding ? m_ui->tenantIdEdit : m_ui->hostnameEdit)->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TenantDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TenantDialog::reject);
    adjustSize();
}

ud::Tenant TenantDialog::draft() const
{
    ud::Tenant t;
    t.tenantId = m_ui->tenantIdEdit->text().trimmed();
    // data.md trims surrounding spaces from every value; the dialog does too.
    t.hostname = m_ui->hostnameEdit->text().trimmed();
    t.companyName = m_ui->companyNameEdit->text().trimmed();
    t.contractMode = static_cast<ud::ContractMode>(m_ui->contractModeCombo->currentData().toInt());
    t.locked = m_ui->lockedCheck->isChecked();
    t.serviceProvider = m_ui->serviceProviderCheck->isChecked();
    t.authenticationAccount = m_ui->authenticationAccountCheck->isChecked();
    t.issuanceAccount = m_ui->issuanceAccountCheck->isChecked();
    t.createdOn = m_ui->createdOnEdit->date();
    return t;
}

void TenantDialog::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}

bool TenantDialog::validate()
{
    const QMap<Field, QString> problems = ud::TenantAdministration::problems(draft());
    showError(m_ui->tenantIdError, problems.value(Field::TenantId));
    showError(m_ui->hostnameError, problems.value(Field::Hostname));
    showError(m_ui->companyNameError, problems.value(Field::CompanyName));
    // The date edit cannot hold an invalid date, so created_on needs no label.
    if (problems.contains(Field::TenantId))
        m_ui->tenantIdEdit->setFocus();
    else if (problems.contains(Field::Hostname))
        m_ui->hostnameEdit->setFocus();
    else if (problems.contains(Field::CompanyName))
        m_ui->companyNameEdit->setFocus();
    return problems.isEmpty();
}

void TenantDialog::accept()
{
    showError(m_ui->formError, QString());
    if (!validate())
        return;
    const auto saved = m_adding ? m_service.add(draft()) : m_service.edit(draft());
    if (!saved) {
        showError(m_ui->formError, saved.error().message);
        return;
    }
    m_tenant = *saved;
    QDialog::accept();
}
