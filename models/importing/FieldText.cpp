#include "importing/FieldText.h"

namespace ud {

QByteArrayView trimSpaces(QByteArrayView bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && bytes[begin] == ' ')
        ++begin;
    while (end > begin && bytes[end - 1] == ' ')
        --end;
    return bytes.sliced(begin, end - begin);
}

QStringView FieldText::view(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    if (n <= kInline) {
        qsizetype i = 0;
        for (; i < n; ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c >= 0x80)
                break;
            m_inline[i] = char16_t(c);
        }
        if (i == n)
            return QStringView(m_inline, n);
    }
    m_storage = QString::fromUtf8(bytes);
    return m_storage;
}

QString quotedValue(QStringView value)
{
    constexpr qsizetype kShown = 60;
    QString shown =
        value.size() > kShown ? value.first(kShown).toString() + QChar(0x2026) : value.toString();
    // Control characters would break the one-line-per-row message.
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace ud
