#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace cli {

// The "table" form of the list commands: a header and rows in columns
// aligned for a terminal. Rows are held until print(), because the widths
// depend on every row (role, administrator and audit lists are small enough).
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace cli
