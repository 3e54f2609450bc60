#include "BenchReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

void printBenchResult(const BenchResult &result)
{
    printBenchResult(result, {});
}

void printBenchResult(const BenchResult &result, const QJsonObject &details)
{
    QJsonObject object = details;
    object.insert(QStringLiteral("bench"), result.bench);
    object.insert(QStringLiteral("value"), result.value);
    object.insert(QStringLiteral("unit"), result.unit);
    if (result.baseline && *result.baseline != 0) {
        object.insert(QStringLiteral("baseline"), *result.baseline);
        object.insert(QStringLiteral("ratio"), result.value / *result.baseline);
    } else {
        object.insert(QStringLiteral("baseline"), QJsonValue::Null);
        object.insert(QStringLiteral("ratio"), QJsonValue::Null);
    }
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printSpeedupLine(const QString &name, double value, const QString &unit,
                      std::optional<double> baseline)
{
    QJsonObject object;
    object.insert(QStringLiteral("bench"), name);
    object.insert(QStringLiteral("value"), value);
    object.insert(QStringLiteral("unit"), unit);
    object.insert(QStringLiteral("baseline"), baseline ? QJsonValue(*baseline) : QJsonValue());
    object.insert(QStringLiteral("ratio"),
                  baseline && value > 0 ? QJsonValue(*baseline / value) : QJsonValue());
    std::puts(QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
