#include "tenants/TenantListExport.h"

#include "access/AccessGate.h"
#include "tenants/TenantListWriter.h"
#include "tenants/TenantQuery.h"

namespace ud {

namespace {

constexpr qint64 kProgressEvery = 2000;

} // namespace

Status TenantListExport::write(const Connection &connection, const Actor &actor, const Clock &clock,
                               const TenantFilter &filter, const QString &quickSearch,
                               QIODevice &device, const CancellationFlag *cancellation,
                               const std::function<void(qint64)> &progress)
{
    const AccessGate gate(connection, clock);
    if (const Status allowed = gate.authorize(
            actor, {{{{Entity::Tenants, Action::View}}}, false, QStringLiteral("export tenants")},
            filter.toText());
        !allowed)
        return allowed;
    TenantListWriter writer(device, TenantListWriter::Format::Csv);
    qint64 written = 0;
    const Status walked = TenantQuery(connection)
                              .forEach(
                                  filter, quickSearch,
                                  [&](const Tenant &tenant) {
                                      if (Status added = writer.add(tenant); !added)
                                          return added;
                                      if (++written % kProgressEvery == 0 && progress)
                                          progress(written);
                                      return Status();
                                  },
                                  cancellation);
    if (!walked)
        return walked;
    if (progress)
        progress(written);
    return writer.finish();
}

} // namespace ud
