#include "ResetPasswordDialog.h"

#include "AdministrationInBackground.h"
#include "MessageBox.h"
#include "access/PasswordHasher.h"
#include "ui_ResetPasswordDialog.h"

#include <QGuiApplication>
#include <QPushButton>

ResetPasswordDialog::ResetPasswordDialog(ud::AdministrationService &service,
                                         const ud::Administrator &administrator, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResetPasswordDialog>())
    , m_service(service)
    , m_administrator(administrator)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Set a new password for %1. They sign in with it from now on.")
                                  .arg(administrator.userName));
    m_ui->passwordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, ud::PasswordHasher::kMinimumLength));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reset Password"));
    for (QLabel *label : {m_ui->passwordError, m_ui->repeatError, m_ui->formError})
        label->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
}

ResetPasswordDialog::~ResetPasswordDialog()
{
    waitFor(m_worker);
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->repeatEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void ResetPasswordDialog::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}

void ResetPasswordDialog::accept()
{
    showError(m_ui->formError, QString());
    const auto policy = ud::PasswordHasher::checkPolicy(m_ui->passwordEdit->text());
    showError(m_ui->passwordError, policy ? QString() : policy.error().message);
    const bool same = m_ui->passwordEdit->text() == m_ui->repeatEdit->text();
    showError(m_ui->repeatError, same ? QString() : tr("The passwords do not match"));
    if (!policy) {
        m_ui->passwordEdit->setFocus();
        return;
    }
    if (!same) {
        m_ui->repeatEdit->setFocus();
        return;
    }
    if (m_worker)
        return;
    setBusy(true);
    m_worker = runAdministrationInBackground<ud::Status>(
        this, m_service,
        [id = m_administrator.id, password = m_ui->passwordEdit->text()](
            ud::AdministrationService &service) { return service.resetPassword(id, password); },
        [this](const ud::Status &reset) {
            m_worker = nullptr; // finished; the thread deletes itself
            setBusy(false);
            if (!reset) {
                showError(m_ui->formError, reset.error().message);
                return;
            }
            QDialog::accept();
        });
}
