#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace ud {

// Surrounding spaces (U+0020 only) removed, as data.md asks. Tabs and line
// breaks are kept so the validators can reject them as control characters.
QByteArrayView trimSpaces(QByteArrayView bytes);

// Turns a field's UTF-8 bytes into a QStringView for the shared TextRules,
// without a heap allocation for the short ASCII values a usage row holds
// (millions of rows; see docs/benchmarks.md). The view is valid until the
// next call.
class FieldText
{
public:
    QStringView view(QByteArrayView bytes);

private:
    static constexpr qsizetype kInline = 64;
    char16_t m_inline[kInline];
    QString m_storage;
};

// A value as an error message shows it: in quotes, cut after 60 characters.
QString quotedValue(QStringView value);

} // namespace ud
