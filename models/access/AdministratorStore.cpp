#include "access/AdministratorStore.h"

#include "core/Clock.h"
#include "core/TextRules.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::AdministratorStore", text);
}

QVariant optionalInstant(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(isoUtc(instant)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

AdministratorStore::AdministratorStore(const Connection &connection)
    : m_connection(connection)
{}

Result<QList<Administrator>> AdministratorStore::select(const QString &where, const QVariant &value,
                                                        bool lockRows) const
{
    QSqlQuery query(m_connection.database());
    QString sql =
        QStringLiteral("SELECT a.admin_id, a.user_name, a.display_name, a.email, a.role_id, "
                       "r.name, a.enabled, a.password_hash, a.failed_sign_ins, a.locked_until "
                       "FROM administrators a JOIN roles r ON r.role_id = a.role_id %1 "
                       "ORDER BY a.user_name_folded")
            .arg(where);
    if (lockRows && m_connection.backend() == Backend::Postgres)
        sql += QStringLiteral(" FOR UPDATE OF a");
    query.prepare(sql);
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("cannot read administrators"));
    QList<Administrator> list;
    while (query.next()) {
        Administrator a;
        a.id = query.value(0).toLongLong();
        a.userName = query.value(1).toString();
        a.displayName = query.value(2).toString();
        a.email = query.value(3).toString();
        a.roleId = query.value(4).toLongLong();
        a.roleName = query.value(5).toString();
        a.enabled = query.value(6).toInt() != 0;
        a.passwordHash = query.value(7).toString();
        a.failedSignIns = query.value(8).toInt();
        if (!query.value(9).isNull())
            a.lockedUntil = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        list.append(a);
    }
    return list;
}

Result<QList<Administrator>> AdministratorStore::list() const
{
    return select(QString(), QVariant());
}

Result<std::optional<Administrator>>
AdministratorStore::findByUserName(const QString &userName) const
{
    auto found =
        select(QStringLiteral("WHERE a.user_name_folded = ?"), foldCase(userName.trimmed()));
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Administrator>()
                            : std::optional<Administrator>(found->first());
}

Result<std::optional<Administrator>> AdministratorStore::findById(qint64 id, bool lockRow) const
{
    auto found = select(QStringLiteral("WHERE a.admin_id = ?"), id, lockRow);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Administrator>()
                            : std::optional<Administrator>(found->first());
}

Result<qint64> AdministratorStore::count() const
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM administrators")) || !query.next())
        return sqlError(query, tr("cannot read administrators"));
    return query.value(0).toLongLong();
}

Result<qint64> AdministratorStore::insert(const Administrator &a, const QDateTime &now)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO administrators (user_name, user_name_folded, display_name, email, role_id, "
        "enabled, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING admin_id"));
    query.addBindValue(a.userName);
    query.addBindValue(foldCase(a.userName));
    query.addBindValue(notNull(a.displayName));
    query.addBindValue(notNull(a.email));
    query.addBindValue(a.roleId);
    query.addBindValue(a.enabled ? 1 : 0);
    query.addBindValue(a.passwordHash);
    query.addBindValue(isoUtc(now));
    query.addBindValue(isoUtc(now));
    if (!query.exec() || !query.next())
        return sqlError(query, tr("cannot add administrator %1").arg(a.userName));
    return query.value(0).toLongLong();
}

Status AdministratorStore::update(const Administrator &a, const QDateTime &now)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE administrators SET display_name = ?, email = ?, role_id = ?, enabled = ?, "
        "updated_at = ? WHERE admin_id = ?"));
    query.addBindValue(notNull(a.displayName));
    query.addBindValue(notNull(a.email));
    query.addBindValue(a.roleId);
    query.addBindValue(a.enabled ? 1 : 0);
    query.addBindValue(isoUtc(now));
    query.addBindValue(a.id);
    if (!query.exec())
        return sqlError(query, tr("cannot change administrator %1").arg(a.userName));
    return {};
}

Status AdministratorStore::remove(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM administrators WHERE admin_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot remove the administrator"));
    return {};
}

Status AdministratorStore::recordSignInResult(qint64 id, int failedSignIns,
                                              const QDateTime &lockedUntil)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE administrators SET failed_sign_ins = ?, locked_until = ? WHERE admin_id = ?"));
    query.addBindValue(failedSignIns);
    query.addBindValue(optionalInstant(lockedUntil));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot record the sign-in"));
    return {};
}

Status AdministratorStore::setPasswordHash(qint64 id, const QString &passwordHash,
                                           const QDateTime &now)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE administrators SET password_hash = ?, failed_sign_ins = "
                                 "0, locked_until = NULL, updated_at = ? WHERE admin_id = ?"));
    query.addBindValue(passwordHash);
    query.addBindValue(isoUtc(now));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot change the password"));
    return {};
}

Result<QList<qint64>> AdministratorStore::enabledSuperAdministrators(bool lockRows) const
{
    QString sql = QStringLiteral(
        "SELECT a.admin_id FROM administrators a WHERE a.enabled = 1 AND a.role_id = "
        "(SELECT role_id FROM roles WHERE builtin = 'super_administrator') ORDER BY a.admin_id");
    if (lockRows && m_connection.backend() == Backend::Postgres)
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery query(m_connection.database());
    if (!query.exec(sql))
        return sqlError(query, tr("cannot read administrators"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace ud
