#include "reports/ReportScope.h"

#include "filters/FilterParser.h"
#include "filters/SavedFilterStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ud::ReportScope", text, disambiguation, n);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression shape(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return shape.match(text).hasMatch();
}

// The word before the first colon, compared without case.
bool hasPrefix(const QString &text, QLatin1StringView word)
{
    return text.size() > word.size() && text.at(word.size()) == u':' &&
           QStringView(text).left(word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

} // namespace

ReportScope ReportScope::all()
{
    return ReportScope();
}

ReportScope ReportScope::tenant(const QString &tenantId)
{
    ReportScope scope;
    scope.m_kind = Kind::Tenant;
    scope.m_tenantId = tenantId.trimmed().toLower();
    return scope;
}

ReportScope ReportScope::matching(const TenantFilter &filter)
{
    ReportScope scope;
    scope.m_kind = Kind::Filter;
    scope.m_filter = filter;
    return scope;
}

Result<ReportScope> ReportScope::parse(const QString &text, const SavedFilterStore *savedFilters)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare("all"_L1, Qt::CaseInsensitive) == 0)
        return all();
    if (hasPrefix(trimmed, "tenant"_L1)) {
        const QString id = trimmed.mid(7).trimmed().toLower();
        if (!isUuid(id))
            return Error::badInput(tr("scope \"%1\": \"%2\" is not a tenant id (a UUID such as "
                                      "0f8fad5b-d9cb-469f-a165-70867728950e)")
                                       .arg(text, trimmed.mid(7)));
        return tenant(id);
    }
    if (hasPrefix(trimmed, "filter"_L1) ||
        trimmed.compare("filter:"_L1, Qt::CaseInsensitive) == 0) {
        // The expression as typed, after "filter:" (its own spaces matter
        // only to the parser's positions, which count from its start).
        const QString expression = text.mid(text.indexOf(u':') + 1);
        const auto filter = FilterParser::parse(expression);
        if (!filter)
            return Error::badInput(tr("scope \"%1\": filter %2").arg(text, filter.error().message));
        return matching(*filter);
    }
    if (hasPrefix(trimmed, "saved"_L1)) {
        const QString name = trimmed.mid(6).trimmed();
        if (!savedFilters)
            return Error::badInput(tr("scope \"%1\": saved filters cannot be used here").arg(text));
        const auto filter = savedFilters->filterNamed(name);
        if (!filter)
            return filter.error();
        return matching(*filter);
    }
    return Error::badInput(tr("scope \"%1\" is not known; expected all, tenant:<uuid>, "
                              "filter:<expression> or saved:<name>")
                               .arg(text));
}

QString ReportScope::kindName() const
{
    switch (m_kind) {
    case Kind::All:
        return u"all"_s;
    case Kind::Tenant:
        return u"tenant"_s;
    case Kind::Filter:
        break;
    }
    return u"filter"_s;
}

QString ReportScope::text() const
{
    switch (m_kind) {
    case Kind::All:
        return u"all"_s;
    case Kind::Tenant:
        return u"tenant:"_s + m_tenantId;
    case Kind::Filter:
        break;
    }
    return u"filter:"_s + m_filter.toText();
}

// The count picks the numerus form; the number itself is %1, formatted with
// the caller's locale (%Ln would use the default locale). The sources are the
// English plurals, so text read without any translation loaded is right for
// every count but 1; usagedesk_en.ts supplies the singular.
static int formCount(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

QString ReportScope::describe(qint64 tenantCount, const QString &singleHostname,
                              const QLocale &locale) const
{
    const QString count = locale.toString(tenantCount);
    switch (m_kind) {
    case Kind::Tenant:
        if (tenantCount == 0)
            return tr("No tenant: %1 does not exist").arg(m_tenantId);
        return tr("1 tenant: %1").arg(singleHostname.isEmpty() ? m_tenantId : singleHostname);
    case Kind::All:
        return tr("All %1 tenants", nullptr, formCount(tenantCount)).arg(count);
    case Kind::Filter:
        break;
    }
    return tr("%1 tenants matching the filter", nullptr, formCount(tenantCount)).arg(count);
}

} // namespace ud
