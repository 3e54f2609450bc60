#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// The words beside a progress bar: "12,340 rows/s · about 1 min 20 s left".
class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressText)

public:
    enum class Unit
    {
        Rows,
        Reports,
    };

    // "12,340 rows/s" (whole numbers; "0.5 reports/s" below 10).
    static QString rate(double perSecond, Unit unit = Unit::Rows);
    // "about 1 min 20 s left", "about 2 h 5 min left", "less than a second left";
    // "estimating time left…" when unknown.
    static QString timeLeft(std::optional<qint64> seconds);
    // rate · time left; "starting…" before there is a rate.
    static QString describe(double perSecond, std::optional<qint64> secondsLeft,
                            Unit unit = Unit::Rows);
};
