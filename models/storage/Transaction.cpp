#include "storage/Transaction.h"

#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ud {

Transaction::Transaction(const Connection &connection)
    : m_connection(connection)
{}

Result<std::unique_ptr<Transaction>> Transaction::begin(const Connection &connection)
{
    QSqlQuery query(connection.database());
    const QString statement = connection.backend() == Backend::Sqlite
                                  ? QStringLiteral("BEGIN IMMEDIATE")
                                  : QStringLiteral("BEGIN");
    if (!query.exec(statement))
        return sqlError(query, QCoreApplication::translate("ud::Transaction",
                                                           "cannot start a transaction on %1")
                                   .arg(connection.target().displayName()));
    return std::unique_ptr<Transaction>(new Transaction(connection));
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error::storage(
            QCoreApplication::translate("ud::Transaction", "the transaction is already closed"));
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        // A full disk or a lost server shows here: name the database.
        const Error error = sqlError(
            query, QCoreApplication::translate("ud::Transaction", "cannot commit the changes to %1")
                       .arg(m_connection.target().displayName()));
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_connection.database());
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace ud
