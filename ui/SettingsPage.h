#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "schedules/ScheduleRunner.h"
#include "storage/Connection.h"

#include <QPointer>
#include <QThread>
#include <QWidget>
#include <functional>
#include <memory>

class GeneralSettingsTab;
class QLabel;
class DatabaseSettingsTab;

namespace Ui {
class SettingsPage;
}

// Settings (product.md, page 8). One tab per section, each its own class and
// form: General (reporting time zone, language, report defaults:
// GeneralSettingsTab), Database (DatabaseSettingsTab), then E-mail.
//
// E-mail: the SMTP server of scheduled reports (SmtpSettingsStore): host,
// port, security, user, from address, trusted certificate fingerprint; the
// password goes to the OS keychain (SmtpPasswordStore), never to the
// database. Save checks with the store's rules and shows each problem next to
// its field. Send test e-mail… asks for an address and sends through the
// saved settings on a thread of its own; the result is shown in plain words
// with the server's reply. Readable with settings:view, changeable
// with settings:edit (the store refuses anyway).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const ud::Connection &connection, ud::Actor actor, ud::Clock clock,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Asks for the test e-mail's address; empty cancels. The default is an
    // input dialog; tests answer here.
    using AddressPrompt = std::function<QString()>;
    void setAddressPrompt(AddressPrompt prompt) { m_addressPrompt = std::move(prompt); }
    // Where the test mail's password comes from (tests; default: the keychain).
    void setPasswordSource(ud::RunnerOptions::Password source)
    {
        m_passwordSource = std::move(source);
    }

    void reload();
    bool save();
    void sendTestMail();
    bool isBusy() const { return m_worker != nullptr; }
    // The last result line ("Sent to a@example.com (250 OK)").
    QString statusText() const;
    GeneralSettingsTab *generalTab() const { return m_generalTab; }
    DatabaseSettingsTab *databaseTab() const { return m_databaseTab; }

Q_SIGNALS:
    void testMailFinished(bool sent);

private:
    void showStatus(const QString &text, bool error);
    void clearFieldErrors();
    static void showError(QLabel *label, const QString &message);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    AddressPrompt m_addressPrompt;
    ud::RunnerOptions::Password m_passwordSource = ud::RunnerOptions::defaultPassword();
    QPointer<QThread> m_worker;
    GeneralSettingsTab *m_generalTab = nullptr;
    DatabaseSettingsTab *m_databaseTab = nullptr;
};
