#include "access/AuditLogWriter.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ud {

namespace {

constexpr qsizetype kFlushThreshold = 64 * 1024;

// A JSON string literal, escaped by Qt's own encoder.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the array's brackets
}

} // namespace

QStringList AuditLogWriter::fieldNames()
{
    return {QStringLiteral("at_utc"), QStringLiteral("actor"),   QStringLiteral("action"),
            QStringLiteral("object"), QStringLiteral("outcome"), QStringLiteral("detail")};
}

QString AuditLogWriter::outcomeName(bool allowed)
{
    return allowed ? QStringLiteral("allowed") : QStringLiteral("refused");
}

AuditLogWriter::AuditLogWriter(QIODevice &device, Format format, CsvWriter::Options csvOptions)
    : m_device(device)
    , m_format(format)
{
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<CsvWriter>(device, csvOptions);
        for (const QString &name : fieldNames())
            m_csv->addPlain(name);
        m_csv->endRecord();
    } else {
        m_buffer.append('[');
    }
}

AuditLogWriter::~AuditLogWriter() = default;

Status AuditLogWriter::add(const AuditEntry &entry)
{
    const QString at = isoUtc(entry.at);
    if (m_format == Format::Csv) {
        m_csv->addPlain(at);
        m_csv->addText(entry.actor);
        m_csv->addPlain(entry.action);
        m_csv->addText(entry.object);
        m_csv->addPlain(outcomeName(entry.allowed));
        m_csv->addText(entry.detail);
        m_csv->endRecord();
        return {}; // CsvWriter flushes by itself and reports at flush()
    }
    m_buffer.append(m_first ? "\n  {" : ",\n  {");
    m_first = false;
    const QStringList names = fieldNames();
    const QStringList values = {
        at, entry.actor, entry.action, entry.object, outcomeName(entry.allowed), entry.detail};
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            m_buffer.append(", ");
        m_buffer.append(jsonString(names[i]));
        m_buffer.append(": ");
        m_buffer.append(jsonString(values[i]));
    }
    m_buffer.append('}');
    return m_buffer.size() >= kFlushThreshold ? flushBuffer() : Status();
}

Status AuditLogWriter::finish()
{
    if (m_format == Format::Csv)
        return m_csv->flush();
    m_buffer.append(m_first ? "]\n" : "\n]\n");
    return flushBuffer();
}

Status AuditLogWriter::flushBuffer()
{
    if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
        return Error::storage(
            QCoreApplication::translate("ud::AuditLogWriter", "cannot write the audit log: %1")
                .arg(m_device.errorString()));
    m_buffer.clear();
    return {};
}

} // namespace ud
