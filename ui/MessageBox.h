#pragma once

#include <QMessageBox>
#include <QString>

// Every message box and confirmation of the GUI goes through here, so tests
// can answer them: each setNextAnswer() queues an answer, and the next call
// returns it at once without showing anything (lastText() then tells what it
// said).
class MessageBox
{
public:
    // Asks to confirm `action` (e.g. "Delete"); true when the user confirms.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &action);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // For tests: queues the answer the next message box gives (Yes confirms, No or
    // Cancel refuses, Ok acknowledges a warning or information).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static bool hasPendingAnswer();
    static QString lastText();

    // A model message ("sign-in failed: ...") as a sentence for a label.
    static QString sentence(const QString &message);

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QString &yesText);
};
