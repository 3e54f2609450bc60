#include "SavedFiltersMenu.h"

#include "MessageBox.h"
#include "SavedFiltersDialog.h"
#include "filters/SavedFilterStore.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace {

const char *const kNameProperty = "savedFilterName";

} // namespace

SavedFiltersMenu::SavedFiltersMenu(const ud::Connection &connection, const ud::Actor &actor,
                                   ud::Clock clock, QWidget *parent)
    : QMenu(tr("Saved &filters"), parent)
    , m_connection(connection)
    , m_actor(actor)
    , m_clock(std::move(clock))
{
    setObjectName(u"savedFiltersMenu"_s);
    connect(this, &QMenu::aboutToShow, this, &SavedFiltersMenu::reload);
    reload();
}

void SavedFiltersMenu::reload()
{
    clear();
    const auto filters = ud::SavedFilterStore(m_connection, m_actor, m_clock).list();
    if (!filters) {
        QAction *failed = addAction(MessageBox::sentence(filters.error().message));
        failed->setEnabled(false);
    } else if (filters->isEmpty()) {
        QAction *none = addAction(tr("No saved filters"));
        none->setEnabled(false);
    } else {
        for (const ud::SavedFilter &filter : *filters) {
            // Names may contain "&": keep it from becoming a mnemonic.
            QString label = filter.name;
            label.replace(u'&', u"&&"_s);
            QAction *action = addAction(label);
            action->setProperty(kNameProperty, filter.name);
            action->setToolTip(filter.filterText);
            action->setStatusTip(filter.filterText);
            const QString name = filter.name;
            connect(action, &QAction::triggered, this, [this, name] { choose(name); });
        }
    }
    addSeparator();
    QAction *manageAction = addAction(tr("&Manage saved filters\u2026"));
    manageAction->setObjectName(u"manageAction"_s);
    connect(manageAction, &QAction::triggered, this, &SavedFiltersMenu::manage);
    setToolTipsVisible(true);
}

QStringList SavedFiltersMenu::filterNames() const
{
    QStringList names;
    for (const QAction *action : actions()) {
        const QVariant name = action->property(kNameProperty);
        if (name.isValid())
            names << name.toString();
    }
    return names;
}

QAction *SavedFiltersMenu::actionFor(const QString &name) const
{
    for (QAction *action : actions()) {
        if (action->property(kNameProperty).toString() == name)
            return action;
    }
    return nullptr;
}

void SavedFiltersMenu::choose(const QString &name)
{
    // Read again when chosen: it may have been replaced since the menu opened.
    const auto filter = ud::SavedFilterStore(m_connection, m_actor, m_clock).filterNamed(name);
    if (!filter) {
        MessageBox::warning(parentWidget(), tr("Saved Filter"),
                            MessageBox::sentence(filter.error().message));
        return;
    }
    Q_EMIT filterChosen(*filter, name);
}

void SavedFiltersMenu::manage()
{
    SavedFiltersDialog dialog(m_connection, m_actor, m_clock, parentWidget());
    dialog.exec();
}
