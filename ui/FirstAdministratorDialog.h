#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/Connection.h"

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class FirstAdministratorDialog;
}

// First start on an empty database: asks for the first Super Administrator
// (user name, display name, e-mail, password twice), checks each field next
// to it with the model's rules, then creates the account through SignIn.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(const ud::Connection &connection,
                                      ud::Clock clock = ud::systemClock(),
                                      QWidget *parent = nullptr);
    ~FirstAdministratorDialog() override;

    // The new administrator, signed in, once accepted.
    const std::optional<ud::Actor> &actor() const { return m_actor; }
    // True while the account is being created (on a worker thread).
    bool isWorking() const;

public Q_SLOTS:
    void accept() override;

private:
    bool validate();
    static void showError(QLabel *label, const QString &message);

    std::unique_ptr<Ui::FirstAdministratorDialog> m_ui;
    const ud::Connection &m_connection;
    ud::Clock m_clock;
    std::optional<ud::Actor> m_actor;
    QPointer<QThread> m_worker;
};
