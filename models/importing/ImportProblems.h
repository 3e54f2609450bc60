#pragma once

#include "core/Error.h"

#include <QStringList>

namespace ud {

// The bad rows of an import, as the user will read them: one line per bad
// row, "FILE:LINE: FIELD: what is wrong", for the first kMaxRows rows; the
// import stops reading once one more turns up.
class ImportProblems
{
public:
    static constexpr int kMaxRows = 20;

    // `field` may be empty (a problem of the whole row, such as its quoting).
    void add(const QString &file, qint64 line, const QString &field, const QString &what);

    bool isEmpty() const { return m_lines.isEmpty(); }
    // True once a problem beyond the limit was reported: stop reading.
    bool isFull() const { return m_more; }
    qsizetype count() const { return m_lines.size(); }

    // One BadInput error with every collected line and a closing line.
    Error toError() const;

private:
    QStringList m_lines;
    bool m_more = false;
};

} // namespace ud
