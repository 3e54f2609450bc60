#include "settings/AppSettingsStore.h"

#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

const QString kReportingTimeZoneKey = u"reporting_time_zone"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::AppSettingsStore", text);
}

} // namespace

AppSettingsStore::AppSettingsStore(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_gate(connection, m_clock)
{}

Result<QByteArray> AppSettingsStore::validateTimeZone(const QString &zoneId)
{
    const QString trimmed = zoneId.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(tr("--reporting-tz: the time zone is missing (an IANA id such as "
                                  "UTC or Europe/Berlin)"));
    const QByteArray id = trimmed.toUtf8();
    // isTimeZoneIdAvailable() also rejects ids Qt would only parse as an
    // offset ("UTC+05:00") that is not in the system's database.
    if (!QTimeZone::isTimeZoneIdAvailable(id) || !QTimeZone(id).isValid())
        return Error::badInput(
            tr("--reporting-tz: \"%1\" is not a known time zone (an IANA id such as UTC or "
               "Europe/Berlin)")
                .arg(trimmed));
    return id;
}

Result<QByteArray> AppSettingsStore::readReportingTimeZone(const Connection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT value FROM app_settings WHERE key = ?"_s);
    query.addBindValue(kReportingTimeZoneKey);
    if (!query.exec())
        return sqlError(query, tr("reading the reporting time zone"));
    if (!query.next())
        return QByteArray(kDefaultReportingTimeZone);
    return query.value(0).toString().toUtf8();
}

Result<QByteArray> AppSettingsStore::reportingTimeZone() const
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::Settings, Action::View},
                                              u"view settings"_s, u"reporting time zone"_s);
        !allowed)
        return allowed.error();
    return readReportingTimeZone(m_connection);
}

Status AppSettingsStore::setReportingTimeZone(const QByteArray &zoneId)
{
    if (const Status allowed =
            m_gate.require(m_actor, {Entity::Settings, Action::Edit}, u"set reporting time zone"_s,
                           u"reporting time zone"_s);
        !allowed)
        return allowed;
    const auto valid = validateTimeZone(QString::fromUtf8(zoneId));
    if (!valid)
        return valid.error();
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    const auto previous = readReportingTimeZone(m_connection);
    if (!previous)
        return previous.error();
    QSqlQuery query(m_connection.database());
    query.prepare(u"INSERT INTO app_settings (key, value, updated_by, updated_at) "
                  "VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                  "updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s);
    query.addBindValue(kReportingTimeZoneKey);
    query.addBindValue(QString::fromUtf8(*valid));
    query.addBindValue(m_actor.userName);
    query.addBindValue(isoUtc(m_clock()));
    if (!query.exec())
        return sqlError(query, tr("saving the reporting time zone"));
    const QString detail =
        u"%1 -> %2"_s.arg(QString::fromUtf8(*previous), QString::fromUtf8(*valid));
    return m_gate.commitAudited(**transaction, m_actor, u"set reporting time zone"_s,
                                u"reporting time zone"_s, detail);
}

} // namespace ud
