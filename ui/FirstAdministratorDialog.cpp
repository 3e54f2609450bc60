#include "FirstAdministratorDialog.h"

#include "BackgroundCall.h"
#include "MessageBox.h"
#include "access/PasswordHasher.h"
#include "access/SignIn.h"
#include "core/FieldRules.h"
#include "ui_FirstAdministratorDialog.h"

#include <QGuiApplication>
#include <QPushButton>

FirstAdministratorDialog::FirstAdministratorDialog(const ud::Connection &connection,
                                                   ud::Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstAdministratorDialog>())
    , m_connection(connection)
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->passwordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, ud::PasswordHasher::kMinimumLength));
    for (QLabel *label : {m_ui->userNameError, m_ui->emailError, m_ui->passwordError,
                          m_ui->repeatError, m_ui->formError})
        label->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
}

FirstAdministratorDialog::~FirstAdministratorDialog()
{
    waitFor(m_worker);
}

void FirstAdministratorDialog::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}

bool FirstAdministratorDialog::validate()
{
    bool ok = true;
    const auto userName = ud::validateName(tr("User name"), m_ui->userNameEdit->text());
    showError(m_ui->userNameError, userName ? QString() : userName.error().message);
    ok = ok && userName.ok();

    QString emailMessage;
    if (!m_ui->emailEdit->text().trimmed().isEmpty()) {
        const auto email = ud::validateEmail(tr("E-mail"), m_ui->emailEdit->text());
        if (!email)
            emailMessage = email.error().message;
    }
    showError(m_ui->emailError, emailMessage);
    ok = ok && emailMessage.isEmpty();

    const auto policy = ud::PasswordHasher::checkPolicy(m_ui->passwordEdit->text());
    showError(m_ui->passwordError, policy ? QString() : policy.error().message);
    ok = ok && policy.ok();

    const bool same = m_ui->passwordEdit->text() == m_ui->repeatEdit->text();
    showError(m_ui->repeatError, same ? QString() : tr("The passwords do not match"));
    ok = ok && same;

    if (!userName)
        m_ui->userNameEdit->setFocus();
    else if (!emailMessage.isEmpty())
        m_ui->emailEdit->setFocus();
    else if (!policy)
        m_ui->passwordEdit->setFocus();
    else if (!same)
        m_ui->repeatEdit->setFocus();
    return ok;
}

void FirstAdministratorDialog::accept()
{
    showError(m_ui->formError, QString());
    if (m_worker || !validate())
        return;
    // Hashing the password (PBKDF2, 600,000 iterations) runs on a thread
    // with a connection of its own.
    const ud::DatabaseTarget target = m_connection.target();
    const QString userName = m_ui->userNameEdit->text().trimmed();
    const QString displayName = m_ui->displayNameEdit->text().trimmed();
    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    setEnabled(false);
    m_worker = runInBackground<ud::Result<ud::Actor>>(
        this,
        [=, clock = m_clock]() -> ud::Result<ud::Actor> {
            auto connection = ud::Connection::open(target, QStringLiteral("first-admin"));
            if (!connection)
                return connection.error();
            return ud::SignIn(**connection, clock)
                .createFirstAdministrator(userName, displayName, email, password);
        },
        [this](const ud::Result<ud::Actor> &created) {
            m_worker = nullptr; // finished; the thread deletes itself
            setEnabled(true);
            if (!created) {
                showError(m_ui->formError, created.error().message);
                return;
            }
            m_actor = *created;
            QDialog::accept();
        });
}

bool FirstAdministratorDialog::isWorking() const
{
    return m_worker != nullptr;
}
