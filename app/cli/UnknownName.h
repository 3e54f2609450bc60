#pragma once

#include "CliContext.h"

namespace cli {

// A role or administrator name that matched nothing is still handed to the
// service, with kNoSuchId, before "not found" is reported: the service
// authorizes first, so someone who may not do the operation learns nothing
// about which names exist and the refusal is audited like any other.
constexpr qint64 kNoSuchId = 0;

// Prints the service's refusal (or other failure) if `attempt` failed for a
// reason other than "not found", else `notFound`; returns the exit code.
int failUnknownName(CliContext &context, const ud::Status &attempt, const QString &notFound);

} // namespace cli
