#include "SettingsPage.h"

#include "BackgroundCall.h"
#include "DatabaseSettingsTab.h"
#include "ErrorText.h"
#include "GeneralSettingsTab.h"
#include "MessageBox.h"
#include "mail/SmtpPasswordStore.h"
#include "schedules/SmtpSettingsStore.h"
#include "schedules/SmtpTestMail.h"
#include "ui_SettingsPage.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;
using Security = ud::SmtpSettings::Security;

namespace {

// The store names fields as the command line does ("--host: ..."); the form
// shows the message beside the field, under its own label.
QString withoutOption(const QString &message, const QString &option)
{
    return message.startsWith(option + u": "_s) ? message.mid(option.size() + 2) : message;
}

// The smtp_settings columns are NOT NULL, and a null QString binds as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// The server's reply that decided the outcome ("250 2.0.0 OK"), from the
// transcript's last server line.
QString lastServerReply(const ud::SmtpOutcome &outcome)
{
    for (auto it = outcome.transcript.crbegin(); it != outcome.transcript.crend(); ++it) {
        if (it->startsWith(u"S: "_s) &&
            (outcome.lastCode == 0 || it->mid(3).startsWith(QString::number(outcome.lastCode))))
            return it->mid(3).trimmed();
    }
    return QString();
}

} // namespace

SettingsPage::SettingsPage(const ud::Connection &connection, ud::Actor actor, ud::Clock clock,
                           QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    // General comes first; the .ui form holds the E-mail tab only, so that
    // each section is its own class and form.
    m_generalTab = new GeneralSettingsTab(connection, m_actor, m_clock, m_ui->sections);
    m_generalTab->setObjectName(u"generalTab"_s);
    m_ui->sections->insertTab(0, m_generalTab, tr("General"));
    m_ui->sections->setCurrentIndex(0);
    // Database goes just before E-mail, wherever other tabs were put.
    m_databaseTab = new DatabaseSettingsTab(connection, m_actor, m_ui->sections);
    m_databaseTab->setObjectName(u"databaseTab"_s);
    m_ui->sections->insertTab(m_ui->sections->indexOf(m_ui->emailTab), m_databaseTab,
                              tr("Database"));
    m_ui->securityCombo->addItem(tr("None (plain text; only to this computer)"),
                                 int(Security::None));
    m_ui->securityCombo->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_ui->securityCombo->addItem(tr("TLS"), int(Security::Tls));
    m_ui->securityCombo->setCurrentIndex(1);
    clearFieldErrors();
    m_ui->statusLabel->hide();
    m_addressPrompt = [this] {
        return QInputDialog::getText(this, tr("Send Test E-mail"), tr("Send a test e-mail to:"),
                                     QLineEdit::Normal, m_ui->fromEdit->text());
    };

    const bool mayEdit = m_actor.can({ud::Entity::Settings, ud::Action::Edit});
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->securityCombo), static_cast<QWidget *>(m_ui->userEdit),
          static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->fromEdit),
          static_cast<QWidget *>(m_ui->fingerprintEdit)})
        field->setEnabled(mayEdit);
    m_ui->saveButton->setVisible(mayEdit);
    m_ui->testButton->setVisible(mayEdit);

    if (ud::SmtpPasswordStore::hasEnvironmentPassword())
        m_ui->passwordNote->setText(
            tr("The password in use comes from %1.")
                .arg(QLatin1String(ud::SmtpPasswordStore::EnvironmentVariable)));
    else
        m_ui->passwordNote->setText(tr("Kept in the system keychain, never in the database."));

    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsPage::sendTestMail);
    reload();
}

SettingsPage::~SettingsPage()
{
    waitFor(m_worker);
}

void SettingsPage::reload()
{
    const ud::SmtpSettingsStore store(m_connection, m_actor, m_clock);
    const auto loaded = store.load();
    if (!loaded) {
        showStatus(loaded.error().message, true);
        return;
    }
    if (!loaded->has_value())
        return; // no server yet: the form keeps its defaults
    const ud::SmtpSettings &settings = **loaded;
    m_ui->hostEdit->setText(settings.host);
    m_ui->portSpin->setValue(settings.port);
    m_ui->securityCombo->setCurrentIndex(
        qMax(0, m_ui->securityCombo->findData(int(settings.security))));
    m_ui->userEdit->setText(settings.userName);
    m_ui->fromEdit->setText(settings.fromAddress);
    m_ui->fingerprintEdit->setText(settings.trustedFingerprint);
}

