#pragma once

#include <QDateTime>
#include <QString>

namespace ud {

// An administrator account (access.md). The password is only ever held as
// its encoded PBKDF2 hash (PasswordHash::encode()).
struct Administrator
{
    qint64 id = 0;
    QString userName;
    QString displayName;
    QString email;
    qint64 roleId = 0;
    QString roleName; // filled by AdministratorStore's reads
    bool enabled = true;
    QString passwordHash;
    int failedSignIns = 0;
    QDateTime lockedUntil; // invalid when not locked
};

} // namespace ud
