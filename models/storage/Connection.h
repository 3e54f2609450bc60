#pragma once

#include "core/Result.h"
#include "storage/DatabaseTarget.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace ud {

// One named QSqlDatabase connection, owned by the thread that opened it (Qt
// 6.4 cannot move connections between threads). Every thread that touches
// the database opens its own; the destructor closes and unregisters it, so
// every QSqlQuery made on it must be gone by then.
class Connection
{
public:
    static Result<std::unique_ptr<Connection>> open(const DatabaseTarget &target,
                                                    const QString &purpose = QString());
    // For looking at a database without changing it (DatabaseProbe): SQLite
    // read-only and without the WAL set-up (which would convert the file), a
    // missing file is not created; PostgreSQL sessions are read-only.
    static Result<std::unique_ptr<Connection>> openReadOnly(const DatabaseTarget &target,
                                                            const QString &purpose = QString());
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const;
    Backend backend() const { return m_target.backend; }
    const DatabaseTarget &target() const { return m_target; }
    const QString &name() const { return m_name; }

private:
    Connection(DatabaseTarget target, QString name);
    static Result<std::unique_ptr<Connection>> openWith(const DatabaseTarget &target,
                                                        const QString &purpose, bool readOnly);

    DatabaseTarget m_target;
    QString m_name;
};

} // namespace ud
