#include "access/SignIn.h"

#include "access/AdministratorStore.h"
#include "access/AuditLog.h"
#include "access/PasswordHasher.h"
#include "access/RoleStore.h"
#include "core/FieldRules.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::SignIn", text);
}

const QString kSignIn = QStringLiteral("sign-in");

Error wrongCredentials()
{
    return Error::notPermitted(
        QCoreApplication::translate("ud::SignIn", "sign-in failed: wrong user name or password"));
}

// An unknown user costs as much time as a wrong password, so timing does not
// tell which user names exist.
void spendVerificationTime(const QString &password)
{
    static const PasswordHash decoy = PasswordHasher::hash(QStringLiteral("decoy password!"));
    (void)PasswordHasher::verify(password, decoy);
}

} // namespace

SignIn::SignIn(const Connection &connection, Clock clock)
    : m_connection(connection)
    , m_clock(std::move(clock))
{}

Result<Actor> SignIn::actorFor(qint64 adminId) const
{
    const AdministratorStore administrators(m_connection);
    const auto administrator = administrators.findById(adminId);
    if (!administrator)
        return administrator.error();
    if (!administrator->has_value())
        return Error::notPermitted(tr("the signed-in administrator no longer exists"));
    const RoleStore roles(m_connection);
    const auto role = roles.findById((*administrator)->roleId);
    if (!role)
        return role.error();
    if (!role->has_value())
        return Error::storage(tr("the role of %1 is missing").arg((*administrator)->userName));
    return Actor{adminId, (*administrator)->userName, **role};
}

Result<Actor> SignIn::signIn(const QString &userName, const QString &password)
{
    const QDateTime now = m_clock();
    const auto audit = [&](bool allowed, const QString &detail) {
        (void)AuditLog::append(m_connection,
                               {0, now, userName, kSignIn, userName, allowed, detail});
    };

    AdministratorStore administrators(m_connection);
    const auto found = administrators.findByUserName(userName);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        spendVerificationTime(password);
        audit(false, tr("unknown user name"));
        return wrongCredentials();
    }
    Administrator administrator = **found;

    if (administrator.lockedUntil.isValid() && administrator.lockedUntil > now) {
        audit(false, tr("account locked until %1").arg(isoUtc(administrator.lockedUntil)));
        return Error::notPermitted(
            tr("sign-in failed: %1 is locked after too many failed attempts; try again after "
               "%2 UTC")
                .arg(administrator.userName,
                     administrator.lockedUntil.toUTC().toString(QStringLiteral("HH:mm"))));
    }

    const auto stored = PasswordHash::decode(administrator.passwordHash);
    if (!stored || !PasswordHasher::verify(password, *stored)) {
        int failures = administrator.failedSignIns + 1;
        QDateTime lockedUntil;
        QString detail = tr("wrong password (%1 in a row)").arg(failures);
        if (failures >= kMaximumFailures) {
            lockedUntil = now.addSecs(kLockMinutes * 60);
            failures = 0;
            detail = tr("wrong password; account locked until %1").arg(isoUtc(lockedUntil));
        }
        if (const Status recorded =
                administrators.recordSignInResult(administrator.id, failures, lockedUntil);
            !recorded)
            return recorded.error();
        audit(false, detail);
        return wrongCredentials();
    }

    if (!administrator.enabled) {
        audit(false, tr("account disabled"));
        return Error::notPermitted(
            tr("sign-in failed: the account %1 is disabled").arg(administrator.userName));
    }

    if (const Status recorded = administrators.recordSignInResult(administrator.id, 0, QDateTime());
        !recorded)
        return recorded.error();
    if (PasswordHasher::needsRehash(*stored)) {
        const QString rehashed = PasswordHasher::hash(password).encode();
        if (const Status saved = administrators.setPasswordHash(administrator.id, rehashed, now);
            !saved)
            return saved.error();
    }
    audit(true, QString());
    return actorFor(administrator.id);
}

Result<bool> SignIn::needsFirstAdministrator() const
{
    const auto count = AdministratorStore(m_connection).count();
    if (!count)
        return count.error();
    return *count == 0;
}

Result<Actor> SignIn::createFirstAdministrator(const QString &userName, const QString &displayName,
                                               const QString &email, const QString &password)
{
    const auto name = validateName(tr("user name"), userName);
    if (!name)
        return name.error();
    QString address;
    if (!email.trimmed().isEmpty()) {
        const auto valid = validateEmail(tr("e-mail"), email);
        if (!valid)
            return valid.error();
        address = *valid;
    }
    if (const Status strong = PasswordHasher::checkPolicy(password); !strong)
        return strong.error();
    const QString hash = PasswordHasher::hash(password).encode();

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    AdministratorStore administrators(m_connection);
    const auto count = administrators.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error::notPermitted(
            tr("the database already has administrators; the first Super Administrator can only "
               "be created on an empty one"));
    const auto roles = RoleStore(m_connection).list();
    if (!roles)
        return roles.error();
    qint64 superRole = 0;
    for (const Role &role : *roles) {
        if (role.builtIn == BuiltInRole::SuperAdministrator)
            superRole = role.id;
    }
    Administrator administrator;
    administrator.userName = *name;
    administrator.displayName = displayName.trimmed().isEmpty() ? *name : displayName.trimmed();
    administrator.email = address;
    administrator.roleId = superRole;
    administrator.passwordHash = hash;
    const QDateTime now = m_clock();
    const auto id = administrators.insert(administrator, now);
    if (!id)
        return id.error();
    if (const Status logged = AuditLog::append(
            m_connection, {0, now, *name, QStringLiteral("create first administrator"), *name, true,
                           tr("Super Administrator")});
        !logged)
        return logged.error();
    if (const Status committed = (*transaction)->commit(); !committed)
        return committed.error();
    return actorFor(*id);
}

} // namespace ud
