#pragma once

#include <QString>
#include <optional>

namespace cli {

// Reads a password from the controlling terminal without echoing it.
// Returns nothing when there is no terminal (a script, a pipe, cron).
std::optional<QString> promptPassword(const QString &prompt);

} // namespace cli
