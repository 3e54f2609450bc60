#include "filters/FilterCondition.h"

#include "core/TextRules.h"
#include "tenants/Tenant.h"

#include <QCoreApplication>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud", text);
}

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c - u'A' + u'a') : c;
}

} // namespace

bool keywordEquals(QStringView text, QStringView keyword)
{
    if (text.size() != keyword.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (asciiLower(text[i].unicode()) != asciiLower(keyword[i].unicode()))
            return false;
    }
    return true;
}

QList<FilterAttribute> allFilterAttributes()
{
    return {FilterAttribute::Hostname,        FilterAttribute::CompanyName,
            FilterAttribute::ContractMode,    FilterAttribute::Locked,
            FilterAttribute::ServiceProvider, FilterAttribute::AuthenticationAccount,
            FilterAttribute::IssuanceAccount, FilterAttribute::CreatedOn};
}

QString filterAttributeName(FilterAttribute attribute)
{
    switch (attribute) {
    case FilterAttribute::Hostname:
        return QStringLiteral("hostname");
    case FilterAttribute::CompanyName:
        return QStringLiteral("company_name");
    case FilterAttribute::ContractMode:
        return QStringLiteral("contract_mode");
    case FilterAttribute::Locked:
        return QStringLiteral("locked");
    case FilterAttribute::ServiceProvider:
        return QStringLiteral("service_provider");
    case FilterAttribute::AuthenticationAccount:
        return QStringLiteral("authentication_account");
    case FilterAttribute::IssuanceAccount:
        return QStringLiteral("issuance_account");
    case FilterAttribute::CreatedOn:
        break;
    }
    return QStringLiteral("created_on");
}

std::optional<FilterAttribute> filterAttributeFromName(QStringView name)
{
    for (FilterAttribute attribute : allFilterAttributes()) {
        if (keywordEquals(name, filterAttributeName(attribute)))
            return attribute;
    }
    return std::nullopt;
}

FilterValueKind filterValueKind(FilterAttribute attribute)
{
    switch (attribute) {
    case FilterAttribute::Hostname:
    case FilterAttribute::CompanyName:
        return FilterValueKind::Text;
    case FilterAttribute::ContractMode:
        return FilterValueKind::ContractMode;
    case FilterAttribute::Locked:
    case FilterAttribute::ServiceProvider:
    case FilterAttribute::AuthenticationAccount:
    case FilterAttribute::IssuanceAccount:
        return FilterValueKind::Boolean;
    case FilterAttribute::CreatedOn:
        break;
    }
    return FilterValueKind::Date;
}

QList<FilterOperator> allFilterOperators()
{
    return {FilterOperator::Eq,          FilterOperator::Ne,         FilterOperator::Contains,
            FilterOperator::NotContains, FilterOperator::StartsWith, FilterOperator::EndsWith,
            FilterOperator::Before,      FilterOperator::After};
}

QString filterOperatorName(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Eq:
        return QStringLiteral("eq");
    case FilterOperator::Ne:
        return QStringLiteral("ne");
    case FilterOperator::Contains:
        return QStringLiteral("contains");
    case FilterOperator::NotContains:
        return QStringLiteral("not_contains");
    case FilterOperator::StartsWith:
        return QStringLiteral("starts_with");
    case FilterOperator::EndsWith:
        return QStringLiteral("ends_with");
    case FilterOperator::Before:
        return QStringLiteral("before");
    case FilterOperator::After:
        break;
    }
    return QStringLiteral("after");
}

std::optional<FilterOperator> filterOperatorFromName(QStringView name)
{
    for (FilterOperator op : allFilterOperators()) {
        if (keywordEquals(name, filterOperatorName(op)))
            return op;
    }
    return std::nullopt;
}

QList<FilterOperator> operatorsFor(FilterAttribute attribute)
{
    switch (filterValueKind(attribute)) {
    case FilterValueKind::Text:
        return {FilterOperator::Eq,          FilterOperator::Ne,         FilterOperator::Contains,
                FilterOperator::NotContains, FilterOperator::StartsWith, FilterOperator::EndsWith};
    case FilterValueKind::ContractMode:
        return {FilterOperator::Eq, FilterOperator::Ne};
    case FilterValueKind::Boolean:
        return {FilterOperator::Eq};
    case FilterValueKind::Date:
        break;
    }
    return {FilterOperator::Eq, FilterOperator::Before, FilterOperator::After};
}

bool operatorFits(FilterAttribute attribute, FilterOperator op)
{
    return operatorsFor(attribute).contains(op);
}

Result<QString> canonicalFilterValue(FilterAttribute attribute, const QString &value)
{
    const QString name = filterAttributeName(attribute);
    switch (filterValueKind(attribute)) {
    case FilterValueKind::Text:
        // No tenant field holds a control character (data.md), and one in a
        // filter is almost surely a paste accident: say so rather than match
        // nothing in silence.
        if (firstControlCharacter(value) >= 0)
            return Error::badInput(
                tr("malformed value for %1: control characters (such as TAB or a line break) "
                   "are not allowed")
                    .arg(name));
        return value;
    case FilterValueKind::ContractMode:
        if (const auto mode = contractModeFromName(value))
            return contractModeName(*mode);
        return Error::badInput(tr("malformed value \"%1\" for %2; expected one of PRODUCTION, "
                                  "TRIAL, UNKNOWN")
                                   .arg(value, name));
    case FilterValueKind::Boolean:
        if (keywordEquals(value, u"true"))
            return QStringLiteral("true");
        if (keywordEquals(value, u"false"))
            return QStringLiteral("false");
        return Error::badInput(
            tr("malformed value \"%1\" for %2; expected true or false").arg(value, name));
    case FilterValueKind::Date:
        break;
    }
    if (const auto date = parseIsoDate(value))
        return date->toString(Qt::ISODate);
    return Error::badInput(
        tr("malformed value \"%1\" for %2; expected a date YYYY-MM-DD").arg(value, name));
}

} // namespace ud
