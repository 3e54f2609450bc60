#include "UnknownName.h"

namespace cli {

int failUnknownName(CliContext &context, const ud::Status &attempt, const QString &notFound)
{
    if (!attempt && attempt.error().kind != ud::ErrorKind::NotFound)
        return context.fail(attempt.error());
    return context.fail(ud::Error::notFound(notFound));
}

} // namespace cli
