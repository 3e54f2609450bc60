#include "access/RoleStore.h"

#include "core/TextRules.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::RoleStore", text);
}

BuiltInRole builtInFromText(const QString &text)
{
    if (text == QLatin1String("super_administrator"))
        return BuiltInRole::SuperAdministrator;
    if (text == QLatin1String("auditor"))
        return BuiltInRole::Auditor;
    return BuiltInRole::None;
}

} // namespace

RoleStore::RoleStore(const Connection &connection)
    : m_connection(connection)
{}

Result<QList<Role>> RoleStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("SELECT r.role_id, r.name, r.description, r.builtin, r.manage_all, "
                       "(SELECT count(*) FROM administrators a WHERE a.role_id = r.role_id) "
                       "FROM roles r %1 ORDER BY r.name_folded")
            .arg(where));
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("cannot read roles"));
    QList<Role> roles;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Role role;
        role.id = query.value(0).toLongLong();
        role.name = query.value(1).toString();
        role.description = query.value(2).toString();
        role.builtIn = builtInFromText(query.value(3).toString());
        role.manageAll = query.value(4).toInt() != 0;
        role.administratorCount = query.value(5).toInt();
        index.insert(role.id, roles.size());
        roles.append(role);
    }
    if (roles.isEmpty())
        return roles;

    // Grants and managed roles of the selected roles, in two queries.
    QSqlQuery grants(m_connection.database());
    if (!grants.exec(QStringLiteral("SELECT role_id, entity, action FROM role_grants")))
        return sqlError(grants, tr("cannot read role grants"));
    while (grants.next()) {
        const auto it = index.constFind(grants.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        const auto entity = entityFromId(grants.value(1).toString());
        const auto action = actionFromId(grants.value(2).toString());
        if (entity && action)
            roles[*it].grants.add({*entity, *action});
    }
    QSqlQuery managed(m_connection.database());
    if (!managed.exec(QStringLiteral(
            "SELECT role_id, managed_role_id FROM role_managed_roles ORDER BY managed_role_id")))
        return sqlError(managed, tr("cannot read managed roles"));
    while (managed.next()) {
        const auto it = index.constFind(managed.value(0).toLongLong());
        if (it != index.constEnd())
            roles[*it].managedRoleIds.append(managed.value(1).toLongLong());
    }
    return roles;
}

Result<QList<Role>> RoleStore::list() const
{
    return select(QString(), QVariant());
}

Result<std::optional<Role>> RoleStore::findById(qint64 id) const
{
    auto roles = select(QStringLiteral("WHERE r.role_id = ?"), id);
    if (!roles)
        return roles.error();
    if (roles->isEmpty())
        return std::optional<Role>();
    return std::optional<Role>(roles->first());
}

Result<std::optional<Role>> RoleStore::findByName(const QString &name) const
{
    auto roles = select(QStringLiteral("WHERE r.name_folded = ?"), foldCase(name.trimmed()));
    if (!roles)
        return roles.error();
    if (roles->isEmpty())
        return std::optional<Role>();
    return std::optional<Role>(roles->first());
}

Status RoleStore::writeGrantsAndManagedRoles(const Role &role)
{
    QSqlQuery clear(m_connection.database());
    clear.prepare(QStringLiteral("DELETE FROM role_grants WHERE role_id = ?"));
    clear.addBindValue(role.id);
    if (!clear.exec())
        return sqlError(clear, tr("cannot store the grants of role %1").arg(role.name));
    clear.prepare(QStringLiteral("DELETE FROM role_managed_roles WHERE role_id = ?"));
    clear.addBindValue(role.id);
    if (!clear.exec())
        return sqlError(clear, tr("cannot store the managed roles of role %1").arg(role.name));

    QSqlQuery grant(m_connection.database());
    grant.prepare(
        QStringLiteral("INSERT INTO role_grants (role_id, entity, action) VALUES (?, ?, ?)"));
    for (const Permission &permission : role.grants.permissions()) {
        grant.addBindValue(role.id);
        grant.addBindValue(entityId(permission.entity));
        grant.addBindValue(actionId(permission.action));
        if (!grant.exec())
            return sqlError(grant, tr("cannot store the grants of role %1").arg(role.name));
    }
    QSqlQuery managed(m_connection.database());
    managed.prepare(
        QStringLiteral("INSERT INTO role_managed_roles (role_id, managed_role_id) VALUES (?, ?)"));
    for (qint64 managedId : role.managedRoleIds) {
        managed.addBindValue(role.id);
        managed.addBindValue(managedId);
        if (!managed.exec())
            return sqlError(managed,
                            tr("cannot store the managed roles of role %1").arg(role.name));
    }
    return {};
}

Result<qint64> RoleStore::insert(const Role &role, const QDateTime &now)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO roles (name, name_folded, description, manage_all, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING role_id"));
    query.addBindValue(role.name);
    query.addBindValue(foldCase(role.name));
    query.addBindValue(notNull(role.description));
    query.addBindValue(role.manageAll ? 1 : 0);
    query.addBindValue(isoUtc(now));
    query.addBindValue(isoUtc(now));
    if (!query.exec() || !query.next())
        return sqlError(query, tr("cannot add role %1").arg(role.name));
    Role stored = role;
    stored.id = query.value(0).toLongLong();
    query.finish();
    if (const Status written = writeGrantsAndManagedRoles(stored); !written)
        return written.error();
    return stored.id;
}

Status RoleStore::update(const Role &role, const QDateTime &now)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE roles SET name = ?, name_folded = ?, description = ?, "
                                 "manage_all = ?, updated_at = ? WHERE role_id = ?"));
    query.addBindValue(role.name);
    query.addBindValue(foldCase(role.name));
    query.addBindValue(notNull(role.description));
    query.addBindValue(role.manageAll ? 1 : 0);
    query.addBindValue(isoUtc(now));
    query.addBindValue(role.id);
    if (!query.exec())
        return sqlError(query, tr("cannot change role %1").arg(role.name));
    return writeGrantsAndManagedRoles(role);
}

Status RoleStore::remove(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM roles WHERE role_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot remove the role"));
    return {};
}

} // namespace ud
