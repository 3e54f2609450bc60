#pragma once

#include "access/AdministrationService.h"

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>

class QLabel;

namespace Ui {
class ResetPasswordDialog;
}

// Sets a new password for an administrator (twice, checked against the
// password policy next to the field) through AdministrationService, on a
// worker thread: hashing takes a noticeable fraction of a second.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(ud::AdministrationService &service, const ud::Administrator &administrator,
                        QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    static void showError(QLabel *label, const QString &message);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    ud::AdministrationService &m_service;
    ud::Administrator m_administrator;
    QPointer<QThread> m_worker; // the password being hashed and stored
};
