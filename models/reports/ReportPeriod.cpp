#include "reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportPeriod", text);
}

constexpr ReportPeriod::Preset kPresets[] = {
    ReportPeriod::Preset::CurrentMonth, ReportPeriod::Preset::LastMonth,
    ReportPeriod::Preset::Last3Months, ReportPeriod::Preset::Last12Months,
    ReportPeriod::Preset::YearToDate};

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// QDate::fromString(Qt::ISODate) accepts more than YYYY-MM-DD (signs, other
// widths); the report periods take exactly ten characters.
std::optional<QDate> strictDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

QString ReportPeriod::presetName(Preset preset)
{
    switch (preset) {
    case Preset::CurrentMonth:
        return u"current-month"_s;
    case Preset::LastMonth:
        return u"last-month"_s;
    case Preset::Last3Months:
        return u"last-3-months"_s;
    case Preset::Last12Months:
        return u"last-12-months"_s;
    case Preset::YearToDate:
        return u"year-to-date"_s;
    case Preset::Custom:
        break;
    }
    return u"custom"_s;
}

QString ReportPeriod::presetDisplayName(Preset preset)
{
    switch (preset) {
    case Preset::CurrentMonth:
        return tr("Current month");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::Last3Months:
        return tr("Last 3 months");
    case Preset::Last12Months:
        return tr("Last 12 months");
    case Preset::YearToDate:
        return tr("Year to date");
    case Preset::Custom:
        break;
    }
    return tr("Custom");
}

Result<ReportPeriod> ReportPeriod::custom(QDate first, QDate last, QDate today)
{
    if (!today.isValid())
        return Error::badInput(tr("period: today's date is not valid"));
    if (!first.isValid() || !last.isValid())
        return Error::badInput(tr("period: the start and the end must be real dates"));
    const QString range = first.toString(Qt::ISODate) + u".."_s + last.toString(Qt::ISODate);
    if (first > last)
        return Error::badInput(
            tr("period \"custom:%1\": the start %2 is after the end %3")
                .arg(range, first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    if (last > today)
        return Error::badInput(
            tr("period \"custom:%1\": the end %2 is after today (%3)")
                .arg(range, last.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    ReportPeriod period;
    period.m_preset = Preset::Custom;
    period.m_first = first;
    period.m_last = last;
    return period;
}

Result<ReportPeriod> ReportPeriod::parse(const QString &text, QDate today)
{
    if (!today.isValid())
        return Error::badInput(tr("period: today's date is not valid"));
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"custom:"_s, Qt::CaseInsensitive)) {
        const QString range = trimmed.mid(7);
        const QStringList ends = range.split(u".."_s);
        if (ends.size() != 2)
            return Error::badInput(
                tr("period \"%1\": expected custom:YYYY-MM-DD..YYYY-MM-DD").arg(text));
        const auto first = strictDate(ends.at(0).trimmed());
        if (!first)
            return Error::badInput(tr("period \"%1\": the start \"%2\" is not a date (YYYY-MM-DD)")
                                       .arg(text, ends.at(0)));
        const auto last = strictDate(ends.at(1).trimmed());
        if (!last)
            return Error::badInput(tr("period \"%1\": the end \"%2\" is not a date (YYYY-MM-DD)")
                                       .arg(text, ends.at(1)));
        return custom(*first, *last, today);
    }
    for (Preset preset : kPresets) {
        if (trimmed.compare(presetName(preset), Qt::CaseInsensitive) != 0)
            continue;
        ReportPeriod period;
        period.m_preset = preset;
        const QDate thisMonth = firstOfMonth(today);
        switch (preset) {
        case Preset::CurrentMonth:
            period.m_first = thisMonth;
            period.m_last = today;
            break;
        case Preset::LastMonth:
            period.m_first = thisMonth.addMonths(-1);
            period.m_last = thisMonth.addDays(-1);
            break;
        case Preset::Last3Months:
            period.m_first = thisMonth.addMonths(-3);
            period.m_last = thisMonth.addDays(-1);
            break;
        case Preset::Last12Months:
            period.m_first = thisMonth.addMonths(-12);
            period.m_last = thisMonth.addDays(-1);
            break;
        case Preset::YearToDate:
            period.m_first = QDate(today.year(), 1, 1);
            period.m_last = today;
            break;
        case Preset::Custom:
            break;
        }
        return period;
    }
    return Error::badInput(tr("period \"%1\" is not known; expected current-month, last-month, "
                              "last-3-months, last-12-months, year-to-date or "
                              "custom:YYYY-MM-DD..YYYY-MM-DD")
                               .arg(text));
}

QString ReportPeriod::text() const
{
    if (m_preset == Preset::Custom)
        return u"custom:"_s + m_first.toString(Qt::ISODate) + u".."_s +
               m_last.toString(Qt::ISODate);
    return presetName(m_preset);
}

QString ReportPeriod::displayText(const QLocale &locale) const
{
    return QCoreApplication::translate("ud::ReportPeriod", "%1 (%2)", "period preset and its dates")
        .arg(presetDisplayName(m_preset), rangeText(m_first, m_last, locale));
}

QString ReportPeriod::describeStored(const QString &periodText, QDate first, QDate last,
                                     const QLocale &locale)
{
    if (!first.isValid() || !last.isValid())
        return periodText;
    std::optional<Preset> preset;
    if (periodText.startsWith(u"custom:"_s)) {
        preset = Preset::Custom;
    } else {
        for (const Preset candidate : kPresets) {
            if (periodText.compare(presetName(candidate), Qt::CaseInsensitive) == 0)
                preset = candidate;
        }
    }
    const QString range = rangeText(first, last, locale);
    if (!preset)
        return range;
    return QCoreApplication::translate("ud::ReportPeriod", "%1 (%2)", "period preset and its dates")
        .arg(presetDisplayName(*preset), range);
}

QString ReportPeriod::rangeText(QDate first, QDate last, const QLocale &locale)
{
    const QString withYear =
        QCoreApplication::translate("ud::ReportPeriod", "d MMM yyyy", "date format of the periods");
    const QString withoutYear =
        QCoreApplication::translate("ud::ReportPeriod", "d MMM", "date format of the periods");
    return QCoreApplication::translate("ud::ReportPeriod", "%1 \u2013 %2",
                                       "a period's first and last day")
        .arg(locale.toString(first, first.year() == last.year() ? withoutYear : withYear),
             locale.toString(last, withYear));
}

} // namespace ud
