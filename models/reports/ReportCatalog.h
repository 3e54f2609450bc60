#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "reports/ReportInfo.h"
#include "storage/Connection.h"

#include <QHash>
#include <QList>

namespace ud {

// The stored usage reports as administrators see them, with access checks
// (access.md): listing and reading need export_reports:view, deleting needs
// export_reports:remove and is audited together with the deletion.
// Errors: NotPermitted, NotFound, Storage.
class ReportCatalog
{
public:
    ReportCatalog(const Connection &connection, Actor actor, Clock clock);

    // Newest first; `limit` > 0: only that many.
    Result<QList<ReportInfo>> list(int limit = 0) const;
    // ReportStore::tenantHostnames(), with the access check of list().
    Result<QHash<qint64, QString>> tenantHostnames() const;
    Result<ReportInfo> find(qint64 reportId) const;
    // The report and its rows.
    Status remove(qint64 reportId);
    // Only the name changes (export_reports:edit): the rows and the CSV's
    // hash are the snapshot's and stay as they were. The name follows the
    // rules of every name (validateName); BadInput names the field.
    Status rename(qint64 reportId, const QString &name);

private:
    // export_reports:view, as list() and tenantHostnames() need.
    Status authorizeList() const;
    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
};

} // namespace ud
