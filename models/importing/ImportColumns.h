#pragma once

#include "importing/ImportProblems.h"

#include <QList>
#include <QString>

namespace ud {

class CsvReader;

// One column an import understands.
struct ColumnSpec
{
    QString name; // as data.md spells it, lower-case
    bool required;
};

// Where each known column sits in one file, from its header line: matched by
// name, case-insensitively and without surrounding spaces, in any order.
class ImportColumns
{
public:
    // Reads the header from the current record of `reader`. Problems (unknown,
    // repeated or missing columns) go to `problems` with line 1; returns
    // false if there were any.
    bool resolve(const QList<ColumnSpec> &specs, const CsvReader &reader, bool ignoreUnknownColumns,
                 const QString &file, ImportProblems &problems);

    // The field index of spec number `column`, or -1 when the file lacks it.
    qsizetype indexOf(qsizetype column) const { return m_index[column]; }
    bool has(qsizetype column) const { return m_index[column] >= 0; }
    // How many fields every data row must have.
    qsizetype fieldCount() const { return m_fieldCount; }

private:
    QList<qsizetype> m_index;
    qsizetype m_fieldCount = 0;
};

} // namespace ud
