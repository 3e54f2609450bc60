#pragma once

#include "access/Role.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <optional>

namespace ud {

// Roles in the database: no rules here (AdministrationService has them),
// only reading and writing, inside the caller's transaction.
class RoleStore
{
public:
    explicit RoleStore(const Connection &connection);

    Result<QList<Role>> list() const; // ordered by name
    Result<std::optional<Role>> findById(qint64 id) const;
    Result<std::optional<Role>> findByName(const QString &name) const; // any case
    Result<qint64> insert(const Role &role, const QDateTime &now);
    Status update(const Role &role, const QDateTime &now);
    Status remove(qint64 id);

private:
    Result<QList<Role>> select(const QString &where, const QVariant &value) const;
    Status writeGrantsAndManagedRoles(const Role &role);

    const Connection &m_connection;
};

} // namespace ud
