#pragma once

#include "tenants/TenantAdministration.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class TenantDialog;
}

// Add Tenant and Edit Tenant: every field of data.md, each checked next to
// it before anything is saved; the dialog saves through TenantAdministration
// and stays open, showing the model's answer (a hostname in use, a refusal),
// when it says no.
class TenantDialog : public QDialog
{
    Q_OBJECT

public:
    // Add a new tenant; `today` is the default creation date.
    TenantDialog(ud::TenantAdministration &service, QDate today, QWidget *parent = nullptr);
    // Edit `tenant` (its tenant_id stays).
    TenantDialog(ud::TenantAdministration &service, const ud::Tenant &tenant,
                 QWidget *parent = nullptr);
    ~TenantDialog() override;

    // The tenant as stored, once accepted.
    const ud::Tenant &tenant() const { return m_tenant; }

public Q_SLOTS:
    void accept() override;

private:
    void setUp();
    ud::Tenant draft() const;
    bool validate();
    static void showError(QLabel *label, const QString &message);

    std::unique_ptr<Ui::TenantDialog> m_ui;
    ud::TenantAdministration &m_service;
    bool m_adding = true;
    ud::Tenant m_tenant;
};
