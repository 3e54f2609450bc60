#include "access/GrantSet.h"

#include <QCoreApplication>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::GrantSet", text);
}

} // namespace

quint32 GrantSet::bit(Permission permission)
{
    return 1u << (static_cast<int>(permission.entity) * 4 + static_cast<int>(permission.action));
}

GrantSet GrantSet::everything()
{
    GrantSet set;
    for (Entity entity : allEntities())
        set.addAll(entity);
    return set;
}

GrantSet GrantSet::allViews()
{
    GrantSet set;
    for (Entity entity : allEntities())
        set.add({entity, Action::View});
    return set;
}

bool GrantSet::has(Permission permission) const
{
    return (m_bits & bit(permission)) != 0;
}

bool GrantSet::hasAll(Entity entity) const
{
    for (Action action : actionsOf(entity)) {
        if (!has({entity, action}))
            return false;
    }
    return true;
}

void GrantSet::add(Permission permission)
{
    if (isDefined(permission))
        m_bits |= bit(permission);
}

void GrantSet::remove(Permission permission)
{
    m_bits &= ~bit(permission);
}

void GrantSet::addAll(Entity entity)
{
    for (Action action : actionsOf(entity))
        add({entity, action});
}

QList<Permission> GrantSet::permissions() const
{
    QList<Permission> list;
    for (Entity entity : allEntities()) {
        for (Action action : actionsOf(entity)) {
            if (has({entity, action}))
                list.append({entity, action});
        }
    }
    return list;
}

Result<GrantSet> GrantSet::parse(const QStringList &items)
{
    GrantSet set;
    for (const QString &item : items) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error::badInput(
                tr("--grant: \"%1\" is not of the form entity:action[,action...]").arg(item));
        const QString entityText = item.left(colon).trimmed();
        const auto entity = entityFromId(entityText);
        if (!entity) {
            QStringList known;
            for (Entity e : allEntities())
                known << entityId(e);
            return Error::badInput(tr("--grant: unknown entity \"%1\"; expected one of %2")
                                       .arg(entityText, known.join(QStringLiteral(", "))));
        }
        const QStringList actions = item.mid(colon + 1).split(QLatin1Char(','));
        for (const QString &raw : actions) {
            const QString actionText = raw.trimmed();
            if (actionText.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
                set.addAll(*entity);
                continue;
            }
            const auto action = actionFromId(actionText);
            if (!action || !isDefined({*entity, *action})) {
                QStringList known;
                for (Action a : actionsOf(*entity))
                    known << actionId(a);
                known << QStringLiteral("all");
                return Error::badInput(
                    tr("--grant: \"%1\" is not an action of %2; expected one of %3")
                        .arg(actionText, entityId(*entity), known.join(QStringLiteral(", "))));
            }
            set.add({*entity, *action});
        }
    }
    return set;
}

QStringList GrantSet::toText() const
{
    QStringList items;
    for (Entity entity : allEntities()) {
        QStringList actions;
        for (Action action : actionsOf(entity)) {
            if (has({entity, action}))
                actions << actionId(action);
        }
        if (!actions.isEmpty())
            items << entityId(entity) + QLatin1Char(':') + actions.join(QLatin1Char(','));
    }
    return items;
}

} // namespace ud
