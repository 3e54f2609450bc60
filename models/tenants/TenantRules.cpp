#include "tenants/TenantRules.h"

#include "core/TextRules.h"
#include "importing/FieldText.h"

#include <QCoreApplication>

namespace ud::TenantRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::TenantRules", text);
}

QString controlCharacterProblem(QStringView value, qsizetype at)
{
    return tr("contains a control character (U+%1) at character %2; tabs and line breaks are "
              "not allowed")
        .arg(QString::number(value[at].unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')))
        .arg(codePointCount(value.first(at)) + 1);
}

QString tooLong(qsizetype length, qsizetype maximum)
{
    return tr("is %1 characters long; at most %2 are allowed").arg(length).arg(maximum);
}

} // namespace

std::optional<QString> hostnameProblem(const QString &hostname)
{
    if (hostname.isEmpty())
        return tr("a value is required");
    if (const qsizetype at = firstControlCharacter(hostname); at >= 0)
        return controlCharacterProblem(hostname, at);
    for (QChar c : hostname) {
        if (c.isSpace())
            return tr("%1 contains a space; a hostname has none").arg(quotedValue(hostname));
    }
    if (const qsizetype length = codePointCount(hostname); length > kMaxHostname)
        return tooLong(length, kMaxHostname);
    return std::nullopt;
}

std::optional<QString> companyNameProblem(const QString &companyName)
{
    if (companyName.isEmpty())
        return tr("a value is required");
    if (const qsizetype at = firstControlCharacter(companyName); at >= 0)
        return controlCharacterProblem(companyName, at);
    if (const qsizetype length = codePointCount(companyName); length > kMaxCompanyName)
        return tooLong(length, kMaxCompanyName);
    return std::nullopt;
}

} // namespace ud::TenantRules
