#pragma once

#include "core/Result.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace ud {

// The period of a usage report (report-csv.md, "Period"): calendar dates,
// both ends inclusive, worked out from a preset or a custom range against
// "today" in the reporting time zone (the caller's --today, or the clock's
// date in UTC until the time-zone setting exists).
class ReportPeriod
{
public:
    enum class Preset
    {
        CurrentMonth,
        LastMonth,
        Last3Months,
        Last12Months,
        YearToDate,
        Custom
    };

    // `current-month`, `last-month`, `last-3-months`, `last-12-months`,
    // `year-to-date` (any case) or `custom:YYYY-MM-DD..YYYY-MM-DD`.
    // BadInput naming the value when it is none of these, when a custom
    // start is after its end, or when its end is after `today`.
    static Result<ReportPeriod> parse(const QString &text, QDate today);
    // The same from two dates (the GUI's calendar): a Custom period.
    static Result<ReportPeriod> custom(QDate first, QDate last, QDate today);

    Preset preset() const { return m_preset; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    // The text form, as parse() reads it: the preset's name, or
    // "custom:first..last". Stored with the report.
    QString text() const;
    // For people: "Last month (1 Oct – 31 Oct 2026)".
    QString displayText(const QLocale &locale = QLocale()) const;
    // The same for a stored report (its period text and dates): a preset's
    // name, or "Custom", with the dates; the stored text itself when it is
    // neither.
    static QString describeStored(const QString &periodText, QDate first, QDate last,
                                  const QLocale &locale = QLocale());
    // "1 Oct – 31 Oct 2026", with both years when they differ.
    static QString rangeText(QDate first, QDate last, const QLocale &locale = QLocale());

    static QString presetName(Preset preset);
    static QString presetDisplayName(Preset preset);

private:
    Preset m_preset = Preset::Custom;
    QDate m_first;
    QDate m_last;
};

} // namespace ud
