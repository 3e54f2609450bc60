#pragma once

#include "core/Result.h"
#include "filters/TenantFilter.h"

#include <QLocale>
#include <QString>

namespace ud {

class SavedFilterStore;

// Which tenants a usage report covers (report-csv.md, "Scope"):
//   all                   every tenant
//   tenant:<uuid>         one tenant (any case; stored lower-case)
//   filter:<expression>   the tenants a filter (filters.md) selects when the
//                         report is generated
//   saved:<name>          an extension (docs/reports.md): the saved filter of
//                         that name, resolved at once and kept as the filter
//                         it held, in canonical text ("filter:<text>")
// A tenant that does not exist is found out at generation (NotFound).
class ReportScope
{
public:
    enum class Kind
    {
        All,
        Tenant,
        Filter
    };

    // BadInput for anything else, naming the value; a filter that does not
    // parse gives the parser's "position N: ..." message. `saved:` needs
    // `savedFilters` (whose own access check and NotFound apply).
    static Result<ReportScope> parse(const QString &text,
                                     const SavedFilterStore *savedFilters = nullptr);
    static ReportScope all();
    static ReportScope tenant(const QString &tenantId);
    static ReportScope matching(const TenantFilter &filter);

    Kind kind() const { return m_kind; }
    const QString &tenantId() const { return m_tenantId; }
    const TenantFilter &filter() const { return m_filter; }

    // "all", "tenant:<uuid>" or "filter:<canonical text>": what is stored.
    QString text() const;
    // The first word: all, tenant, filter (reports.scope_kind).
    QString kindName() const;

    // For the Generate Usage Report dialog, from a count of the tenants in
    // scope: "1 tenant: acme.example.com", "All 12,480 tenants",
    // "3,112 tenants matching the filter".
    QString describe(qint64 tenantCount, const QString &singleHostname = QString(),
                     const QLocale &locale = QLocale()) const;

private:
    Kind m_kind = Kind::All;
    QString m_tenantId;
    TenantFilter m_filter;
};

} // namespace ud
