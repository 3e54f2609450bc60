#include "SignInDialog.h"

#include "MessageBox.h"
#include "access/SignIn.h"
#include "ui_SignInDialog.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>

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

SignInDialog::~SignInDialog() = default;

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
    if (userName.isEmpty() || m_ui->passwordEdit->text().isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ud::SignIn signIn(m_connection, m_clock);
    const auto signedIn = signIn.signIn(userName, m_ui->passwordEdit->text());
    QGuiApplication::restoreOverrideCursor();
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
