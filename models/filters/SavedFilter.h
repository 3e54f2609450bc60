#pragma once

#include <QDateTime>
#include <QString>

namespace ud {

// A tenant filter kept under a name (product.md, filters.md), shared by every
// administrator of the database. The text is the filter's canonical text form
// (TenantFilter::toText()); it is parsed again whenever the filter is used, so
// a saved filter always means what its text says.
struct SavedFilter
{
    qint64 id = 0;
    QString name;
    QString filterText;
    QString createdBy;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const SavedFilter &, const SavedFilter &) = default;
};

} // namespace ud
