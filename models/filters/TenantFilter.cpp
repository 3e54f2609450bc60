#include "filters/TenantFilter.h"

#include <QCoreApplication>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantFilter", text);
}

// A bare word ends at whitespace, may not start with a quote, and a bare
// "and" would be read as the keyword.
bool needsQuotes(const QString &value)
{
    if (value.isEmpty() || value.startsWith(QLatin1Char('"')) || keywordEquals(value, u"and"))
        return true;
    for (QChar c : value) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

QString quoteFilterValue(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('"');
    for (QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted += QLatin1Char('"');
    return quoted;
}

QString TenantFilter::toText() const
{
    QStringList parts;
    for (const FilterCondition &condition : conditions) {
        QString value = condition.value;
        if (filterValueKind(condition.attribute) == FilterValueKind::Text) {
            value = quoteFilterValue(value);
        } else if (const auto canonical = canonicalFilterValue(condition.attribute, value)) {
            value = *canonical;
        } else {
            value = quoteFilterValue(value); // invalid, but written so it reads back as typed
        }
        parts << filterAttributeName(condition.attribute) + QLatin1Char(' ') +
                     filterOperatorName(condition.op) + QLatin1Char(' ') + value;
    }
    return parts.join(QStringLiteral(" and "));
}

Status TenantFilter::validate() const
{
    for (const FilterCondition &condition : conditions) {
        if (!operatorFits(condition.attribute, condition.op))
            return Error::badInput(tr("operator %1 does not apply to %2")
                                       .arg(filterOperatorName(condition.op),
                                            filterAttributeName(condition.attribute)));
        if (const auto canonical = canonicalFilterValue(condition.attribute, condition.value);
            !canonical)
            return canonical.error();
    }
    return {};
}

} // namespace ud
