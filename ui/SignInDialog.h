#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/Connection.h"

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

// Asks for a user name and password and signs in through the model's SignIn.
// A refusal (wrong credentials, a locked or disabled account) is shown in the
// dialog, which stays open to try again; Cancel rejects.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const ud::Connection &connection, ud::Clock clock = ud::systemClock(),
                          QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The signed-in administrator, once accepted.
    const std::optional<ud::Actor> &actor() const { return m_actor; }
    QString errorText() const;
    // True while the password is being checked (on a worker thread).
    bool isSigningIn() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();
    void setBusy(bool busy);
    void finishSignIn(const ud::Result<ud::Actor> &signedIn, const QString &userName);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    const ud::Connection &m_connection;
    ud::Clock m_clock;
    std::optional<ud::Actor> m_actor;
    QPointer<QThread> m_worker; // the password check in flight
};
