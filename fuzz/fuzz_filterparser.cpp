// libFuzzer target: the text form of tenant filters (FilterParser, filters.md).
//
// Properties: an error names a position inside the text (or just past it); a
// parsed filter validates, reads back unchanged from its canonical text, and
// becomes SQL with one bound value per placeholder.

#include "FuzzCheck.h"
#include "filters/FilterParser.h"
#include "filters/FilterSql.h"

#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype errorOffset = -2;
    const ud::Result<ud::TenantFilter> filter = ud::FilterParser::parse(text, &errorOffset);
    if (!filter) {
        FUZZ_CHECK(errorOffset >= 0 && errorOffset <= text.size());
        FUZZ_CHECK(filter.error().message.startsWith(QLatin1String("position ")));
        return 0;
    }
    FUZZ_CHECK(errorOffset == -1);
    FUZZ_CHECK(filter->validate().ok());

    const QString canonical = filter->toText();
    const ud::Result<ud::TenantFilter> again = ud::FilterParser::parse(canonical);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *filter);
    FUZZ_CHECK(again->toText() == canonical);

    const ud::Result<ud::FilterSql> sql = ud::FilterSql::translate(*filter, QStringLiteral("t"));
    FUZZ_CHECK(sql.ok());
    FUZZ_CHECK(sql->whereClause().count(QLatin1Char('?')) == sql->values().size());
    return 0;
}
