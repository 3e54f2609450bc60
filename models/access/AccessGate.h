#pragma once

#include "access/Permission.h"
#include "core/Result.h"

#include <QList>

namespace ud {

// What an action needs before it may run: any one of `anyOf` sets (each a set
// of permissions held together), or a Super Administrator when
// superAdministratorOnly is set. An empty requirement means "signed in".
struct AccessRequirement
{
    QList<QList<Permission>> anyOf;
    bool superAdministratorOnly = false;
    QString action; // what is attempted, for the audit log: "import usage"
};

// The one place where every action of both faces asks before it runs.
//
// Schema version 1 has no administrators, roles or audit log yet (they come
// with the access-control issue, #3), so there is nobody to check: authorize()
// allows every requirement and records nothing. It does not pretend
// otherwise: isEnforcing() is false, and both faces say so in their --version
// and About text. Issue #3 replaces the body of authorize(), not its callers.
class AccessGate
{
public:
    Status authorize(const AccessRequirement &requirement) const;
    static bool isEnforcing() { return false; }
};

} // namespace ud
