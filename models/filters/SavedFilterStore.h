#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "filters/SavedFilter.h"
#include "filters/TenantFilter.h"
#include "storage/Connection.h"

#include <QList>
#include <optional>

namespace ud {

// Saved tenant filters (table saved_filters) for the Filters dialog, the
// command line, report and schedule scopes.
//
// Access (docs/filters.md): every operation needs tenants:view, since a saved
// filter selects tenants but changes none. Saving, replacing, renaming and
// removing are still changes to shared data: each commits together with its
// audit line, and a refusal is audited by the AccessGate.
//
// Names follow product.md (validateName: 1-100 characters after trimming, no
// control characters) and are unique case-insensitively. The filter must
// parse and must not be empty; it is stored in canonical text form.
// Errors: BadInput (name, filter, name taken), NotFound, NotPermitted,
// Storage.
class SavedFilterStore
{
public:
    SavedFilterStore(const Connection &connection, Actor actor, Clock clock);

    enum class IfExists
    {
        Refuse,
        Replace
    };

    // Ordered by name (case-folded, byte order).
    Result<QList<SavedFilter>> list() const;
    // Any case; std::nullopt when no filter has that name.
    Result<std::optional<SavedFilter>> find(const QString &name) const;
    // The saved filter as a TenantFilter; NotFound when the name is unknown,
    // BadInput when its text no longer parses.
    Result<TenantFilter> filterNamed(const QString &name) const;

    // Saves `filter` under `name`. An existing name (any case) is refused
    // unless `ifExists` is Replace; replacing keeps the id and creation data
    // and takes the new spelling of the name. Returns the stored filter.
    Result<SavedFilter> save(const QString &name, const TenantFilter &filter,
                             IfExists ifExists = IfExists::Refuse);
    // The same from the text form (the command line's --filter).
    Result<SavedFilter> save(const QString &name, const QString &filterText,
                             IfExists ifExists = IfExists::Refuse);
    Status rename(const QString &name, const QString &newName);
    Status remove(const QString &name);

    const Actor &actor() const { return m_actor; }

private:
    Status authorize(const QString &action, const QString &object) const;
    Result<SavedFilter> saveAuthorized(const QString &name, const TenantFilter &filter,
                                       IfExists ifExists);
    Result<QList<SavedFilter>> select(const QString &where, const QVariant &value) const;

    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
    AccessGate m_gate;
};

} // namespace ud
