#pragma once

#include "access/AdministrationService.h"

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class AdministratorDialog;
}

// Add Administrator (user name, display name, e-mail, role, password twice)
// and Edit Administrator (display name, e-mail, role, enabled). Only the
// roles the signed-in administrator may assign are offered. Fields are
// checked next to them; the dialog saves through AdministrationService and
// stays open, showing the model's answer, when it refuses. Adding hashes the
// password, so it runs on a worker thread.
class AdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    // Add a new administrator.
    explicit AdministratorDialog(ud::AdministrationService &service, QWidget *parent = nullptr);
    // Edit `administrator`.
    AdministratorDialog(ud::AdministrationService &service, const ud::Administrator &administrator,
                        QWidget *parent = nullptr);
    ~AdministratorDialog() override;

    // The administrator added or edited, once accepted.
    qint64 administratorId() const { return m_adminId; }
    QStringList offeredRoles() const;

public Q_SLOTS:
    void accept() override;

private:
    void setUp();
    bool validate();
    static void showError(QLabel *label, const QString &message);
    void finish(const ud::Status &saved);
    void setBusy(bool busy);

    std::unique_ptr<Ui::AdministratorDialog> m_ui;
    ud::AdministrationService &m_service;
    std::optional<ud::Administrator> m_original;
    qint64 m_adminId = 0;
    QPointer<QThread> m_worker; // a new administrator's password being hashed and stored
};