void SettingsPage::clearFieldErrors()
{
    showError(m_ui->hostError, QString());
    showError(m_ui->fromError, QString());
}

bool SettingsPage::save()
{
    clearFieldErrors();
    ud::SmtpSettings settings;
    settings.host = m_ui->hostEdit->text().trimmed();
    settings.port = quint16(m_ui->portSpin->value());
    settings.security = static_cast<Security>(m_ui->securityCombo->currentData().toInt());
    settings.userName = notNull(m_ui->userEdit->text().trimmed());
    settings.fromAddress = m_ui->fromEdit->text().trimmed();
    settings.trustedFingerprint = notNull(m_ui->fingerprintEdit->text().trimmed());
    ud::SmtpSettingsStore store(m_connection, m_actor, m_clock);
    ud::Status saved = ud::SmtpSettingsStore::validate(settings);
    if (saved)
        saved = store.save(settings);
    if (!saved) {
        const QString message = saved.error().message;
        if (message.startsWith("--host"_L1))
            showError(m_ui->hostError, tr("Host: %1").arg(withoutOption(message, u"--host"_s)));
        else if (message.startsWith("--from"_L1))
            showError(m_ui->fromError,
                      tr("From address: %1").arg(withoutOption(message, u"--from"_s)));
        else if (message.startsWith("--port"_L1))
            showStatus(tr("Port: %1").arg(withoutOption(message, u"--port"_s)), true);
        else
            showStatus(message, true);
        if (!message.startsWith("--port"_L1) && message.startsWith("--"_L1))
            showStatus(QString(), false);
        return false;
    }
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty() || settings.userName.isEmpty()) {
        showStatus(tr("E-mail settings saved."), false);
        return true;
    }
    // The keychain may take a moment (or time out when there is none).
    showStatus(tr("E-mail settings saved; storing the password…"), false);
    m_ui->saveButton->setEnabled(false);
    m_worker = runInBackground<ud::Status>(
        this,
        [host = settings.host, user = settings.userName, password]() -> ud::Status {
            return ud::SmtpPasswordStore().write(host, user, password);
        },
        [this](const ud::Status &stored) {
            m_worker = nullptr;
            m_ui->saveButton->setEnabled(true);
            if (stored) {
                m_ui->passwordEdit->clear();
                showStatus(tr("E-mail settings saved; the password is in the system keychain."),
                           false);
            } else {
                showStatus(tr("E-mail settings saved, but not the password: %1 Sending needs "
                              "the password in %2 then.")
                               .arg(MessageBox::sentence(stored.error().message),
                                    QLatin1String(ud::SmtpPasswordStore::EnvironmentVariable)),
                           true);
            }
        });
    return true;
}

void SettingsPage::sendTestMail()
{
    if (m_worker)
        return;
    const QString to = m_addressPrompt().trimmed();
    if (to.isEmpty())
        return;
    showStatus(tr("Sending a test e-mail to %1…").arg(to), false);
    m_ui->testButton->setEnabled(false);
    m_worker = runInBackground<ud::Result<ud::SmtpOutcome>>(
        this,
        [target = m_connection.target(), actor = m_actor, clock = m_clock, to,
         password = m_passwordSource]() -> ud::Result<ud::SmtpOutcome> {
            auto connection = ud::Connection::open(target, u"smtp-test"_s);
            if (!connection)
                return connection.error();
            return ud::SmtpTestMail::send(**connection, actor, clock, to, password);
        },
        [this, to](const ud::Result<ud::SmtpOutcome> &sent) {
            m_worker = nullptr;
            m_ui->testButton->setEnabled(true);
            if (!sent) {
                showStatus(tr("Not sent to %1: %2").arg(to, sent.error().message), true);
                Q_EMIT testMailFinished(false);
                return;
            }
            const QString reply = lastServerReply(*sent);
            if (sent->result == ud::SmtpOutcome::Result::Delivered) {
                showStatus(reply.isEmpty() ? tr("Sent to %1").arg(to)
                                           : tr("Sent to %1 (%2)").arg(to, reply),
                           false);
                Q_EMIT testMailFinished(true);
                return;
            }
            QString text = tr("Not sent to %1: %2").arg(to, sent->message);
            if (!reply.isEmpty() && !sent->message.contains(reply))
                text += u"\n"_s + tr("The server replied: %1").arg(reply);
            showStatus(text, true);
            Q_EMIT testMailFinished(false);
        });
}

QString SettingsPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void SettingsPage::showStatus(const QString &text, bool error)
{
    ErrorText::mark(m_ui->statusLabel, error);
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void SettingsPage::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}
