#include "MessageBox.h"

#include "core/TextRules.h"

#include <QList>
#include <QPushButton>

namespace {

QList<QMessageBox::StandardButton> g_answers;
QString g_lastText;

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QString &yesText)
{
    g_lastText = text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!yesText.isEmpty()) {
        if (QAbstractButton *yes = box.button(QMessageBox::Yes))
            yes->setText(yesText);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &action)
{
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                QMessageBox::Cancel, action) == QMessageBox::Yes;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, QString());
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok,
         QString());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers << answer;
}

bool MessageBox::hasPendingAnswer()
{
    return !g_answers.isEmpty();
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString MessageBox::sentence(const QString &message)
{
    return ud::asSentence(message);
}
