#include "core/FieldRules.h"

#include "core/TextRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud", text);
}

QString describeCharacter(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Result<QString> validateName(const QString &field, const QString &value)
{
    const QString name = value.trimmed();
    if (name.isEmpty())
        return Error::badInput(tr("%1: a name is required").arg(field));
    if (codePointCount(name) > 100)
        return Error::badInput(tr("%1: at most 100 characters are allowed (%2 given)")
                                   .arg(field)
                                   .arg(codePointCount(name)));
    if (const qsizetype at = firstControlCharacter(name); at >= 0)
        return Error::badInput(tr("%1: control character %2 at position %3 is not allowed")
                                   .arg(field, describeCharacter(name[at]))
                                   .arg(at + 1));
    if (const qsizetype at = firstBidiControl(name); at >= 0)
        return Error::badInput(
            tr("%1: invisible text direction mark %2 at position %3 is not allowed")
                .arg(field, describeCharacter(name[at]))
                .arg(at + 1));
    return name;
}

Result<QString> validateDescription(const QString &field, const QString &value)
{
    if (codePointCount(value) > 1000)
        return Error::badInput(tr("%1: at most 1,000 characters are allowed (%2 given)")
                                   .arg(field)
                                   .arg(codePointCount(value)));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            continue;
        if (c.category() == QChar::Other_Control)
            return Error::badInput(tr("%1: control character %2 at position %3 is not allowed")
                                       .arg(field, describeCharacter(c))
                                       .arg(i + 1));
    }
    return value;
}

Result<QString> validateEmail(const QString &field, const QString &value)
{
    const QString address = value.trimmed();
    // local part: RFC 5322 atext and dots (no leading, trailing or double
    // dot); domain: labels of letters, digits and hyphens, at least one dot.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
        R"(@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$)"));
    if (address.isEmpty())
        return Error::badInput(tr("%1: an e-mail address is required").arg(field));
    if (address.size() > 254)
        return Error::badInput(tr("%1: an e-mail address has at most 254 characters").arg(field));
    if (!pattern.match(address).hasMatch())
        return Error::badInput(
            tr("%1: \"%2\" is not an e-mail address of the form name@example.com")
                .arg(field, address));
    return address;
}

} // namespace ud
