#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

// One measured result, printed as one JSON line:
// {"bench": name, "value": v, "unit": u, "baseline": b, "ratio": v/b}
struct BenchResult
{
    QString bench;
    double value = 0;
    QString unit;
    std::optional<double> baseline; // measured in the same run
};

void printBenchResult(const BenchResult &result);
// The same line with `details` (counts, checks) as extra fields.
void printBenchResult(const BenchResult &result, const QJsonObject &details);
// For times, where less is better: ratio = baseline / value, the speed-up
// over the naive way (printBenchResult divides the other way, for throughput).
void printSpeedupLine(const QString &name, double value, const QString &unit,
                      std::optional<double> baseline);

double msSince(const QElapsedTimer &timer);

// A subcommand of usagedesk-bench. `run` gets the arguments after the name
// and returns the process exit code.
struct BenchCommand
{
    QString name;
    QString usage;
    std::function<int(const QStringList &)> run;
};
