#include "ProgressText.h"

#include <QLocale>
#include <cmath>

QString ProgressText::rate(double perSecond, Unit unit)
{
    const QLocale locale;
    // Slow units (an archive's reports) need a decimal to move at all.
    const QString number =
        perSecond < 10.0
            ? locale.toString(perSecond, 'f', perSecond == std::floor(perSecond) ? 0 : 1)
            : locale.toString(qint64(std::llround(perSecond)));
    return unit == Unit::Rows ? tr("%1 rows/s").arg(number) : tr("%1 reports/s").arg(number);
}

QString ProgressText::timeLeft(std::optional<qint64> seconds)
{
    if (!seconds)
        return tr("estimating time left…");
    const qint64 s = *seconds;
    if (s < 1)
        return tr("less than a second left");
    if (s < 60)
        return tr("about %1 s left").arg(s);
    if (s < 3600)
        return s % 60 == 0 ? tr("about %1 min left").arg(s / 60)
                           : tr("about %1 min %2 s left").arg(s / 60).arg(s % 60);
    const qint64 minutes = (s % 3600) / 60;
    return minutes == 0 ? tr("about %1 h left").arg(s / 3600)
                        : tr("about %1 h %2 min left").arg(s / 3600).arg(minutes);
}

QString ProgressText::describe(double perSecond, std::optional<qint64> secondsLeft, Unit unit)
{
    if (perSecond <= 0.0 && !secondsLeft)
        return tr("starting…");
    return tr("%1 · %2").arg(rate(perSecond, unit), timeLeft(secondsLeft));
}
