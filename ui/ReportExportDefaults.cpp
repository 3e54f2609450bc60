#include "ReportExportDefaults.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString kDelimiterKey = u"reportDefaults/delimiter"_s;
const QString kBomKey = u"reportDefaults/bom"_s;

} // namespace

ReportExportDefaults ReportExportDefaults::load()
{
    const QSettings settings;
    ReportExportDefaults defaults;
    defaults.delimiter = settings.value(kDelimiterKey, defaults.delimiter).toString();
    defaults.bom = settings.value(kBomKey, defaults.bom).toBool();
    return defaults;
}

void ReportExportDefaults::save() const
{
    QSettings settings;
    settings.setValue(kDelimiterKey, delimiter);
    settings.setValue(kBomKey, bom);
    settings.remove(lastDelimiterKey());
    settings.remove(lastBomKey());
}

QString ReportExportDefaults::lastDelimiterKey()
{
    return u"generateReportDialog/delimiter"_s;
}

QString ReportExportDefaults::lastBomKey()
{
    return u"generateReportDialog/bom"_s;
}
