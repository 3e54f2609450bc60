#include "importing/ImportColumns.h"

#include "importing/CsvReader.h"

#include <QCoreApplication>
#include <QSet>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ImportColumns", text);
}

} // namespace

bool ImportColumns::resolve(const QList<ColumnSpec> &specs, const CsvReader &reader,
                            bool ignoreUnknownColumns, const QString &file,
                            ImportProblems &problems)
{
    m_index = QList<qsizetype>(specs.size(), -1);
    m_fieldCount = reader.fieldCount();
    const qsizetype before = problems.count();
    QSet<QString> seen;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
        const QString name = reader.text(i).trimmed().toLower();
        if (seen.contains(name)) {
            problems.add(file, reader.line(), name,
                         tr("the column appears more than once in the header"));
            continue;
        }
        seen.insert(name);
        qsizetype column = -1;
        for (qsizetype s = 0; s < specs.size(); ++s) {
            if (specs[s].name == name) {
                column = s;
                break;
            }
        }
        if (column >= 0)
            m_index[column] = i;
        else if (!ignoreUnknownColumns)
            problems.add(file, reader.line(), name.isEmpty() ? tr("(empty name)") : name,
                         tr("unknown column (the known ones are: %1)").arg([&specs] {
                             QStringList names;
                             for (const ColumnSpec &spec : specs)
                                 names.append(spec.name);
                             return names.join(QStringLiteral(", "));
                         }()));
    }
    for (qsizetype s = 0; s < specs.size(); ++s) {
        if (specs[s].required && m_index[s] < 0)
            problems.add(file, reader.line(), specs[s].name,
                         tr("required column is missing from the header"));
    }
    return problems.count() == before && !problems.isFull();
}

} // namespace ud
