#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/Connection.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// Manage Saved Filters: the saved filters with their text; the selected one
// can be deleted after a confirmation. Errors from the store are shown in
// the dialog.
class SavedFiltersDialog : public QDialog
{
    Q_OBJECT

public:
    SavedFiltersDialog(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                       QWidget *parent = nullptr);

    void reload();
    QStringList filterNames() const;

private:
    void deleteSelected();
    void selectionChanged();

    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    QListWidget *m_list;
    QPushButton *m_delete;
    QLabel *m_error;
};
