#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

namespace ud {

// The access rule and the audit line of switching the GUI to another database
// (Settings > Database): both on the database being left, since that is the
// one whose administrator decides and whose log must show where work went.
class DatabaseSwitch
{
public:
    DatabaseSwitch(const Connection &current, Actor actor, Clock clock);

    // Settings: Edit; a refusal is audited.
    Status authorize(const DatabaseTarget &to) const;
    // The "switch database" audit line, after the switch succeeded.
    Status record(const DatabaseTarget &to) const;

private:
    const Connection &m_current;
    Actor m_actor;
    Clock m_clock;
};

} // namespace ud
