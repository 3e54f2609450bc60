#pragma once

#include "access/Permission.h"
#include "core/Result.h"

#include <QStringList>

namespace ud {

// A set of permissions, as a role holds them. Only defined permissions
// (isDefined) can be in it.
class GrantSet
{
public:
    static GrantSet everything();
    static GrantSet allViews();

    // The command line's form: each item "entity:action[,action...]" or
    // "entity:all"; entity and action ids of access.md, any case.
    static Result<GrantSet> parse(const QStringList &items);
    // "entity:action,action" items, in access.md's order (parse's inverse).
    QStringList toText() const;

    bool has(Permission permission) const;
    bool hasAll(Entity entity) const;
    void add(Permission permission);
    void remove(Permission permission);
    void addAll(Entity entity);
    bool isEmpty() const { return m_bits == 0; }
    bool isSubsetOf(const GrantSet &other) const { return (m_bits & ~other.m_bits) == 0; }
    QList<Permission> permissions() const;

    friend bool operator==(const GrantSet &, const GrantSet &) = default;

private:
    static quint32 bit(Permission permission);
    quint32 m_bits = 0;
};

} // namespace ud
