#include "filters/FilterSql.h"

#include "core/TextRules.h"

#include <QSqlQuery>

namespace ud {

namespace {

QString columnOf(FilterAttribute attribute)
{
    switch (attribute) {
    case FilterAttribute::Hostname:
        return QStringLiteral("hostname_folded");
    case FilterAttribute::CompanyName:
        return QStringLiteral("company_name_folded");
    case FilterAttribute::ContractMode:
    case FilterAttribute::Locked:
    case FilterAttribute::ServiceProvider:
    case FilterAttribute::AuthenticationAccount:
    case FilterAttribute::IssuanceAccount:
    case FilterAttribute::CreatedOn:
        break;
    }
    return filterAttributeName(attribute); // the column has the attribute's name
}

struct Piece
{
    QString sql; // with one ? for the value
    QVariant value;
};

Piece textPiece(const QString &column, FilterOperator op, const QString &value)
{
    const QString folded = foldCase(value);
    const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
    const QString pattern = FilterSql::escapeLike(folded);
    const QString anywhere = QLatin1Char('%') + pattern + QLatin1Char('%');
    switch (op) {
    case FilterOperator::Eq:
        return {column + QStringLiteral(" = ?"), folded};
    case FilterOperator::Ne:
        return {column + QStringLiteral(" <> ?"), folded};
    case FilterOperator::Contains:
        return {column + like, anywhere};
    case FilterOperator::NotContains:
        return {column + QStringLiteral(" NOT") + like, anywhere};
    case FilterOperator::StartsWith:
        return {column + like, QString(pattern + QLatin1Char('%'))};
    case FilterOperator::EndsWith:
        return {column + like, QString(QLatin1Char('%') + pattern)};
    case FilterOperator::Before: // never for text: validate() rejects it
    case FilterOperator::After:
        break;
    }
    return {column + QStringLiteral(" = ?"), folded};
}

QString comparison(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Ne:
        return QStringLiteral(" <> ?");
    case FilterOperator::Before:
        return QStringLiteral(" < ?");
    case FilterOperator::After:
        return QStringLiteral(" > ?");
    case FilterOperator::Eq:
    case FilterOperator::Contains:
    case FilterOperator::NotContains:
    case FilterOperator::StartsWith:
    case FilterOperator::EndsWith:
        break;
    }
    return QStringLiteral(" = ?");
}

} // namespace

QString FilterSql::escapeLike(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (QChar c : value) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

FilterSql FilterSql::quickSearch(const QString &text, const QString &tableAlias)
{
    FilterSql sql;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        sql.m_where = QStringLiteral("1=1");
        return sql;
    }
    const QString prefix = tableAlias.isEmpty() ? QString() : tableAlias + QLatin1Char('.');
    const QString pattern = QLatin1Char('%') + escapeLike(foldCase(trimmed)) + QLatin1Char('%');
    sql.m_where = QStringLiteral("(%1hostname_folded LIKE ? ESCAPE '\\' OR %1company_name_folded "
                                 "LIKE ? ESCAPE '\\')")
                      .arg(prefix);
    sql.m_values = {pattern, pattern};
    return sql;
}

FilterSql &FilterSql::andAlso(const FilterSql &other)
{
    if (other.m_where == QLatin1String("1=1"))
        return *this;
    if (m_where == QLatin1String("1=1"))
        m_where = other.m_where;
    else
        m_where = QLatin1Char('(') + m_where + QStringLiteral(") AND ") + other.m_where;
    m_values += other.m_values;
    return *this;
}

Result<FilterSql> FilterSql::translate(const TenantFilter &filter, const QString &tableAlias)
{
    if (const Status valid = filter.validate(); !valid)
        return valid.error();
    FilterSql sql;
    const QString prefix = tableAlias.isEmpty() ? QString() : tableAlias + QLatin1Char('.');
    QStringList parts;
    for (const FilterCondition &condition : filter.conditions) {
        const QString column = prefix + columnOf(condition.attribute);
        // validate() passed, so the canonical value exists.
        const QString value = canonicalFilterValue(condition.attribute, condition.value).value();
        Piece piece;
        switch (filterValueKind(condition.attribute)) {
        case FilterValueKind::Text:
            piece = textPiece(column, condition.op, value);
            break;
        case FilterValueKind::ContractMode:
        case FilterValueKind::Date:
            piece = {column + comparison(condition.op), value};
            break;
        case FilterValueKind::Boolean:
            piece = {column + comparison(condition.op), value == QLatin1String("true") ? 1 : 0};
            break;
        }
        parts << piece.sql;
        sql.m_values << piece.value;
    }
    sql.m_where = parts.isEmpty() ? QStringLiteral("1=1") : parts.join(QStringLiteral(" AND "));
    return sql;
}

void FilterSql::bindTo(QSqlQuery &query) const
{
    for (const QVariant &value : m_values)
        query.addBindValue(value);
}

} // namespace ud
