#include "importing/UsageImporter.h"

#include "core/TextRules.h"
#include "importing/CsvReader.h"
#include "storage/SqliteBulkSettings.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <limits>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::UsageImporter", text);
}

enum Column : qsizetype
{
    TenantId,
    Date,
    Users,
    VoiceCredits,
    SmsCredits,
    Authentications,
};

constexpr qint64 kMaxUsers = std::numeric_limits<qint32>::max();
constexpr qint64 kMaxCount = std::numeric_limits<qint64>::max();

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

UsageImporter::UsageImporter(const Connection &connection, ImportOptions options)
    : Importer(connection, std::move(options))
{}

UsageImporter::~UsageImporter() = default;

QList<ColumnSpec> UsageImporter::columns() const
{
    return {
        {QStringLiteral("tenant_id"), true},   {QStringLiteral("date"), true},
        {QStringLiteral("users"), true},       {QStringLiteral("voice_credits"), true},
        {QStringLiteral("sms_credits"), true}, {QStringLiteral("authentications"), false},
    };
}

Status UsageImporter::start()
{
    m_specs = columns();
    m_store = std::make_unique<TenantStore>(connection());
    auto writer = UsageWriter::create(connection());
    if (!writer)
        return writer.error();
    m_writer = std::move(*writer);
    // Usage rows name tenants from the file set too: keep the foreign-key
    // check (docs/benchmarks.md has what the bigger cache buys).
    m_bulk =
        std::make_unique<SqliteBulkSettings>(connection(), SqliteBulkSettings::ForeignKeys::Check);
    return {};
}

std::optional<UsageImporter::IdBits> UsageImporter::parseId(QByteArrayView text)
{
    // The same 8-4-4-4-12 form normalizeUuid() accepts, read from bytes.
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' ||
        text[23] != '-')
        return std::nullopt;
    IdBits bits;
    int nibbles = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const int v = hexValue(text[i]);
        if (v < 0)
            return std::nullopt;
        quint64 &half = nibbles < 16 ? bits.high : bits.low;
        half = (half << 4) | quint64(v);
        ++nibbles;
    }
    return bits;
}

Result<qint64> UsageImporter::tenantKey(const IdBits &bits, QStringView id)
{
    if (m_lastKey >= 0 && bits == m_lastId)
        return m_lastKey; // files usually hold a tenant's days together
    auto it = m_keys.find(bits);
    if (it == m_keys.end()) {
        const std::optional<QString> normalized = normalizeUuid(id);
        const auto found = m_store->keyOf(normalized.value_or(id.toString()));
        if (!found)
            return found.error();
        it = m_keys.emplace(bits, found->value_or(-1)).first;
    }
    if (it->second >= 0) {
        m_lastId = bits;
        m_lastKey = it->second;
    }
    return it->second;
}

Status UsageImporter::importRow(const CsvReader &reader, const ImportColumns &columns,
                                const QString &file)
{
    const QList<ColumnSpec> &specs = m_specs;
    auto field = [&](qsizetype column) {
        return columns.has(column) ? trimSpaces(reader.field(columns.indexOf(column)))
                                   : QByteArrayView();
    };
    auto report = [&](qsizetype column, const QString &what) {
        problems().add(file, reader.line(), specs[column].name, what);
    };
    auto bad = [&](qsizetype column, const QString &what) {
        report(column, what);
        return Status();
    };
    auto number = [&](qsizetype column, qint64 maximum, bool required, qint64 &out) -> bool {
        const QByteArrayView bytes = field(column);
        if (bytes.isEmpty()) {
            if (!required) {
                out = 0;
                return true;
            }
            report(column, tr("a value is required"));
            return false;
        }
        const QStringView text = m_text.view(bytes);
        const std::optional<qint64> value = parseNonNegative(text, maximum);
        if (!value) {
            report(column,
                   tr("%1 is not a whole number from 0 to %2").arg(quotedValue(text)).arg(maximum));
            return false;
        }
        out = *value;
        return true;
    };

    UsageRow row;
    const QByteArrayView idBytes = field(TenantId);
    if (idBytes.isEmpty())
        return bad(TenantId, tr("a value is required"));
    if (m_lastKey >= 0 && idBytes == m_lastIdBytes) {
        row.tenantKey = m_lastKey; // the same spelling as the row before: no parsing
    } else {
        const std::optional<IdBits> bits = parseId(idBytes);
        if (!bits)
            return bad(TenantId, tr("%1 is not a UUID (8-4-4-4-12 hexadecimal digits)")
                                     .arg(quotedValue(m_text.view(idBytes))));
        const auto key = tenantKey(*bits, m_text.view(idBytes));
        if (!key)
            return key.error();
        if (*key < 0)
            return bad(TenantId, tr("no tenant has the id %1; import the tenants first")
                                     .arg(QString::fromUtf8(idBytes).toLower()));
        row.tenantKey = *key;
        m_lastIdBytes = idBytes.toByteArray();
    }

    const QByteArrayView dateBytes = field(Date);
    if (dateBytes.isEmpty())
        return bad(Date, tr("a value is required"));
    const QStringView dateText = m_text.view(dateBytes);
    const std::optional<QDate> day = parseIsoDate(dateText);
    if (!day)
        return bad(Date,
                   tr("%1 is not a real date of the form YYYY-MM-DD").arg(quotedValue(dateText)));
    row.day = *day;

    qint64 users = 0;
    if (!number(Users, kMaxUsers, true, users) ||
        !number(VoiceCredits, kMaxCount, true, row.voiceCredits) ||
        !number(SmsCredits, kMaxCount, true, row.smsCredits) ||
        !number(Authentications, kMaxCount, false, row.authentications))
        return {};
    row.users = qint32(users);

    if (!problems().isEmpty())
        return {}; // the import will roll back: writing would only cost time
    ++m_rowsWritten;
    return m_writer->add(row);
}

Status UsageImporter::finish(ImportSummary &summary)
{
    if (const Status finished = m_writer->finish(); !finished)
        return finished;
    summary.usageRows = m_rowsWritten;
    return {};
}

} // namespace ud
