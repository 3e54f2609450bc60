#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "filters/SavedFilter.h"
#include "filters/TenantFilter.h"
#include "storage/Connection.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Save Filter: a name for the active filter. The name is checked next to the
// field (product.md's rules); an existing name is replaced only after the
// user confirms. Saves through SavedFilterStore on the GUI thread's
// connection (one small statement) and stays open, showing the model's
// answer, when it refuses.
class SaveFilterDialog : public QDialog
{
    Q_OBJECT

public:
    SaveFilterDialog(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                     const ud::TenantFilter &filter, QWidget *parent = nullptr);

    void setName(const QString &name);
    // What was stored, once accepted.
    const ud::SavedFilter &savedFilter() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void showError(QLabel *label, const QString &message);

    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    ud::TenantFilter m_filter;
    ud::SavedFilter m_saved;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_formError;
    QDialogButtonBox *m_buttons;
};
