#pragma once

#include "core/Error.h"

class QSqlQuery;
class QSqlError;

namespace ud {

// A storage Error from a failed query: the context the caller gives (what it
// was doing) followed by the driver's text. When the database as a whole
// failed (locked by another process, full, unreadable, the server gone) the
// error also names it, as --db does: "... (database TARGET)".
Error sqlError(const QSqlQuery &query, const QString &context);
Error sqlError(const QSqlError &error, const QString &context);

} // namespace ud
