#include "importing/ImportProblems.h"

#include <QCoreApplication>

namespace ud {

void ImportProblems::add(const QString &file, qint64 line, const QString &field,
                         const QString &what)
{
    if (m_lines.size() >= kMaxRows) {
        m_more = true;
        return;
    }
    QString text = file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    m_lines.append(text + what);
}

Error ImportProblems::toError() const
{
    QStringList lines = m_lines;
    if (m_more)
        lines.append(QCoreApplication::translate("ud::ImportProblems",
                                                 "... and more errors not shown (only the first %1 "
                                                 "bad rows are listed)")
                         .arg(kMaxRows));
    lines.append(
        QCoreApplication::translate("ud::ImportProblems", "import failed: nothing was written"));
    return Error::badInput(lines.join(QLatin1Char('\n')));
}

} // namespace ud
