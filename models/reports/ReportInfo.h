#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ud {

// A stored usage report without its rows (table reports, schema v6).
struct ReportInfo
{
    qint64 id = 0;
    QString name;
    QString description;
    QString scopeKind; // all, tenant, filter
    QString scope;     // "all", "tenant:<uuid>", "filter:<canonical text>"
    QString period;    // the preset name or "custom:first..last"
    QDate periodStart;
    QDate periodEnd;
    QString delimiter = QStringLiteral("comma"); // comma, pipe, semicolon, tab
    bool bom = false;
    bool formulaGuard = true;
    qint64 rowCount = 0;
    QString csvSha256; // hex, of the CSV written with the options above
    QString createdBy;
    QDateTime createdAt; // UTC
};

} // namespace ud
