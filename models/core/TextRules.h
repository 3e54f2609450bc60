#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace ud {

// Small, shared rules for values that arrive as text: from import files, the
// command line, filter expressions and dialogs. One definition each, so every
// face accepts and rejects exactly the same things.

// A strict YYYY-MM-DD calendar date (no time, no other separators).
std::optional<QDate> parseIsoDate(QStringView text);

// A UUID in 8-4-4-4-12 hex form, any case; returns it lower-cased.
std::optional<QString> normalizeUuid(QStringView text);

// true/false, 1/0, yes/no in any case; empty is false (data.md).
std::optional<bool> parseFlag(QStringView text);

// A non-negative decimal integer of digits only, at most `maximum`.
std::optional<qint64> parseNonNegative(QStringView text, qint64 maximum);

// The first control character (Unicode category Cc: TAB, CR, LF, DEL, C1...)
// in text, or -1.
qsizetype firstControlCharacter(QStringView text);

// The first Unicode Bidi_Control character (U+061C, U+200E, U+200F,
// U+202A..U+202E, U+2066..U+2069) in text, or -1. They are invisible and
// reorder what follows ("Billing<U+202E>fdp.exe" shows as "Billingexe.pdf"),
// so names refuse them; right-to-left letters themselves are fine.
qsizetype firstBidiControl(QStringView text);

// A model message ("cannot write x: y") as a sentence for a page or a
// dialog: capitalised, ending with a full stop.
QString asSentence(const QString &message);

// Length in Unicode code points (what "1-200 chars" means to a user).
qsizetype codePointCount(QStringView text);

// The form stored in *_folded columns and compared by filters.
inline QString foldCase(const QString &text)
{
    return text.toCaseFolded();
}

} // namespace ud
