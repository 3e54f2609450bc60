#pragma once

#include "importing/FieldText.h"
#include "importing/Importer.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <memory>
#include <unordered_map>

namespace ud {

class SqliteBulkSettings;

// `import usage`: each row upserts one tenant's usage on one day through
// UsageWriter (a later row for the same tenant and day wins). Built for
// files of millions of rows: values are parsed from the CSV bytes, and
// tenant keys come from an in-memory map filled on first sight of each id.
class UsageImporter final : public Importer
{
public:
    UsageImporter(const Connection &connection, ImportOptions options);
    ~UsageImporter() override;

protected:
    QList<ColumnSpec> columns() const override;
    Status start() override;
    Status importRow(const CsvReader &reader, const ImportColumns &columns,
                     const QString &file) override;
    Status finish(ImportSummary &summary) override;

private:
    // A tenant_id as 128 bits: hashing and comparing it costs next to
    // nothing, and it ignores the case the file happens to use.
    struct IdBits
    {
        quint64 high = 0;
        quint64 low = 0;
        friend bool operator==(const IdBits &, const IdBits &) = default;
    };
    struct IdHash
    {
        size_t operator()(const IdBits &id) const noexcept
        {
            return size_t(id.high * 0x9E3779B97F4A7C15ULL ^ id.low);
        }
    };
    static std::optional<IdBits> parseId(QByteArrayView text);

    // The tenant_key, or -1 when no tenant has this id.
    Result<qint64> tenantKey(const IdBits &bits, QStringView id);

    QList<ColumnSpec> m_specs;
    std::unique_ptr<TenantStore> m_store;
    std::unique_ptr<UsageWriter> m_writer;
    std::unordered_map<IdBits, qint64, IdHash> m_keys;
    IdBits m_lastId;
    qint64 m_lastKey = -1;
    QByteArray m_lastIdBytes; // the tenant_id exactly as the previous row spelt it
    std::unique_ptr<SqliteBulkSettings> m_bulk;
    qint64 m_rowsWritten = 0;
    FieldText m_text;
};

} // namespace ud
