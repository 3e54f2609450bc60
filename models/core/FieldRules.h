#pragma once

#include "core/Result.h"

#include <QString>

namespace ud {

// product.md, "Names and descriptions everywhere": the rules every dialog and
// command applies to names, descriptions and e-mail addresses. `field` names
// the field in the error ("--name", "Name", ...), so the message says where.

// 1-100 characters after trimming surrounding spaces, no control characters
// and no bidi controls (firstBidiControl, docs/bad-input.md).
// Returns the trimmed name.
Result<QString> validateName(const QString &field, const QString &value);
// Up to 1,000 characters, no control characters but line breaks.
Result<QString> validateDescription(const QString &field, const QString &value);
// A practical RFC 5322 addr-spec: local@domain with a dot in the domain, up
// to 254 characters, no spaces or control characters.
Result<QString> validateEmail(const QString &field, const QString &value);

} // namespace ud
