#include "filters/SavedFilterStore.h"

#include "core/FieldRules.h"
#include "core/TextRules.h"
#include "filters/FilterParser.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::SavedFilterStore", text);
}

QDateTime fromIso(const QString &text)
{
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    return instant.toUTC();
}

Error noSuchFilter(const QString &name)
{
    return Error::notFound(
        QCoreApplication::translate("ud::SavedFilterStore", "there is no saved filter named \"%1\"")
            .arg(name.trimmed()));
}

// The canonical text of a filter that may be saved: valid, not empty, and
// read back by the parser as the same filter (so the stored text is exactly
// what later runs).
Result<QString> canonicalText(const TenantFilter &filter)
{
    if (filter.isEmpty())
        return Error::badInput(QCoreApplication::translate(
            "ud::SavedFilterStore",
            "an empty filter cannot be saved: it has no condition and selects every tenant"));
    if (const Status valid = filter.validate(); !valid)
        return valid.error();
    const QString text = filter.toText();
    const auto reparsed = FilterParser::parse(text);
    if (!reparsed)
        return reparsed.error();
    return reparsed->toText();
}

} // namespace

SavedFilterStore::SavedFilterStore(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_gate(connection, m_clock)
{}

Status SavedFilterStore::authorize(const QString &action, const QString &object) const
{
    // tenants:view is what a saved filter needs (it changes no tenant);
    // allowed changes are audited with their commit (AccessGate::commitAudited).
    return m_gate.require(m_actor, {Entity::Tenants, Action::View}, action, object);
}

Result<QList<SavedFilter>> SavedFilterStore::select(const QString &where,
                                                    const QVariant &value) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT filter_id, name, filter_text, created_by, created_at, updated_at "
                  "FROM saved_filters %1 ORDER BY name_folded, filter_id"_s.arg(where));
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("cannot read saved filters"));
    QList<SavedFilter> filters;
    while (query.next()) {
        SavedFilter filter;
        filter.id = query.value(0).toLongLong();
        filter.name = query.value(1).toString();
        filter.filterText = query.value(2).toString();
        filter.createdBy = query.value(3).toString();
        filter.createdAt = fromIso(query.value(4).toString());
        filter.updatedAt = fromIso(query.value(5).toString());
        filters.append(filter);
    }
    return filters;
}

Result<QList<SavedFilter>> SavedFilterStore::list() const
{
    if (const Status allowed = authorize(u"list saved filters"_s, QString()); !allowed)
        return allowed.error();
    return select(QString(), QVariant());
}

Result<std::optional<SavedFilter>> SavedFilterStore::find(const QString &name) const
{
    if (const Status allowed = authorize(u"use saved filter"_s, name.trimmed()); !allowed)
        return allowed.error();
    const auto found = select(u"WHERE name_folded = ?"_s, foldCase(name.trimmed()));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SavedFilter>();
    return std::optional<SavedFilter>(found->first());
}

Result<TenantFilter> SavedFilterStore::filterNamed(const QString &name) const
{
    const auto found = find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchFilter(name);
    auto filter = FilterParser::parse((*found)->filterText);
    if (!filter)
        return Error::badInput(tr("the saved filter \"%1\" does not read as a filter: %2")
                                   .arg((*found)->name, filter.error().message));
    return filter;
}

Result<SavedFilter> SavedFilterStore::save(const QString &name, const QString &filterText,
                                           IfExists ifExists)
{
    // Authorized first, so someone who may not save learns nothing from
    // the validation of what they typed.
    if (const Status allowed = authorize(u"save filter"_s, name.trimmed()); !allowed)
        return allowed.error();
    const auto filter = FilterParser::parse(filterText);
    if (!filter)
        return filter.error();
    return saveAuthorized(name, *filter, ifExists);
}

Result<SavedFilter> SavedFilterStore::save(const QString &name, const TenantFilter &filter,
                                           IfExists ifExists)
{
    if (const Status allowed = authorize(u"save filter"_s, name.trimmed()); !allowed)
        return allowed.error();
    return saveAuthorized(name, filter, ifExists);
}

