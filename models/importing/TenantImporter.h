#pragma once

#include "importing/Importer.h"
#include "tenants/TenantStore.h"

#include <QHash>
#include <memory>

namespace ud {

// `import tenants`: each row inserts a tenant or updates the one with the
// same tenant_id (a later row wins, within the file set and over the
// database). On update, an optional column the file lacks keeps the stored
// value, and an empty created_on keeps the stored date (docs/import.md).
class TenantImporter final : public Importer
{
public:
    TenantImporter(const Connection &connection, ImportOptions options);
    ~TenantImporter() override;

protected:
    QList<ColumnSpec> columns() const override;
    Status start() override;
    Status importRow(const CsvReader &reader, const ImportColumns &columns,
                     const QString &file) override;
    Status finish(ImportSummary &summary) override;

private:
    std::unique_ptr<TenantStore> m_store;
    // tenant_id -> whether it was in the database before this import.
    QHash<QString, bool> m_existedBefore;
};

} // namespace ud
