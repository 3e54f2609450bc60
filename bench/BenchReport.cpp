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
