#pragma once

#include "core/Result.h"
#include "filters/FilterCondition.h"

#include <QList>
#include <QString>

namespace ud {

// A tenant filter (filters.md): conditions joined by AND. No conditions
// means every tenant. The Filters dialog edits one, FilterParser makes one
// from text, FilterSql turns one into a WHERE clause.
struct TenantFilter
{
    QList<FilterCondition> conditions;

    bool isEmpty() const { return conditions.isEmpty(); }

    // The canonical text form: lower-case attribute and operator names,
    // upper-case contract modes, lower-case booleans, and text values bare
    // where the parser would read them back unchanged, else in double quotes
    // with " and \ escaped. FilterParser::parse(toText()) gives this filter
    // back. Empty for no conditions.
    QString toText() const;

    // Every condition's operator fits its attribute and its value is well
    // formed; for filters built by hand (the dialog, saved filters) before
    // they run. Values are not rewritten: see canonicalFilterValue().
    Status validate() const;

    friend bool operator==(const TenantFilter &, const TenantFilter &) = default;
};

// How a text value is written in the text form: bare when that reads back
// as the same value, quoted otherwise.
QString quoteFilterValue(const QString &value);

} // namespace ud
