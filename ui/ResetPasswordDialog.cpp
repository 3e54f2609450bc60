#include "ResetPasswordDialog.h"

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

ResetPasswordDialog::~ResetPasswordDialog() = default;

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
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ud::Status reset =
        m_service.resetPassword(m_administrator.id, m_ui->passwordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!reset) {
        showError(m_ui->formError, reset.error().message);
        return;
    }
    QDialog::accept();
}
