#pragma once

// Helpers the GUI tests share: finding a form's widgets by object name and
// pressing a dialog's OK button as a user would.

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace guitest {

// The named child; a test cannot go on without it, so its absence is fatal.
template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qUtf8Printable(name));
    return widget;
}

inline void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace guitest
