#pragma once

#include "core/Result.h"
#include "filters/TenantFilter.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace ud {

// A filter as SQL over the tenants table: a WHERE condition with `?`
// placeholders and the values to bind to them, in order. The same text runs
// on SQLite and PostgreSQL and selects the same tenants:
// - text operators compare the *_folded columns with the value folded the
//   same way (foldCase), so case never matters and no SQL case function
//   (whose Unicode rules differ between back ends) is involved;
// - contains / starts_with / ends_with use LIKE ... ESCAPE '\' with %, _ and
//   \ in the value escaped, so every character matches itself;
// - booleans are 0/1, contract modes their names, dates 'YYYY-MM-DD' (text on
//   SQLite, cast to DATE by PostgreSQL).
// Column names are those of the tenants table; pass `tableAlias` ("t") when
// the query names it so.
class FilterSql
{
public:
    // BadInput when the filter does not validate (TenantFilter::validate).
    static Result<FilterSql> translate(const TenantFilter &filter,
                                       const QString &tableAlias = QString());

    // The Tenants List's quick search: hostname or company name contains
    // `text` (surrounding spaces trimmed), case-insensitive and literal like
    // the filter's `contains`. "1=1" for blank text.
    static FilterSql quickSearch(const QString &text, const QString &tableAlias = QString());

    // Both conditions must hold (the quick search combines with the filter).
    FilterSql &andAlso(const FilterSql &other);

    // "1=1" for the empty filter, so it can always follow WHERE.
    const QString &whereClause() const { return m_where; }
    const QVariantList &values() const { return m_values; }

    // Binds values() to a query prepared with text containing
    // whereClause() (its placeholders, in order, after any bound before).
    void bindTo(QSqlQuery &query) const;

    // The value as a LIKE pattern fragment that matches only itself.
    static QString escapeLike(const QString &value);

private:
    QString m_where;
    QVariantList m_values;
};

} // namespace ud
