#pragma once

#include <QMessageBox>

class QPushButton;

// The question a Cancel button of the Reports page asks. Its buttons say what
// they do ("Cancel report" stops the work, "Keep running" closes the prompt),
// so nobody has to decode which "Cancel" cancels what; "Keep running" is the
// default and what Escape gives.
class CancelReportPrompt : public QMessageBox
{
    Q_OBJECT

public:
    enum class Subject
    {
        Generation, // "Cancel the report?"
        Export,     // "Cancel the export?" (a file or an archive)
    };

    CancelReportPrompt(Subject subject, const QString &name, QWidget *parent = nullptr);

    QPushButton *cancelReportButton() const { return m_cancelReport; }
    QPushButton *keepRunningButton() const { return m_keepRunning; }
    // After the prompt closed: whether the user chose to stop the work.
    bool cancelChosen() const;

private:
    QPushButton *m_cancelReport = nullptr;
    QPushButton *m_keepRunning = nullptr;
};
