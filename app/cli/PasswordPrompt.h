#pragma once

#include "core/Result.h"

#include <QString>
#include <optional>

namespace cli {

// Reads a password from the controlling terminal without echoing it.
// Returns nothing when there is no terminal (a script, a pipe, cron).
std::optional<QString> promptPassword(const QString &prompt);

// A password being set (init, admin add, admin edit --reset-password):
// USAGEDESK_NEW_PASSWORD, or asked twice on the terminal. The policy (length)
// is the model's to check.
ud::Result<QString> newPassword();

} // namespace cli