Result<SavedFilter> SavedFilterStore::saveAuthorized(const QString &name,
                                                     const TenantFilter &filter, IfExists ifExists)
{
    const bool replacing = ifExists == IfExists::Replace;
    const auto cleanName = validateName(tr("name"), name);
    if (!cleanName)
        return cleanName.error();
    const auto text = canonicalText(filter);
    if (!text)
        return text.error();

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    const auto existing = select(u"WHERE name_folded = ?"_s, foldCase(*cleanName));
    if (!existing)
        return existing.error();
    const QDateTime now = m_clock().toUTC();
    SavedFilter saved;
    QSqlQuery query(m_connection.database());
    if (!existing->isEmpty()) {
        if (!replacing)
            return Error::badInput(
                tr("a saved filter named \"%1\" already exists; choose another name or replace "
                   "it")
                    .arg(existing->first().name));
        saved = existing->first();
        query.prepare(u"UPDATE saved_filters SET name = ?, filter_text = ?, updated_at = ? "
                      "WHERE filter_id = ?"_s);
        query.addBindValue(*cleanName);
        query.addBindValue(*text);
        query.addBindValue(isoUtc(now));
        query.addBindValue(saved.id);
        if (!query.exec())
            return sqlError(query, tr("cannot replace the saved filter %1").arg(*cleanName));
    } else {
        query.prepare(u"INSERT INTO saved_filters (name, name_folded, filter_text, created_by, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING filter_id"_s);
        query.addBindValue(*cleanName);
        query.addBindValue(foldCase(*cleanName));
        query.addBindValue(*text);
        query.addBindValue(m_actor.userName);
        query.addBindValue(isoUtc(now));
        query.addBindValue(isoUtc(now));
        if (!query.exec() || !query.next())
            return sqlError(query, tr("cannot save the filter %1").arg(*cleanName));
        saved.id = query.value(0).toLongLong();
        saved.createdBy = m_actor.userName;
        saved.createdAt = now;
    }
    query.finish();
    saved.name = *cleanName;
    saved.filterText = *text;
    saved.updatedAt = now;
    const bool replaced = !existing->isEmpty();
    if (const Status committed = m_gate.commitAudited(
            **transaction, m_actor, replaced ? u"replace filter"_s : u"save filter"_s, saved.name,
            *text);
        !committed)
        return committed.error();
    return saved;
}

Status SavedFilterStore::rename(const QString &name, const QString &newName)
{
    if (const Status allowed = authorize(u"rename filter"_s, name.trimmed()); !allowed)
        return allowed;
    const auto cleanName = validateName(tr("new name"), newName);
    if (!cleanName)
        return cleanName.error();

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    const auto existing = select(u"WHERE name_folded = ?"_s, foldCase(name.trimmed()));
    if (!existing)
        return existing.error();
    if (existing->isEmpty())
        return noSuchFilter(name);
    const SavedFilter &current = existing->first();
    const auto clash = select(u"WHERE name_folded = ?"_s, foldCase(*cleanName));
    if (!clash)
        return clash.error();
    if (!clash->isEmpty() && clash->first().id != current.id)
        return Error::badInput(tr("a saved filter named \"%1\" already exists; choose another name")
                                   .arg(clash->first().name));
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE saved_filters SET name = ?, name_folded = ?, updated_at = ? "
                  "WHERE filter_id = ?"_s);
    query.addBindValue(*cleanName);
    query.addBindValue(foldCase(*cleanName));
    query.addBindValue(isoUtc(m_clock()));
    query.addBindValue(current.id);
    if (!query.exec())
        return sqlError(query, tr("cannot rename the saved filter %1").arg(current.name));
    query.finish();
    return m_gate.commitAudited(**transaction, m_actor, u"rename filter"_s, current.name,
                                tr("new name: %1").arg(*cleanName));
}

Status SavedFilterStore::remove(const QString &name)
{
    if (const Status allowed = authorize(u"delete filter"_s, name.trimmed()); !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    const auto existing = select(u"WHERE name_folded = ?"_s, foldCase(name.trimmed()));
    if (!existing)
        return existing.error();
    if (existing->isEmpty())
        return noSuchFilter(name);
    const SavedFilter &current = existing->first();
    QSqlQuery query(m_connection.database());
    query.prepare(u"DELETE FROM saved_filters WHERE filter_id = ?"_s);
    query.addBindValue(current.id);
    if (!query.exec())
        return sqlError(query, tr("cannot delete the saved filter %1").arg(current.name));
    query.finish();
    return m_gate.commitAudited(**transaction, m_actor, u"delete filter"_s, current.name,
                                current.filterText);
}

} // namespace ud
