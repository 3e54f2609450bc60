#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "filters/TenantFilter.h"
#include "storage/Connection.h"

#include <QMenu>

// Saved filters as a menu (the Tenants page's "Saved filters" button): one
// entry per saved filter, by name, with its text as the tooltip; choosing
// one emits filterChosen. The list is read again each time the menu opens,
// so filters saved elsewhere (another administrator, the command line)
// appear. "Manage saved filters…" opens SavedFiltersDialog.
class SavedFiltersMenu : public QMenu
{
    Q_OBJECT

public:
    SavedFiltersMenu(const ud::Connection &connection, const ud::Actor &actor, ud::Clock clock,
                     QWidget *parent = nullptr);

    // Reads the saved filters and rebuilds the entries (also on aboutToShow).
    void reload();
    // The names listed, in order.
    QStringList filterNames() const;
    QAction *actionFor(const QString &name) const;

Q_SIGNALS:
    void filterChosen(const ud::TenantFilter &filter, const QString &name);

private:
    void choose(const QString &name);
    void manage();

    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
};
