#include "core/TextRules.h"

namespace ud {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

int digitsValue(QStringView text)
{
    int value = 0;
    for (QChar c : text)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

} // namespace

std::optional<QDate> parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text[i]))
            return std::nullopt;
    }
    const QDate date(digitsValue(text.mid(0, 4)), digitsValue(text.mid(5, 2)),
                     digitsValue(text.mid(8, 2)));
    if (!date.isValid() || date.year() < 1)
        return std::nullopt;
    return date;
}

std::optional<QString> normalizeUuid(QStringView text)
{
    static constexpr int groups[] = {8, 4, 4, 4, 12};
    if (text.size() != 36)
        return std::nullopt;
    qsizetype pos = 0;
    for (int g = 0; g < 5; ++g) {
        if (g > 0) {
            if (text[pos] != QLatin1Char('-'))
                return std::nullopt;
            ++pos;
        }
        for (int i = 0; i < groups[g]; ++i, ++pos) {
            if (!isHexDigit(text[pos]))
                return std::nullopt;
        }
    }
    return text.toString().toLower();
}

std::optional<bool> parseFlag(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const char *yes : {"true", "1", "yes"}) {
        if (text.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char *no : {"false", "0", "no"}) {
        if (text.compare(QLatin1String(no), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<qint64> parseNonNegative(QStringView text, qint64 maximum)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (value > (maximum - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

QString asSentence(const QString &message)
{
    if (message.isEmpty())
        return message;
    QString text = message;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

qsizetype firstBidiControl(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069))
            return i;
    }
    return -1;
}

qsizetype firstControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].category() == QChar::Other_Control)
            return i;
    }
    return -1;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace ud
