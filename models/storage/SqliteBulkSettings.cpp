#include "storage/SqliteBulkSettings.h"

#include <QSqlQuery>
#include <QVariant>

namespace ud {

namespace {

QVariant readPragma(const Connection &connection, const QString &name)
{
    QSqlQuery query(connection.database());
    if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
        return query.value(0);
    return {};
}

// Only a speed-up: a failure changes nothing but the speed.
void setPragma(const Connection &connection, const QString &name, qint64 value)
{
    QSqlQuery query(connection.database());
    query.exec(QStringLiteral("PRAGMA %1=%2").arg(name).arg(value));
}

} // namespace

SqliteBulkSettings::SqliteBulkSettings(const Connection &connection, ForeignKeys foreignKeys)
    : m_connection(connection)
{
    if (connection.backend() != Backend::Sqlite)
        return;
    m_active = true;
    m_previousCacheSize = readPragma(connection, QStringLiteral("cache_size")).toLongLong();
    m_previousForeignKeys = readPragma(connection, QStringLiteral("foreign_keys")).toInt();
    setPragma(connection, QStringLiteral("cache_size"), -qint64(kCacheKibibytes));
    if (foreignKeys == ForeignKeys::SkipChecks)
        setPragma(connection, QStringLiteral("foreign_keys"), 0);
}

SqliteBulkSettings::~SqliteBulkSettings()
{
    if (!m_active)
        return;
    setPragma(m_connection, QStringLiteral("foreign_keys"), m_previousForeignKeys);
    setPragma(m_connection, QStringLiteral("cache_size"), m_previousCacheSize);
}

} // namespace ud
