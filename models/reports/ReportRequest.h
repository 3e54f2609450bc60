#pragma once

#include <QDate>
#include <QString>

namespace ud {

// What a usage report is generated from, as the Generate Usage Report dialog
// and `report generate` take it (text, validated by ReportGenerator).
struct ReportRequest
{
    QString name;
    QString description;
    QString scope;                               // ReportScope::parse
    QString period;                              // ReportPeriod::parse
    QString delimiter = QStringLiteral("comma"); // comma, pipe, semicolon, tab
    bool bom = false;
    bool formulaGuard = true;
    QDate today; // in the reporting time zone (UTC for now)
};

} // namespace ud
