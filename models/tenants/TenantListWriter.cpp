#include "tenants/TenantListWriter.h"

#include "core/TextRules.h"
#include "filters/FilterCondition.h"

#include <QCoreApplication>
#include <algorithm>

namespace ud {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantListWriter", text);
}

QString flagText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// A JSON string literal (RFC 8259): quote, backslash and control characters
// escaped, everything else as UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    // Most values need no escape: skip the character-by-character copy.
    const bool plain = std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
    });
    if (plain) {
        out += '"';
        out += text.toUtf8();
        out += '"';
        return;
    }
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            escaped += QLatin1String("\\\"");
            break;
        case u'\\':
            escaped += QLatin1String("\\\\");
            break;
        case u'\b':
            escaped += QLatin1String("\\b");
            break;
        case u'\f':
            escaped += QLatin1String("\\f");
            break;
        case u'\n':
            escaped += QLatin1String("\\n");
            break;
        case u'\r':
            escaped += QLatin1String("\\r");
            break;
        case u'\t':
            escaped += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    escaped += QLatin1Char('"');
    out += escaped.toUtf8();
}

} // namespace

std::optional<TenantListWriter::Format> TenantListWriter::formatFromName(QStringView name)
{
    if (keywordEquals(name, u"table"))
        return Format::Table;
    if (keywordEquals(name, u"csv"))
        return Format::Csv;
    if (keywordEquals(name, u"json"))
        return Format::Json;
    return std::nullopt;
}

QStringList TenantListWriter::fieldNames()
{
    return {QStringLiteral("tenant_id"),
            QStringLiteral("hostname"),
            QStringLiteral("company_name"),
            QStringLiteral("contract_mode"),
            QStringLiteral("locked"),
            QStringLiteral("service_provider"),
            QStringLiteral("authentication_account"),
            QStringLiteral("issuance_account"),
            QStringLiteral("created_on")};
}

QStringList TenantListWriter::fieldsOf(const Tenant &tenant)
{
    return {tenant.tenantId,
            tenant.hostname,
            tenant.companyName,
            contractModeName(tenant.contractMode),
            flagText(tenant.locked),
            flagText(tenant.serviceProvider),
            flagText(tenant.authenticationAccount),
            flagText(tenant.issuanceAccount),
            tenant.createdOn.toString(Qt::ISODate)};
}

TenantListWriter::TenantListWriter(QIODevice &device, Format format, CsvWriter::Options csvOptions)
    : m_device(device)
    , m_format(format)
{
    switch (m_format) {
    case Format::Csv:
        m_csv = std::make_unique<CsvWriter>(device, csvOptions);
        for (const QString &name : fieldNames())
            m_csv->addPlain(name);
        m_csv->endRecord();
        break;
    case Format::Json:
        m_buffer.append('[');
        break;
    case Format::Table:
        break;
    }
}

TenantListWriter::~TenantListWriter() = default;

Status TenantListWriter::add(const Tenant &tenant)
{
    switch (m_format) {
    case Format::Csv:
        m_csv->addPlain(tenant.tenantId);
        m_csv->addText(tenant.hostname);
        m_csv->addText(tenant.companyName);
        m_csv->addPlain(contractModeName(tenant.contractMode));
        m_csv->addPlain(flagText(tenant.locked));
        m_csv->addPlain(flagText(tenant.serviceProvider));
        m_csv->addPlain(flagText(tenant.authenticationAccount));
        m_csv->addPlain(flagText(tenant.issuanceAccount));
        m_csv->addDate(tenant.createdOn);
        m_csv->endRecord();
        return {}; // CsvWriter flushes by itself and reports at flush()
    case Format::Json:
        writeJson(tenant);
        break;
    case Format::Table:
        if (m_widths.isEmpty()) {
            m_sample << fieldsOf(tenant);
            if (m_sample.size() >= kTableWidthSample)
                writeTableSample();
        } else {
            writeTableLine(fieldsOf(tenant));
        }
        break;
    }
    return flushIfFull();
}

Status TenantListWriter::finish()
{
    switch (m_format) {
    case Format::Csv:
        return m_csv->flush();
    case Format::Json:
        m_buffer.append(m_firstJson ? "]\n" : "\n]\n");
        break;
    case Format::Table:
        if (m_widths.isEmpty())
            writeTableSample();
        break;
    }
    return flushBuffer();
}

void TenantListWriter::writeJson(const Tenant &tenant)
{
    m_buffer.append(m_firstJson ? "\n  {" : ",\n  {");
    m_firstJson = false;
    const QStringList names = fieldNames();
    const auto key = [&](int index) {
        if (index > 0)
            m_buffer.append(", ");
        appendJsonString(m_buffer, names[index]);
        m_buffer.append(": ");
    };
    key(0);
    appendJsonString(m_buffer, tenant.tenantId);
    key(1);
    appendJsonString(m_buffer, tenant.hostname);
    key(2);
    appendJsonString(m_buffer, tenant.companyName);
    key(3);
    appendJsonString(m_buffer, contractModeName(tenant.contractMode));
    const bool flags[] = {tenant.locked, tenant.serviceProvider, tenant.authenticationAccount,
                          tenant.issuanceAccount};
    for (int i = 0; i < 4; ++i) {
        key(4 + i);
        m_buffer.append(flags[i] ? "true" : "false");
    }
    key(8);
    appendJsonString(m_buffer, tenant.createdOn.toString(Qt::ISODate));
    m_buffer.append('}');
}

void TenantListWriter::writeTableSample()
{
    const QStringList header = fieldNames();
    m_widths.clear();
    for (const QString &name : header)
        m_widths << codePointCount(name);
    for (const QStringList &row : std::as_const(m_sample)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            m_widths[i] = std::max(m_widths[i], codePointCount(row[i]));
    }
    writeTableLine(header);
    QStringList rule;
    for (qsizetype width : std::as_const(m_widths))
        rule << QString(width, QLatin1Char('-'));
    writeTableLine(rule);
    for (const QStringList &row : std::as_const(m_sample))
        writeTableLine(row);
    m_sample.clear();
}

void TenantListWriter::writeTableLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1String("  ");
        line += cells[i];
        if (i + 1 < cells.size()) // no trailing spaces after the last column
            line += QString(std::max<qsizetype>(0, m_widths[i] - codePointCount(cells[i])),
                            QLatin1Char(' '));
    }
    line += QLatin1Char('\n');
    m_buffer += line.toUtf8();
}

Status TenantListWriter::flushIfFull()
{
    if (m_buffer.size() < kFlushThreshold)
        return {};
    return flushBuffer();
}

Status TenantListWriter::flushBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    const qint64 written = m_device.write(m_buffer);
    if (written != m_buffer.size())
        return Error::storage(tr("cannot write the tenant list: %1").arg(m_device.errorString()));
    m_buffer.clear();
    return {};
}

} // namespace ud
