#include "CancelReportPrompt.h"

#include <QPushButton>

CancelReportPrompt::CancelReportPrompt(Subject subject, const QString &name, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Question);
    if (subject == Subject::Generation) {
        setWindowTitle(tr("Cancel the report?"));
        setText(tr("Stop generating \"%1\"?").arg(name));
        setInformativeText(tr("The rows computed so far are discarded and no report is stored. "
                              "You can generate it again later."));
    } else {
        setWindowTitle(tr("Cancel the export?"));
        setText(tr("Stop exporting \"%1\"?").arg(name));
        setInformativeText(tr("No file is written; a file that already had this name stays as "
                              "it was."));
    }
    m_cancelReport = addButton(tr("Cancel report"), QMessageBox::DestructiveRole);
    m_keepRunning = addButton(tr("Keep running"), QMessageBox::RejectRole);
    setDefaultButton(m_keepRunning);
    setEscapeButton(m_keepRunning);
}

bool CancelReportPrompt::cancelChosen() const
{
    return clickedButton() == m_cancelReport;
}
