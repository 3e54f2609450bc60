#include "SignInDialog.h"

#include "BackgroundCall.h"
#include "MessageBox.h"
#include "access/SignIn.h"
#include "ui_SignInDialog.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>
#include <QThread>

SignInDialog::SignInDialog(const ud::Connection &connection, ud::Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_connection(connection)
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_ui->errorLabel->hide();
    m_ui->databaseLabel->setText(tr("Database: %1").arg(connection.target().displayName()));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->userNameEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    const QString lastUser = QSettings().value(QStringLiteral("signIn/lastUserName")).toString();
    m_ui->userNameEdit->setText(lastUser);
    if (!lastUser.isEmpty())
        m_ui->passwordEdit->setFocus();
    updateButtons();
}

SignInDialog::~SignInDialog()
{
    waitFor(m_worker);
}

QString SignInDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SignInDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->userNameEdit->text().trimmed().isEmpty() &&
                     !m_ui->passwordEdit->text().isEmpty());
}

void SignInDialog::accept()
{
    const QString userName = m_ui->userNameEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (m_worker || userName.isEmpty() || password.isEmpty())
        return;
    const ud::DatabaseTarget target = m_connection.target();
    setBusy(true);
    m_worker = runInBackground<ud::Result<ud::Actor>>(
        this,
        [target, clock = m_clock, userName, password]() -> ud::Result<ud::Actor> {
            auto connection = ud::Connection::open(target, QStringLiteral("sign-in"));
            if (!connection)
                return connection.error();
            return ud::SignIn(**connection, clock).signIn(userName, password);
        },
        [this, userName](const ud::Result<ud::Actor> &signedIn) {
            m_worker = nullptr; // finished; the thread deletes itself
            setBusy(false);
            finishSignIn(signedIn, userName);
        });
}

bool SignInDialog::isSigningIn() const
{
    return m_worker != nullptr;
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->userNameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    if (busy) {
        m_ui->errorLabel->setText(tr("Signing in…"));
        m_ui->errorLabel->show();
    } else {
        m_ui->errorLabel->hide();
    }
}

void SignInDialog::finishSignIn(const ud::Result<ud::Actor> &signedIn, const QString &userName)
{
    if (!signedIn) {
        m_ui->errorLabel->setText(MessageBox::sentence(signedIn.error().message));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_actor = *signedIn;
    QSettings().setValue(QStringLiteral("signIn/lastUserName"), userName);
    QDialog::accept();
}
