#pragma once

#include <QString>
#include <optional>

namespace ud {

// The rules of data.md for a tenant's text fields, shared by the import
// (which reports a problem with the file, line and column) and the tenant
// dialog (which shows it next to the field). Each returns what is wrong
// with the value, or nothing when it is acceptable.
namespace TenantRules {

inline constexpr qsizetype kMaxHostname = 253;
inline constexpr qsizetype kMaxCompanyName = 200;

// `hostname` must already be lower-cased, as it is stored.
std::optional<QString> hostnameProblem(const QString &hostname);
std::optional<QString> companyNameProblem(const QString &companyName);

} // namespace TenantRules

} // namespace ud
