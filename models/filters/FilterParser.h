#pragma once

#include "core/Result.h"
#include "filters/TenantFilter.h"

#include <QString>

namespace ud {

// Reads the text form of filters.md:
//
//     condition [and condition]...      condition := attribute operator value
//
// Blank text is the empty filter (every tenant). On error nothing is
// returned but a BadInput error whose message starts with "position N: "
// (N counts characters from 1; the end of the text is length + 1), names what
// was found and what was expected.
class FilterParser
{
public:
    // `errorOffset`, when given, receives the QString index (UTF-16) of the
    // error for placing a text cursor, or -1 on success.
    static Result<TenantFilter> parse(const QString &text, qsizetype *errorOffset = nullptr);
};

} // namespace ud
