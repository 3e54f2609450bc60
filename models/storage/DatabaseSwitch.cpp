#include "storage/DatabaseSwitch.h"

#include "access/AccessGate.h"
#include "storage/Transaction.h"

namespace ud {

namespace {

const QString kAction = QStringLiteral("switch database");

} // namespace

DatabaseSwitch::DatabaseSwitch(const Connection &current, Actor actor, Clock clock)
    : m_current(current)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{}

Status DatabaseSwitch::authorize(const DatabaseTarget &to) const
{
    return AccessGate(m_current, m_clock)
        .require(m_actor, {Entity::Settings, Action::Edit}, kAction, to.displayName());
}

Status DatabaseSwitch::record(const DatabaseTarget &to) const
{
    const AccessGate gate(m_current, m_clock);
    if (const Status allowed = authorize(to); !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_current);
    if (!transaction)
        return transaction.error();
    return gate.commitAudited(**transaction, m_actor, kAction, to.displayName(),
                              QStringLiteral("from %1").arg(m_current.target().displayName()));
}

} // namespace ud
