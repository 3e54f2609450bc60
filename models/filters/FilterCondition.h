#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace ud {

// The vocabulary of filters.md: which tenant fields a filter can test, how,
// and with what kind of value. The Filters dialog builds its choices from
// these functions, the parser accepts exactly them, and the SQL translation
// maps them; one list, so the three cannot drift apart.

enum class FilterAttribute
{
    Hostname,
    CompanyName,
    ContractMode,
    Locked,
    ServiceProvider,
    AuthenticationAccount,
    IssuanceAccount,
    CreatedOn,
};

enum class FilterOperator
{
    Eq,
    Ne,
    Contains,
    NotContains,
    StartsWith,
    EndsWith,
    Before,
    After,
};

// What a condition's value is, which decides how it is written and checked.
enum class FilterValueKind
{
    Text,         // any text, compared case-insensitively
    ContractMode, // PRODUCTION, TRIAL, UNKNOWN
    Boolean,      // true, false
    Date,         // YYYY-MM-DD
};

// In the order filters.md lists them (the order the dialog offers them).
QList<FilterAttribute> allFilterAttributes();
QString filterAttributeName(FilterAttribute attribute); // "company_name"
// ASCII case-insensitive.
std::optional<FilterAttribute> filterAttributeFromName(QStringView name);
FilterValueKind filterValueKind(FilterAttribute attribute);

QList<FilterOperator> allFilterOperators();
QString filterOperatorName(FilterOperator op); // "not_contains"
// ASCII case-insensitive.
std::optional<FilterOperator> filterOperatorFromName(QStringView name);
// The operators valid for the attribute, in filters.md's order.
QList<FilterOperator> operatorsFor(FilterAttribute attribute);
bool operatorFits(FilterAttribute attribute, FilterOperator op);

// One test: attribute, operator and the value in its canonical text form
// (text as typed; PRODUCTION/TRIAL/UNKNOWN; true/false; YYYY-MM-DD).
struct FilterCondition
{
    FilterAttribute attribute = FilterAttribute::Hostname;
    FilterOperator op = FilterOperator::Eq;
    QString value;

    friend bool operator==(const FilterCondition &, const FilterCondition &) = default;
};

// The canonical form of `value` for a condition on `attribute` (enum names
// upper-case, booleans lower-case), or a BadInput error saying what was
// expected. Text values are returned unchanged, unless they hold a control
// character, which no tenant field can contain.
Result<QString> canonicalFilterValue(FilterAttribute attribute, const QString &value);

// ASCII-only case-insensitive comparison for keywords: a keyword is plain
// ASCII, and Unicode folding would let look-alikes such as U+017F (long s)
// pass for "s".
bool keywordEquals(QStringView text, QStringView keyword);

} // namespace ud
