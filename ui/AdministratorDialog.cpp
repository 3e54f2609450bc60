#include "AdministratorDialog.h"

#include "AdministrationInBackground.h"
#include "MessageBox.h"
#include "access/PasswordHasher.h"
#include "core/FieldRules.h"
#include "ui_AdministratorDialog.h"

#include <QGuiApplication>
#include <QPushButton>

AdministratorDialog::AdministratorDialog(ud::AdministrationService &service, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdministratorDialog>())
    , m_service(service)
{
    setUp();
}

AdministratorDialog::AdministratorDialog(ud::AdministrationService &service,
                                         const ud::Administrator &administrator, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdministratorDialog>())
    , m_service(service)
    , m_original(administrator)
    , m_adminId(administrator.id)
{
    setUp();
}

AdministratorDialog::~AdministratorDialog()
{
    waitFor(m_worker);
}

void AdministratorDialog::setBusy(bool busy)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->userNameEdit), static_cast<QWidget *>(m_ui->displayNameEdit),
          static_cast<QWidget *>(m_ui->emailEdit), static_cast<QWidget *>(m_ui->roleCombo),
          static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->repeatEdit),
          static_cast<QWidget *>(m_ui->buttonBox)})
        widget->setEnabled(!busy);
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void AdministratorDialog::finish(const ud::Status &saved)
{
    if (!saved) {
        showError(m_ui->formError, saved.error().message);
        return;
    }
    QDialog::accept();
}

void AdministratorDialog::setUp()
{
    m_ui->setupUi(this);
    const bool adding = !m_original.has_value();
    setWindowTitle(adding ? tr("Add Administrator") : tr("Edit Administrator"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    for (QLabel *label : {m_ui->userNameError, m_ui->emailError, m_ui->passwordError,
                          m_ui->repeatError, m_ui->formError})
        label->hide();

    // Only the roles the signed-in administrator may assign.
    const auto roles = m_service.assignableRoles();
    if (roles) {
        for (const ud::Role &role : *roles)
            m_ui->roleCombo->addItem(role.name, QVariant::fromValue<qint64>(role.id));
    } else {
        showError(m_ui->formError, roles.error().message);
    }

    if (adding) {
        m_ui->enabledCheck->hide();
        m_ui->passwordEdit->setPlaceholderText(
            tr("At least %n characters", nullptr, ud::PasswordHasher::kMinimumLength));
    } else {
        const ud::Administrator &a = *m_original;
        m_ui->userNameEdit->setText(a.userName);
        m_ui->userNameEdit->setReadOnly(true);
        m_ui->displayNameEdit->setText(a.displayName);
        m_ui->emailEdit->setText(a.email);
        int index = m_ui->roleCombo->findData(QVariant::fromValue<qint64>(a.roleId));
        if (index < 0) {
            m_ui->roleCombo->addItem(a.roleName, QVariant::fromValue<qint64>(a.roleId));
            index = m_ui->roleCombo->count() - 1;
        }
        m_ui->roleCombo->setCurrentIndex(index);
        if (a.id == m_service.actor().adminId) {
            m_ui->roleCombo->setEnabled(false);
            m_ui->roleCombo->setToolTip(tr("Nobody changes their own role."));
        }
        m_ui->enabledCheck->setChecked(a.enabled);
        const QList<QWidget *> passwordFields = {m_ui->passwordLabel, m_ui->passwordEdit,
                                                 m_ui->repeatLabel, m_ui->repeatEdit};
        for (QWidget *widget : passwordFields)
            widget->hide();
        m_ui->displayNameEdit->setFocus();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AdministratorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AdministratorDialog::reject);
    adjustSize();
}

QStringList AdministratorDialog::offeredRoles() const
{
    QStringList names;
    for (int i = 0; i < m_ui->roleCombo->count(); ++i)
        names << m_ui->roleCombo->itemText(i);
    return names;
}

void AdministratorDialog::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}

bool AdministratorDialog::validate()
{
    const bool adding = !m_original.has_value();
    bool ok = true;
    QWidget *firstBad = nullptr;
    const auto fail = [&](QWidget *field) {
        ok = false;
        if (!firstBad)
            firstBad = field;
    };

    if (adding) {
        const auto userName = ud::validateName(tr("User name"), m_ui->userNameEdit->text());
        showError(m_ui->userNameError, userName ? QString() : userName.error().message);
        if (!userName)
            fail(m_ui->userNameEdit);
    }
    QString emailMessage;
    if (!m_ui->emailEdit->text().trimmed().isEmpty()) {
        const auto email = ud::validateEmail(tr("E-mail"), m_ui->emailEdit->text());
        if (!email)
            emailMessage = email.error().message;
    }
    showError(m_ui->emailError, emailMessage);
    if (!emailMessage.isEmpty())
        fail(m_ui->emailEdit);
    if (m_ui->roleCombo->currentIndex() < 0) {
        showError(m_ui->formError, tr("Choose a role."));
        fail(m_ui->roleCombo);
    }
    if (adding) {
        const auto policy = ud::PasswordHasher::checkPolicy(m_ui->passwordEdit->text());
        showError(m_ui->passwordError, policy ? QString() : policy.error().message);
        if (!policy)
            fail(m_ui->passwordEdit);
        const bool same = m_ui->passwordEdit->text() == m_ui->repeatEdit->text();
        showError(m_ui->repeatError, same ? QString() : tr("The passwords do not match"));
        if (!same)
            fail(m_ui->repeatEdit);
    }
    if (firstBad)
        firstBad->setFocus();
    return ok;
}

void AdministratorDialog::accept()
{
    showError(m_ui->formError, QString());
    if (!validate())
        return;
    if (m_worker)
        return;
    const qint64 roleId = m_ui->roleCombo->currentData().toLongLong();
    if (!m_original) {
        ud::AdministratorDraft draft;
        draft.userName = m_ui->userNameEdit->text().trimmed();
        draft.displayName = m_ui->displayNameEdit->text().trimmed();
        draft.email = m_ui->emailEdit->text().trimmed();
        draft.roleId = roleId;
        draft.enabled = true;
        setBusy(true);
        m_worker = runAdministrationInBackground<ud::Result<qint64>>(
            this, m_service,
            [draft, password = m_ui->passwordEdit->text()](ud::AdministrationService &service) {
                return service.addAdministrator(draft, password);
            },
            [this](const ud::Result<qint64> &added) {
                m_worker = nullptr; // finished; the thread deletes itself
                setBusy(false);
                if (added)
                    m_adminId = *added;
                finish(added ? ud::Status() : ud::Status(added.error()));
            });
        return;
    }
    const ud::Administrator &a = *m_original;
    ud::AdministratorChange change;
    if (m_ui->displayNameEdit->text().trimmed() != a.displayName)
        change.displayName = m_ui->displayNameEdit->text().trimmed();
    if (m_ui->emailEdit->text().trimmed() != a.email)
        change.email = m_ui->emailEdit->text().trimmed();
    if (roleId != a.roleId)
        change.roleId = roleId;
    if (m_ui->enabledCheck->isChecked() != a.enabled)
        change.enabled = m_ui->enabledCheck->isChecked();
    ud::Status saved;
    if (change.displayName || change.email || change.roleId || change.enabled)
        saved = m_service.editAdministrator(a.id, change);
    finish(saved);
}
