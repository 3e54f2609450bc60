#include "access/AccessGate.h"

namespace ud {

Status AccessGate::authorize(const AccessRequirement &requirement) const
{
    // No administrators exist before issue #3: see the class comment.
    Q_UNUSED(requirement);
    return {};
}

} // namespace ud
